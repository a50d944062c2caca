import Foundation
import Testing
@testable import TenderLintCore
@testable import TenderLintRules
@testable import TenderLintEngine
@testable import TenderLintReports
import TenderLintTestSupport

@Suite struct ReporterTests {
    static func report() throws -> LintReport {
        let text = "# 3 Betalning\n\n## 3.2 Betalningsvillkor\n\nLeverantören erhåller betalt\ninom 30 dagar. Beträffande fakturor gäller alltid e-faktura.\n"
        let document = try TestSupport.document(text, format: .markdown, path: "Corpus/x/anbud.md")
        let result = Linter(ruleSet: RuleSet(rules: TestSupport.defaultRules, facts: TestSupport.defaultFacts)).lint(document)
        let file = FileReport(path: document.path, format: .markdown, encoding: "utf-8", notices: [], metrics: result.metrics,
                              findings: result.findings, source: document.source, failOn: .error)
        return LintReport(files: [file], errors: [TenderLintError(path: "trasig.md", message: "filen är inte en textfil")])
    }

    @Test func jsonFollowsTheContract() throws {
        let json = JSONReporter().render(try Self.report())
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
        let json = JSONReporter().render(try Self.report())
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

    /// #18 item 12: a finding in a long line shows a window of the line around it, and a
    /// paragraph-long finding a short underline that says how long it is, as compilers do.
    @Test func longLinesAndLongSpansAreExcerpted() {
        let reporter = TextReporter(color: false)
        let line = Array((String(repeating: "Ord ", count: 40) + "erhåller" + String(repeating: " ord", count: 60)).unicodeScalars)
        let short = reporter.excerpt(line, 160..<168, label: "7", severity: .warning)
        let rows = short.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows[0].hasPrefix(" 7 | …Ord Ord"))
        #expect(rows[0].hasSuffix("…"))
        #expect(rows[0].count <= TextReporter.lineWidth + 10)
        // The underline sits under the match in the window.
        let caret = try! #require(rows[1].firstIndex(of: "^"))
        let column = rows[1].distance(from: rows[1].startIndex, to: caret)
        #expect(Array(rows[0])[column..<(column + 8)].map(String.init).joined() == "erhåller")
        #expect(rows[1].hasSuffix(" ^~~~~~~~"))
        let long = reporter.excerpt(line, 0..<line.count, label: "7", severity: .warning)
        #expect(long.contains("^" + String(repeating: "~", count: TextReporter.markerWidth - 1) + "… (\(line.count) tecken)\n"))
        #expect(!long.contains(String(repeating: "~", count: TextReporter.markerWidth + 1)))
        // Short lines are shown whole, as before.
        let whole = reporter.excerpt(Array("Kommunen erhåller anbud.".unicodeScalars), 9..<17, label: "¶2", severity: .warning)
        #expect(whole == " ¶2 | Kommunen erhåller anbud.\n    |          ^~~~~~~~\n")
    }

    @Test func sectionsAreNamedByTheirShortTitle() {
        #expect(TextReporter.shortTitle("3.2 Betalningsvillkor") == "3.2 Betalningsvillkor")
        let clause = "4.1 Leverantören ska under hela avtalstiden ha en ansvarsförsäkring som täcker skador som kan uppstå i uppdraget."
        let title = TextReporter.shortTitle(clause)
        #expect(title.hasPrefix("4.1 Leverantören ska under hela avtalstiden"))
        #expect(title.hasSuffix(" …"))
        #expect(title.count <= 62)
    }

    @Test func lixOfAKnownText() throws {
        // 8 words, 2 sentences, 2 long words (upphandlingen, leverantören): 8/2 + 100·2/8 = 29.
        let document = try TestSupport.document("Vi gör upphandlingen nu. Leverantören svarar i dag.")
        let metrics = Linter(ruleSet: RuleSet(rules: [], facts: TestSupport.defaultFacts)).lint(document).metrics
        #expect(metrics.words == 8)
        #expect(metrics.sentences == 2)
        #expect(metrics.longWords == 2)
        #expect(abs(metrics.lix - 29) < 0.001)
    }
}

/// SARIF for code scanning and GitHub workflow commands.
@Suite struct CodeScanningReportTests {
    static func report(_ text: String, path: String = "/repo/anbud/upphandlingsdokument.md") throws -> LintReport {
        let document = try TestSupport.document(text, format: .markdown, path: path)
        let result = Linter(ruleSet: RuleSet(rules: TestSupport.defaultRules, facts: TestSupport.defaultFacts)).lint(document)
        var report = LintReport(
            files: [FileReport(path: path, format: .markdown, encoding: "utf-8", notices: [], metrics: result.metrics,
                               findings: result.findings, source: document.source, failOn: .error)],
            errors: [TenderLintError(path: "/repo/trasig.docx", line: 3, message: "filen är skadad")])
        report.rules = TestSupport.defaultRules.map(\.metadata)
        return report
    }

    static let text = "# Betalning\n\nLeverantören erhåller betalt inom 30 dagar, enligt 16 kap. 1 § LOU.\n"

    @Test func sarifCarriesRulesRegionsAndRelativeURIs() throws {
        let json = SARIFReporter(root: "/repo").render(try Self.report(Self.text))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == TestSupport.defaultRules.count)
        let jargon = try #require(rules.first { $0["id"] as? String == "sv/jargon" })
        for key in ["shortDescription", "fullDescription", "help"] {
            #expect(((jargon[key] as? [String: Any])?["text"] as? String)?.isEmpty == false, "\(key)")
        }
        let results = try #require(run["results"] as? [[String: Any]])
        let result = try #require(results.first { $0["ruleId"] as? String == "sv/jargon" })
        #expect(result["level"] as? String == "warning")
        #expect(results.contains { $0["level"] as? String == "note" })  // suggestions
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "anbud/upphandlingsdokument.md")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 3)
        #expect(region["startColumn"] as? Int == 14)
        #expect(region["endColumn"] as? Int == 22)
        #expect((result["partialFingerprints"] as? [String: String])?["tenderlint/v1"]?.isEmpty == false)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        // A file outside the root keeps an absolute file URI.
        let outside = SARIFReporter(root: "/repo").render(try Self.report(Self.text, path: "/annan/anbud.md"))
        #expect(outside.contains("file:///annan/anbud.md"))
    }

    /// A finding's fingerprint stays when lines are added above it.
    @Test func fingerprintsSurviveEditsAbove() throws {
        func fingerprints(_ text: String) throws -> [String: String] {
            let report = try Self.report(text)
            return Dictionary(report.files[0].findings.map { ($0.rule + "|" + $0.match, $0.fingerprint) }, uniquingKeysWith: { $1 })
        }
        let before = try fingerprints(Self.text)
        let after = try fingerprints("# Inledning\n\nVi köper städning.\n\n" + Self.text)
        #expect(!before.isEmpty)
        for (key, fingerprint) in before where key.hasPrefix("sv/jargon") || key.hasPrefix("sv/lagrum") {
            #expect(after[key] == fingerprint, "\(key)")
        }
    }

    @Test func githubEscapesAndPutsTheMostSevereFirst() throws {
        #expect(GitHubReporter.escapeData("100 % klart\r\nnästa: rad, två") == "100 %25 klart%0D%0Anästa: rad, två")
        #expect(GitHubReporter.escapeProperty("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
        // A combining mark after a special character does not hide it.
        #expect(GitHubReporter.escapeProperty("a,\u{301}b:\u{301}") == "a%2C\u{301}b%3A\u{301}")
        #expect(GitHubReporter.escapeData("a\n\u{301}b") == "a%0A\u{301}b")
        let output = GitHubReporter().render(try Self.report(Self.text + "\nSe avsnitt 9 för mer.\n\n## 2 Avtal\n\n## 3 Pris\n\n## 4 Bilagor\n"))
        let lines = output.split(separator: "\n").map(String.init)
        let commands = lines.filter { $0.hasPrefix("::") }
        let order = commands.map { $0.dropFirst(2).prefix { $0 != " " } }
        // error before warning before notice
        let rank = ["error": 0, "warning": 1, "notice": 2]
        #expect(order.map { rank[String($0)] ?? 9 } == order.map { rank[String($0)] ?? 9 }.sorted())
        #expect(commands.contains { $0.hasPrefix("::warning file=/repo/anbud/upphandlingsdokument.md,line=3,endLine=3,col=14,endColumn=22,title=tenderlint sv/jargon::") })
        #expect(commands.contains { $0.hasPrefix("::error file=/repo/trasig.docx,line=3::") })
        #expect(lines.last?.hasPrefix("tenderlint: 1 fil granskade") == true)
    }
}

/// The HTML report: self-contained, every finding listed and highlighted, filters, summary.
@Suite struct HTMLReportTests {
    @Test func selfContainedWithEveryFindingHighlighted() throws {
        let text = "# Betalning\n\nLeverantören erhåller betalt <snart> & ”inom 30 dagar”, enligt 16 kap. 1 § LOU.\n"
        let document = try TestSupport.document(text, format: .markdown, path: "anbud.md")
        let result = Linter(ruleSet: RuleSet(rules: TestSupport.defaultRules, facts: TestSupport.defaultFacts)).lint(document)
        let file = FileReport(path: "anbud.md", format: .markdown, encoding: "utf-8", notices: [], metrics: result.metrics,
                              findings: result.findings, source: document.source, failOn: .error)
        let office = FileReport(path: "anbud.docx", format: .docx, encoding: "utf-8", notices: [], metrics: result.metrics,
                                findings: result.findings, source: nil, failOn: .error, blocks: document.blocks)
        let html = HTMLReporter().render(LintReport(files: [file, office], errors: [TenderLintError(path: "trasig.docx", message: "skadad")]))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"sv\">"))
        // No network: no external scripts, styles, images or fonts.
        for external in ["src=\"http", "href=\"http", "@import", "url(", "<link"] {
            #expect(!html.contains(external), "\(external)")
        }
        // Every finding is listed, and marked in the text, in both files.
        for fileIndex in 0..<2 {
            for number in result.findings.indices {
                #expect(html.contains("id=\"f\(fileIndex)-\(number)\""))
                #expect(html.contains("id=\"m\(fileIndex)-\(number)\""))
            }
        }
        #expect(html.contains("&lt;snart&gt; &amp;"))  // the document's text is escaped
        #expect(HTMLReporter.escape("a\"\u{301} onmouseover=x") == "a&quot;\u{301} onmouseover=x")
        #expect(html.contains("Tillgänglighet: "))
        #expect(html.contains("<nav aria-label=\"Innehåll\">"))
        #expect(html.contains("data-filter=\"category\" value=\"jargon\""))
        #expect(html.contains("data-filter=\"severity\" value=\"error\""))
        #expect(html.contains("@media print"))
        #expect(html.contains("Filer som inte kunde granskas"))
    }
}
