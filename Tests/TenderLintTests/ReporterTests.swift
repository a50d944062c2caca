import Foundation
import Testing
@testable import TenderLint
import TenderLintTestSupport

@Suite struct ReporterTests {
    static func report() throws -> LintReport {
        let text = "# 3 Betalning\n\n## 3.2 Betalningsvillkor\n\nLeverantören erhåller betalt\ninom 30 dagar. Samtliga fakturor ska vara elektroniska.\n"
        let document = try TestSupport.document(text, format: .markdown, path: "Corpus/x/anbud.md")
        let result = Linter(ruleSet: RuleSet(rules: TestSupport.defaultRules)).lint(document)
        let file = FileReport(path: document.path, format: .markdown, encoding: "utf-8", notices: [], metrics: result.metrics,
                              findings: result.findings, source: document.source, failOn: .error)
        return LintReport(files: [file], errors: [TenderLintError(path: "trasig.md", message: "filen är inte en textfil")])
    }

    @Test func jsonFollowsTheContract() throws {
        let json = JSONReporter.render(try Self.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let tool = try #require(object["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "tenderlint")
        #expect(tool["version"] as? String == "0.1.0")
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        #expect(file["path"] as? String == "Corpus/x/anbud.md")
        #expect(file["format"] as? String == "markdown")
        let metrics = try #require(file["metrics"] as? [String: Any])
        // Headings are left out and numbers are not words: 10 words in 2 sentences.
        #expect(metrics["words"] as? Int == 10)
        #expect(metrics["sentences"] as? Int == 2)
        #expect(metrics["lix"] is Double || metrics["lix"] is Int)
        let finding = try #require((file["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "sv/jargon")
        #expect(finding["category"] as? String == "jargon")
        #expect(finding["severity"] as? String == "warning")
        #expect(finding["message"] as? String == "Skriv hellre ”få” än ”erhålla”.")
        #expect(finding["match"] as? String == "erhåller")
        #expect(finding["suggestions"] as? [String] == ["får"])
        #expect(finding["line"] as? Int == 5)
        #expect(finding["column"] as? Int == 14)
        #expect(finding["endLine"] as? Int == 5)
        #expect(finding["endColumn"] as? Int == 22)
        #expect(finding["section"] as? String == "3.2 Betalningsvillkor")
        #expect(finding["part"] == nil)
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors.first?["path"] as? String == "trasig.md")
        #expect(errors.first?["message"] as? String == "filen är inte en textfil")
    }

    @Test func jsonKeysComeInContractOrder() throws {
        let json = JSONReporter.render(try Self.report())
        func order(_ keys: [String]) -> Bool {
            let positions = keys.map { json.range(of: "\"\($0)\":")?.lowerBound }
            guard positions.allSatisfy({ $0 != nil }) else { return false }
            return zip(positions, positions.dropFirst()).allSatisfy { $0! < $1! }
        }
        #expect(order(["tool", "files", "errors"]) || json.hasPrefix("{\n  \"tool\""))
        #expect(order(["path", "format", "metrics", "findings"]))
        #expect(order(["rule", "category", "severity", "message", "match", "suggestions", "line", "column", "endLine",
                       "endColumn", "section"]))
    }

    @Test func jsonEscapesControlCharactersAndQuotes() {
        let value = JSONValue.object([("s", .string("a\"b\\c\nd\u{1}é"))])
        #expect(value.serialized() == "{\n  \"s\": \"a\\\"b\\\\c\\nd\\u0001é\"\n}")
    }

    @Test func textSummaryCountsPerCategoryAndSeverity() throws {
        let text = TextReporter(color: false).render(try Self.report())
        #expect(text.contains("Corpus/x/anbud.md:5:14: warning: Skriv hellre ”få” än ”erhålla”. [sv/jargon]"))
        #expect(text.contains("   förslag: får\n"))
        #expect(text.contains("trasig.md: error: filen är inte en textfil\n"))
        #expect(text.contains("1 fil granskade, 2 fynd (2 varningar)"))
        #expect(text.contains("krångelspråk (jargon)"))
        #expect(text.contains("1 fel i indata"))
        let coloured = TextReporter(color: true).render(try Self.report())
        #expect(coloured.contains("\u{1B}[1;33mwarning\u{1B}[0m"))
    }

    @Test func lixOfAKnownText() throws {
        // 8 words, 2 sentences, 2 long words (upphandlingen, leverantören): 8/2 + 100·2/8 = 29.
        let document = try TestSupport.document("Vi gör upphandlingen nu. Leverantören svarar i dag.")
        let metrics = Linter(ruleSet: RuleSet(rules: [])).lint(document).metrics
        #expect(metrics.words == 8)
        #expect(metrics.sentences == 2)
        #expect(metrics.longWords == 2)
        #expect(abs(metrics.lix - 29) < 0.001)
    }
}
