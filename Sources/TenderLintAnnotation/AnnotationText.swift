import Foundation
import TenderLintCore
import TenderLintRules

/// What a comment in an annotated copy says, in Swedish: the finding's message, its
/// suggestions, the rule's general advice, and which rule, category and severity it is.
struct AnnotationText {
    /// Each rule's advice, trimmed once.
    private let advice: [String: String]

    init(rules: [RuleMetadata]) {
        var advice: [String: String] = [:]
        for rule in rules {
            if let text = rule.advice?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty { advice[rule.id] = text }
        }
        self.advice = advice
    }

    func paragraphs(for finding: Finding) -> [String] {
        var paragraphs = [finding.message]
        if !finding.suggestions.isEmpty {
            let quoted = finding.suggestions.map { "”\($0)”" }
            let list = quoted.count == 1
                ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " eller " + quoted[quoted.count - 1]
            paragraphs.append("Förslag: \(list).")
        }
        if let advice = advice[finding.rule] { paragraphs.append(advice) }
        paragraphs.append("\(finding.category.swedishName) · \(finding.severity.swedishName) · regel \(finding.rule)")
        return paragraphs
    }
}
