import Foundation
import Testing
import TenderLintCore
@testable import TenderLintRules
@testable import TenderLintEngine
import TenderLintTestSupport

/// Rules must not contradict each other (issue #18, item 11): every suggestion a rule makes in
/// its own examples, put in place, gives a sentence that no rule of the pack flags at the words
/// put in.
@Suite struct SuggestionConsistencyTests {
    @Test func noRuleFlagsAnotherRulesSuggestion() throws {
        var checked = 0
        var contradictions: [String] = []
        for rule in TestSupport.defaultRules {
            var configuration = Configuration()
            configuration.documentLengthLimits = false
            configuration.rules[rule.metadata.id] = Configuration.RuleSetting(enabled: true)
            let own = Linter(ruleSet: RuleSet(rules: [rule], facts: TestSupport.defaultFacts), configuration: configuration)
            for example in rule.metadata.examples.flagged {
                guard let (text, _) = ExampleMarkup.parse(example), !text.contains("\n") else { continue }
                let document = try TestSupport.document(text + "\n")
                for finding in own.lint(document).findings {
                    guard let suggestion = finding.suggestions.first, finding.blockIndex == 0 else { continue }
                    var scalars = Array(text.unicodeScalars)
                    let range = finding.textRange
                    guard range.upperBound <= scalars.count else { continue }
                    scalars.replaceSubrange(range, with: suggestion.unicodeScalars)
                    let corrected = String(String.UnicodeScalarView(scalars))
                    let inserted = range.lowerBound..<(range.lowerBound + suggestion.unicodeScalars.count)
                    checked += 1
                    let again = try TestSupport.lint(corrected + "\n")
                    for other in again where other.textRange.overlaps(inserted)
                        && other.textRange.count <= 3 * max(inserted.count, 1) {
                        contradictions.append("\(rule.metadata.id) → ”\(suggestion)” in «\(corrected)» flagged by \(other.rule): «\(other.match)»")
                    }
                }
            }
        }
        #expect(checked >= 50, "only \(checked) suggestions were checked")
        #expect(contradictions.isEmpty, "\(contradictions.joined(separator: "\n"))")
    }
}
