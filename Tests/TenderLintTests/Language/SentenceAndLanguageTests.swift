import Foundation
import Testing
import TenderLintCore
@testable import TenderLintLanguage
import TenderLintEngine
@testable import TenderLintReports
import TenderLintTestSupport
@testable import TenderLintReaders

/// Where real documents end a sentence without a period, which language a block is in, and
/// what the Swedish lexicon knows.
@Suite struct SentenceAndLanguageTests {
    @Test func tabsAndShortLinesEndSentences() {
        // A heading line without a period, then its text.
        #expect(TokenizerTests.sentences("Vem kan bli leverantör till kommunen\nAlla företag som har F-skatt kan lämna anbud på uppdrag som passar dem.")
            == ["Vem kan bli leverantör till kommunen", "Alla företag som har F-skatt kan lämna anbud på uppdrag som passar dem."])
        // Table cells separated by tabs.
        #expect(TokenizerTests.sentences("Nivå 1\tGrundläggande\tRutiner saknas") == ["Nivå 1", "Grundläggande", "Rutiner saknas"])
        // A period before a bracket ends the sentence.
        #expect(TokenizerTests.sentences("Ange timpris. [Anvisning: stryk detta.]").count == 2)
        // The lines of a hard-wrapped paragraph are about as long: their breaks are spaces,
        // also before a capital (a name).
        let wrapped = "Leverantören ska lämna en rapport om uppdraget till beställaren i\nVästerby kommun varje kvartal och ska då redovisa avvikelser och åtgärder."
        #expect(TokenizerTests.sentences(wrapped).count == 1)
        // A line ending in a comma goes on.
        #expect(TokenizerTests.sentences("Leverantören ska ha,\nSom minst, två bilar.").count == 1)
    }

    @Test func englishBlocksAreTold() {
        func guess(_ text: String) -> String? { LanguageGuess.of(Tokenizer.tokenize(Array(text.unicodeScalars))) }
        #expect(guess("This procurement is conducted in Swedish. Tenders may be submitted in English, but the contract will be in Swedish.") == "en")
        #expect(guess("Upphandlingen genomförs som ett öppet förfarande och anbud ska lämnas i upphandlingsverktyget.") == "sv")
        // Swedish with English terms and IT is still Swedish.
        #expect(guess("Konsulten ska ha erfarenhet av Microsoft Azure och IT-drift i en kommun med minst tre referenser.") == "sv")
        // A metadata block has few function words; its keys and nouns tell.
        #expect(guess("Title: Annual report on purchasing 2026\nSubject: Public procurement, supplier dialogue\nAuthor: Purchasing office\nKeywords: framework agreements; tenders\nCreated: 2026-02-01") == "en")
        // Too short to tell.
        #expect(guess("Summary in English") == nil)
    }

    @Test func englishBlockGetsNoSwedishFindingsAndIsReported() throws {
        let text = """
            # Instructions in English

            This procurement is conducted in Swedish, and all of the documents that form part of the tender must be submitted in Swedish. Questions may be asked in English, but the answers will be published in Swedish to all suppliers who have downloaded the documents.

            Leverantören ska i enlighet med kontraktet tillse att samtliga anställda har erforderlig utbildning.
            """
        let document = try TestSupport.document(text, format: .markdown)
        let result = Linter(ruleSet: TestSupport.defaultRuleSet).lint(document)
        #expect(result.findings.allSatisfy { $0.range.start.line == 5 }, "\(result.findings.map(\.match))")
        #expect(!result.findings.isEmpty)
        #expect(result.metrics.otherLanguages.map(\.language) == ["en"])
        // Most of its words are English: the file's language is English.
        #expect(result.metrics.language == "en")
        let swedish = try TestSupport.document(text + "\n" + String(repeating: "Leverantören ska leverera varorna i tid till skolorna. ", count: 8) + "\n", format: .markdown)
        #expect(Linter(ruleSet: TestSupport.defaultRuleSet).lint(swedish).metrics.language == "sv")
        let json = JSONReporter.file(FileReport(document, result)).serialized()
        #expect(json.contains("\"otherLanguages\""))
    }

    @Test func lexiconTellsWordsFromAdHocCompounds() throws {
        let lexicon = try #require(SwedishLexicon.shared, "hunspell-sv is installed by Scripts/dev.sh deps")
        #expect(lexicon.isLexicalised("ramavtal"))
        #expect(lexicon.isLexicalised("leverantörs"))
        #expect(!lexicon.isLexicalised("leverantörsuppföljningsrapporten"))
        #expect(lexicon.parts(of: "leverantörsuppföljningsrapporten", minimumPart: 3) == ["leverantörs", "uppföljnings", "rapporten"])
        #expect(lexicon.parts(of: "qxzvbnmkl", minimumPart: 3) == nil)
        // A word the caller counts as one part merges what the dictionary splits.
        #expect(lexicon.parts(of: "kvalitetsledningssystem", minimumPart: 3) { $0 == "kvalitetsledningssystem" } == ["kvalitetsledningssystem"])
    }
}

/// How a paragraph of a Word or OpenDocument file is read: by its style and its text together.
@Suite struct ParagraphKindTests {
    static func kind(_ kind: BlockKind, _ text: String) -> BlockKind {
        ParagraphCollector.decidedKind(kind, Array(text.unicodeScalars))
    }

    @Test func clauseInAHeadingStyleIsBodyText() {
        #expect(Self.kind(.heading(level: 3), "Leverantören ska utföra uppdraget fackmässigt och i enlighet med Kontraktet.") == .paragraph)
        #expect(Self.kind(.heading(level: 2), "Leverantörens ansvar") == .heading(level: 2))
        #expect(Self.kind(.heading(level: 1), "Bilagor.") == .heading(level: 1))
    }

    @Test func typedNumberMakesAHeading() {
        #expect(Self.kind(.paragraph, "3.4 Leverantörens ansvar") == .heading(level: 2))
        #expect(Self.kind(.paragraph, "3 000 kronor betalas vid start.") == .paragraph)
        #expect(Self.kind(.paragraph, "3.4 Leverantören ska ansvara för att alla fordon är besiktade och har vinterdäck.") == .paragraph)
        #expect(Self.kind(.tableCell(row: 0, column: 0), "3.4 Leverantörens ansvar") == .tableCell(row: 0, column: 0))
    }
}

/// A template's fill-in places and instructions are meant to be there; a tender's are not.
@Suite struct DocumentRoleTests {
    static let text = "Betalning sker [30/45] dagar efter faktura. [Anvisning: Ange betalningstiden.]\n"

    @Test func tenderGetsItsLeftovers() throws {
        let rules = Set(try TestSupport.lint(Self.text).map(\.rule))
        #expect(rules.isSuperset(of: ["sv/mall/ej-ifyllt", "sv/mall/anvisning-kvar"]))
    }

    @Test func templateByConfigurationOrFileTypeGetsNone() throws {
        let configuration = try Configuration.parse("role: template\n", path: "c.yml")
        #expect(try TestSupport.lint(Self.text, configuration: configuration).allSatisfy { $0.category != .template })
        let document = try TestSupport.document(Self.text, path: "mall.ott")
        #expect(Linter(ruleSet: TestSupport.defaultRuleSet).lint(document).findings.allSatisfy { $0.category != .template })
        #expect(throws: TenderLintError.self) { try Configuration.parse("role: mall\n", path: "c.yml") }
    }
}
