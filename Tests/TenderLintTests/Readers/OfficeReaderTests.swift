import Foundation
import Testing
@testable import TenderLintCore
@testable import TenderLintReaders
@testable import TenderLintRules
@testable import TenderLintEngine
@testable import TenderLintReports
import TenderLintTestSupport

/// Reader dumps of hand-assembled Word and LibreOffice files (see Scripts/make-fixtures.py):
/// each construct's blocks, kinds, text and (paragraph, offset) positions.
@Suite struct OfficeReaderTests {
    static func fixture(_ name: String) -> String {
        TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/\(name)").path
    }

    @Test func wordDocumentAsWordWritesIt() throws {
        let document = try DocumentLoader.load(path: Self.fixture("word-style.docx"))
        #expect(document.format == .docx)
        #expect(TestSupport.dump(document) == """
            heading1 @1:1-1:12 "1 Inledning"
            paragraph @2:1-2:41 "Kommunen erhåller anbud\tenligt bilaga 1."
            heading2 @3:1-3:9 "1.1 Krav"
            paragraph @4:1-4:59 "Leverantören ska ha F\u{2011}skatt och upp\u{AD}handlingen följer LOU."
            bullet1 @5:1-5:25 "Första punkten i listan."
            bullet2 @6:1-6:22 "Andra nivån i listan."
            ordered1 @7:1-7:19 "Numrerat steg ett."
            cell0.0 @8:1-8:5 "Krav"
            cell0.1 @9:1-9:5 "Vikt"
            cell1.0 @10:1-10:5 "Pris"
            cell1.0 @11:1-11:11 "inkl. moms"
            cell1.1 @12:1-12:5 "60 %"
            paragraph @13:1-13:26 "Se avsnitt 4 och sidan 3."
            paragraph @14:1-14:19 "Fotnoten står här."
            paragraph @15:1-15:35 "Anbud ska lämnas in senast fredag."
            paragraph @16:1-16:60 "Leverantör: Klicka här för att ange text. Datum: 2026-03-15"
            paragraph @17:1-17:25 "Före rutan. Efter rutan."
            paragraph @18:1-18:14 "Text i rutan."
            paragraph @20:1-20:15 "Sista stycket."
            footnote @1:1-1:24 part=word/footnotes.xml "Enligt 14 kap. 4 § LOU."
            header @1:1-1:40 part=word/header1.xml "Norrhälla kommun – Upphandlingsdokument"
            footer @1:1-1:7 part=word/footer1.xml "Sida 1"
            """)
        // Only the unfilled content control is placeholder text, not the filled one.
        let form = try #require(document.blocks.first { $0.text.hasPrefix("Leverantör:") })
        #expect(form.placeholders.map { form.text(in: $0) } == ["Klicka här för att ange text."])
        // Sections come from the main text's headings; other parts have none.
        #expect(document.blocks[5].section == "1.1 Krav")
        #expect(document.blocks.last?.section == nil)
    }

    @Test func fieldsDeletionsAndFallbacksAreNotText() throws {
        let text = try DocumentLoader.load(path: Self.fixture("word-style.docx")).blocks.map(\.text).joined(separator: "\n")
        for hidden in ["PAGE", "MERGEFORMAT", "inkomma", "Flyttad text", "Beskrivning av rutan"] {
            #expect(!text.contains(hidden), "\(hidden) must not be read")
        }
        #expect(text.components(separatedBy: "Text i rutan.").count == 2, "a text box is read once")
    }

    static let writerDump = """
        heading1 @1:1-1:12 "1 Inledning"
        paragraph @2:1-2:42 "Kommunen erhåller  anbud\tenligt bilaga 1."
        heading2 @3:1-3:9 "1.1 Krav"
        paragraph @4:1-4:35 "Anbud ska lämnas in senast fredag."
        bullet1 @5:1-5:16 "Första punkten."
        bullet2 @6:1-6:13 "Andra nivån."
        ordered1 @7:1-7:15 "Numrerat steg."
        cell0.0 @8:1-8:5 "Krav"
        cell0.1 @9:1-9:5 "Vikt"
        cell1.0 @10:1-10:5 "Pris"
        cell1.1 @11:1-11:5 "60 %"
        paragraph @12:1-12:19 "Fotnoten står här."
        footnote @13:1-13:24 "Enligt 14 kap. 4 § LOU."
        paragraph @14:1-14:24 "Leverantör: <Ange namn>"
        paragraph @15:1-15:25 "Före rutan. Efter rutan."
        paragraph @16:1-16:14 "Text i rutan."
        paragraph @19:1-19:15 "Sista stycket."
        """

    @Test func openDocumentAsLibreOfficeWritesIt() throws {
        let document = try DocumentLoader.load(path: Self.fixture("writer-style.odt"))
        #expect(document.format == .odt)
        #expect(TestSupport.dump(document) == Self.writerDump + """

            header @1:1-1:40 part=styles.xml "Gruvbergs kommun – Upphandlingsdokument"
            footer @2:1-2:7 part=styles.xml "Sida 1"
            """)
        let form = try #require(document.blocks.first { $0.text.hasPrefix("Leverantör:") })
        #expect(form.placeholders.map { form.text(in: $0) } == ["<Ange namn>"])
        let text = document.blocks.map(\.text).joined(separator: "\n")
        for hidden in ["inkomma", "Kommentar", "kod som inte", "Beskrivning", "Illustration"] {
            #expect(!text.contains(hidden), "\(hidden) must not be read")
        }
    }

    @Test func flatOpenDocumentReadsTheSame() throws {
        let document = try DocumentLoader.load(path: Self.fixture("writer-style.fodt"))
        #expect(document.format == .fodt)
        #expect(TestSupport.dump(document) == Self.writerDump + """

            header @1:1-1:40 part=office:master-styles "Gruvbergs kommun – Upphandlingsdokument"
            footer @2:1-2:7 part=office:master-styles "Sida 1"
            """)
    }

    @Test func emptyDocumentsHaveNoBlocksAndNoError() throws {
        for name in ["empty.docx", "empty.odt"] {
            #expect(try DocumentLoader.load(path: Self.fixture(name)).blocks.isEmpty)
        }
    }

    @Test func findingsInWordPointAtParagraphAndOffset() throws {
        let document = try DocumentLoader.load(path: Self.fixture("word-style.docx"))
        let findings = Linter(ruleSet: RuleSet(rules: TestSupport.defaultRules, facts: TestSupport.defaultFacts)).lint(document).findings
        let erhaller = try #require(findings.first { $0.match == "erhåller" })
        #expect(erhaller.range == SourceRange(start: .init(line: 2, column: 10), end: .init(line: 2, column: 18)))
        #expect(erhaller.section == "1 Inledning")
        #expect(erhaller.part == nil)
        let json = JSONReporter().render(LintReport(files: [FileReport(
            path: "a.docx", format: .docx, encoding: "utf-8", notices: [], metrics: DocumentMetrics(), findings: findings,
            source: nil, failOn: .error)], errors: []))
        #expect(json.contains("\"format\": \"docx\""))
    }

    @Test func textReportShowsTheParagraph() async throws {
        var options = LintRequest(paths: [Self.fixture("word-style.docx")], defaultRulesDirectory: TestSupport.rulesDirectory)
        options.concurrency = 1
        let text = TextReporter(color: false).render(await LintSession().run(options))
        #expect(text.contains("word-style.docx:2:10: warning: Skriv hellre ”få” än ”erhålla”. [sv/jargon]\n"
            + " ¶2 | Kommunen erhåller anbud enligt bilaga 1.\n"
            + "    |          ^~~~~~~~\n"
            + "   var: avsnitt ”1 Inledning”\n"))
    }

    @Test func partIsReportedForFootnotes() throws {
        let document = try DocumentLoader.load(path: Self.fixture("word-style.docx"))
        var footnote = document
        footnote.blocks = document.blocks.filter { $0.part == "word/footnotes.xml" }
        let rule = try RuleLoader.loadRule(yaml: """
            kind: existence
            category: legal-reference
            severity: suggestion
            summary: Test.
            message: Lagrum ”{match}”.
            rationale: Test.
            terms: [LOU]
            caseSensitive: true
            examples:
              flagged: ["Enligt {{LOU}}."]
              accepted: ["Enligt lagen."]
            """, id: "test/lou", path: "test.yml")
        let findings = Linter(ruleSet: RuleSet(rules: [rule], facts: TestSupport.defaultFacts)).lint(footnote).findings
        #expect(findings.map(\.part) == ["word/footnotes.xml"])
        #expect(findings.first?.range.start == SourcePosition(line: 1, column: 20))
    }
}
