import Foundation

/// What a comment in an annotated copy says, in Swedish: the finding's message, its
/// suggestions, the rule's general advice, and which rule, category and severity it is.
public enum AnnotationText {
    public static func paragraphs(for finding: Finding, rule: RuleMetadata?) -> [String] {
        var paragraphs = [finding.message]
        if !finding.suggestions.isEmpty {
            let quoted = finding.suggestions.map { "”\($0)”" }
            let list = quoted.count == 1
                ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " eller " + quoted[quoted.count - 1]
            paragraphs.append("Förslag: \(list).")
        }
        if let advice = rule?.advice?.trimmingCharacters(in: .whitespacesAndNewlines), !advice.isEmpty {
            paragraphs.append(advice)
        }
        paragraphs.append("\(finding.category.swedishName) · \(finding.severity.swedishName) · regel \(finding.rule)")
        return paragraphs
    }
}
