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
            let own = TestSupport.linter(alone: rule)
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

    /// #18 item 10: every suggestion is correct Swedish in place. Each flagged example of a
    /// rule that suggests a replacement gives its whole corrected sentence (`correction`); the
    /// test puts every finding's first suggestion in place. Where all findings are safe (what
    /// `fix` and tracked changes apply) the result must be exactly the correction; a finding
    /// that is not safe is advice, and its example's correction says what the writer should
    /// write instead.
    @Test func suggestionsGiveTheCorrectedSentence() throws {
        var compared = 0, advised = 0
        for rule in TestSupport.defaultRules where ["substitution", "nominalization"].contains(rule.metadata.kind) {
            let own = TestSupport.linter(alone: rule)
            for example in rule.metadata.examples.flagged {
                guard let (text, _) = ExampleMarkup.parse(example), !text.contains("\n") else { continue }
                let findings = own.lint(try TestSupport.document(text + "\n")).findings
                    .filter { $0.blockIndex == 0 && !$0.suggestions.isEmpty }
                guard !findings.isEmpty else { continue }
                guard let correction = rule.metadata.examples.corrections[example] else {
                    Issue.record("\(rule.metadata.id): «\(example)» has a suggestion but no correction")
                    continue
                }
                var scalars = Array(text.unicodeScalars)
                for finding in findings.sorted(by: { $0.textRange.lowerBound > $1.textRange.lowerBound }) {
                    scalars.replaceSubrange(finding.textRange, with: Fixer.matchingCase(finding.suggestions[0], like: finding.match).unicodeScalars)
                }
                let applied = String(String.UnicodeScalarView(scalars))
                if findings.allSatisfy(\.safe) {
                    compared += 1
                    #expect(applied == correction, "\(rule.metadata.id): «\(example)» gives «\(applied)», expected «\(correction)»")
                } else {
                    advised += 1
                }
            }
        }
        #expect(compared >= 60, "only \(compared) safe suggestions were compared")
        #expect(advised >= 10, "only \(advised) examples had advice that is not safe")
    }

    /// A suggestion that needs the sentence rewritten is never applied by `fix`.
    @Test func fixAppliesOnlySafeSuggestions() throws {
        let text = "Det åligger leverantören att skicka fakturan. Leverantören erhåller ersättning.\n"
        let document = try TestSupport.document(text)
        let findings = try TestSupport.lint(text)
        let aligger = try #require(findings.first { $0.match == "åligger" })
        #expect(!aligger.safe)
        let erhaller = try #require(findings.first { $0.match == "erhåller" })
        #expect(erhaller.safe)
        let file = FileReport(path: "a.txt", format: .text, encoding: "utf-8", notices: [], metrics: DocumentMetrics(),
                              findings: findings, source: document.source, failOn: .error)
        let fixes = Fixer.fixes(for: file, rules: Fixer.replacingRules(TestSupport.defaultRules.map(\.metadata)))
        #expect(fixes.map(\.original) == ["erhåller"])
    }
}
