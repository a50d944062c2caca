import Foundation
import Testing
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

    /// Every rule has its section in docs/rules.md, and every link of the tables leads to a
    /// heading: the anchors are checked against GitHub's own slug of each heading (lower case,
    /// letters, digits, hyphens and underscores kept, spaces to hyphens, the rest dropped),
    /// computed here independently of `RuleCatalog.anchor`.
    @Test func everyRuleHasASectionAndEveryLinkAHeading() throws {
        let markdown = try #require(try? String(contentsOfFile: Self.path, encoding: .utf8))
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func slug(_ heading: String) -> String {
            String(heading.lowercased().compactMap { character -> Character? in
                if character == " " { return "-" }
                return character.isLetter || character.isNumber || character == "-" || character == "_" ? character : nil
            })
        }
        let headings = lines.filter { $0.hasPrefix("#") }.map { $0.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces) }
        let slugs = Set(headings.map(slug))
        for rule in TestSupport.defaultRules {
            #expect(headings.contains(rule.metadata.id), "no section for \(rule.metadata.id)")
        }
        var links = 0
        for line in lines where line.hasPrefix("| [`") {
            guard let open = line.range(of: "](#"), let close = line[open.upperBound...].firstIndex(of: ")") else { continue }
            let target = String(line[open.upperBound..<close])
            #expect(slugs.contains(target), "the link #\(target) leads to no heading")
            links += 1
        }
        #expect(links == TestSupport.defaultRules.count)
    }
}
