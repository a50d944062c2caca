import Foundation
import Testing
@testable import TenderLintCore
@testable import TenderLintRules
@testable import TenderLintEngine
@testable import TenderLintReports
import TenderLintTestSupport

@Suite struct SuppressionTests {
    static func matches(_ markdown: String) throws -> [String] {
        try TestSupport.lint(markdown, format: .markdown).filter { $0.rule == "sv/jargon" }.map(\.match)
    }

    @Test func disableAndEnableByRuleAndCategory() throws {
        #expect(try Self.matches("""
            Vi ska erhålla svar.

            <!-- tenderlint-disable sv/jargon -->
            Ni äger rätt att svara.

            Samtliga svar räknas.
            <!-- tenderlint-enable sv/jargon -->

            Härmed avslutas texten.
            """) == ["erhålla", "Härmed"])
        #expect(try Self.matches("<!-- tenderlint-disable jargon -->\nNi ska erhålla svar.\n") == [])
        #expect(try Self.matches("<!-- tenderlint-disable -->\nNi ska erhålla svar.\n") == [])
        #expect(try Self.matches("<!-- tenderlint-disable readability -->\nNi ska erhålla svar.\n") == ["erhålla"])
    }

    @Test func disableNextLineCoversTheWholeNextBlock() throws {
        #expect(try Self.matches("""
            <!-- tenderlint-disable-next-line sv/jargon -->
            Första raden utan fynd
            och sedan erhålla på andra raden.

            Här ska vi erhålla igen.
            """) == ["erhålla"])
        let findings = try TestSupport.lint("<!-- tenderlint-disable-next-line sv/jargon -->\n\nStycke.\n\nNi ska erhålla.\n", format: .markdown)
        #expect(findings.map(\.range.start.line) == [5])
    }
}

@Suite struct BaselineTests {
    static func report(_ text: String, path: String = "anbud.md") throws -> FileReport {
        let document = try TestSupport.document(text, format: .markdown, path: path)
        let result = Linter(ruleSet: RuleSet(rules: TestSupport.defaultRules, facts: TestSupport.defaultFacts)).lint(document)
        return FileReport(path: path, format: .markdown, encoding: "utf-8", notices: [], metrics: result.metrics,
                          findings: result.findings, source: document.source, failOn: .error)
    }

    static func baseline(from file: FileReport) throws -> Baseline {
        let json = JSONReporter().render(LintReport(files: [file], errors: []))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json").path
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try Baseline.load(path: path)
    }

    @Test func editsAboveDoNotResurrectOldFindings() throws {
        let before = try Self.report("# Anbud\n\nNi ska erhålla svar. Beträffande frågor gäller avsnitt 2.\n")
        let baseline = try Self.baseline(from: before)
        let after = try Self.report("# Anbud\n\nEn ny inledning.\n\nOch ett stycke till.\n\nNi ska erhålla svar. Beträffande frågor gäller avsnitt 2.\n")
        #expect(after.findings.count == 2)
        #expect(after.findings[0].range.start.line != before.findings[0].range.start.line)
        #expect(baseline.newFindings(after.findings, path: "anbud.md").isEmpty)
        // However the path is written, it is the same file.
        #expect(baseline.newFindings(after.findings, path: "./anbud.md").isEmpty)
        let absolute = FileManager.default.currentDirectoryPath + "/anbud.md"
        #expect(baseline.newFindings(after.findings, path: absolute).isEmpty)
    }

    @Test func newFindingsAndNewCopiesAreReported() throws {
        let baseline = try Self.baseline(from: try Self.report("Ni ska erhålla svar.\n"))
        let after = try Self.report("Ni ska erhålla svar.\n\nNi ska erhålla svar.\n\nBeträffande priset gäller avtalet.\n")
        let fresh = baseline.newFindings(after.findings, path: "anbud.md")
        #expect(fresh.map(\.match) == ["erhålla", "Beträffande"])
        #expect(baseline.newFindings(after.findings, path: "annan.md").count == 3)
    }

    @Test func badBaselineFilesAreClearErrors() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).json").path
        try "{\"files\": 3}".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: TenderLintError.self) { try Baseline.load(path: path) }
        #expect(throws: TenderLintError.self) { try Baseline.load(path: path + ".missing") }
    }
}
