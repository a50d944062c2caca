import Foundation
import Testing
import TenderLintCore
import TenderLintRules
@testable import TenderLintReports
import TenderLintTestSupport

/// docs/rules.md is generated from the pack (`tenderlint rules --format markdown`); it must
/// say what the rules say today.
struct RulesReferenceTests {
    static let path = TestSupport.repositoryRoot.appendingPathComponent("docs/rules.md").path

    @Test func rulesReferenceIsCurrent() throws {
        let generated = RuleCatalog.markdown(TestSupport.defaultRules)
        if ProcessInfo.processInfo.environment["TENDERLINT_RECORD"] == "1" {
            try generated.write(toFile: Self.path, atomically: true, encoding: .utf8)
            return
        }
        let checkedIn = try #require(try? String(contentsOfFile: Self.path, encoding: .utf8), "docs/rules.md is missing")
        #expect(checkedIn == generated, """
            docs/rules.md is out of date; regenerate it with `swift run tenderlint rules --format markdown > docs/rules.md`:
            \(TestSupport.unifiedDiff(expected: checkedIn, actual: generated, name: "docs/rules.md"))
            """)
    }

    /// Every rule has its section, and every rule the table links to has an anchor.
    @Test func everyRuleHasASection() {
        let markdown = RuleCatalog.markdown(TestSupport.defaultRules)
        for rule in TestSupport.defaultRules {
            #expect(markdown.contains("\n### \(rule.metadata.id)\n"), "no section for \(rule.metadata.id)")
            #expect(markdown.contains("(#\(RuleCatalog.anchor(rule.metadata.id)))"), "no link to \(rule.metadata.id)")
            #expect(markdown.contains(rule.behaviour), "what \(rule.metadata.id) does is missing")
        }
    }
}
