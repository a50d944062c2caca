import Foundation
import TenderLintCore
import TenderLintLanguage
import TenderLintRules
import TenderLintEngine

/// `tenderlint rules` and `tenderlint explain`: the rules as documentation, in Swedish.
public enum RuleCatalog {
    /// One line per rule: id, category, severity, summary.
    public static func list(_ rules: [any Rule]) -> String {
        let sorted = rules.map(\.metadata).sorted { $0.id < $1.id }
        let idWidth = max(4, sorted.map(\.id.count).max() ?? 0)
        let categoryWidth = max(9, sorted.map(\.category.rawValue.count).max() ?? 0)
        var output = ""
        for rule in sorted {
            output += rule.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                + rule.category.rawValue.padding(toLength: categoryWidth + 2, withPad: " ", startingAt: 0)
                + rule.severity.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                + rule.summary + "\n"
        }
        output += "\n\(sorted.count) \(sorted.count == 1 ? "regel" : "regler")\n"
        return output
    }

    /// A rule's documentation in the fixed shape: what it does, why, examples, what to
    /// write instead, legal basis.
    public static func explain(_ rule: any Rule) -> String {
        let metadata = rule.metadata
        var output = "\(metadata.id) — \(metadata.summary)\n"
        output += "Typ: \(metadata.kind) · Kategori: \(metadata.category.rawValue) (\(metadata.category.swedishName))"
            + " · Allvarlighetsgrad: \(metadata.severity.rawValue)\n\n"
        output += "Vad regeln gör\n" + wrap(rule.behaviour) + "\n\n"
        output += "Varför\n" + wrap(metadata.rationale) + "\n\n"
        output += "Exempel\n"
        for example in metadata.examples.flagged {
            let marked = example.replacingOccurrences(of: "{{", with: "»").replacingOccurrences(of: "}}", with: "«")
            output += "  ✗ \(marked)\n"
        }
        output += "\nSkriv i stället\n"
        if let advice = metadata.advice { output += wrap(advice) + "\n" }
        for example in metadata.examples.accepted { output += "  ✓ \(example)\n" }
        output += "\nRättslig grund\n" + (metadata.legalBasis.map(wrap) ?? "  –") + "\n"
        return output
    }

    /// Indents and wraps prose at 90 columns.
    static func wrap(_ text: String) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = " "
            for word in paragraph.split(separator: " ") {
                if line.count + word.count + 1 > 90, line.count > 1 {
                    lines.append(line)
                    line = " "
                }
                line += " " + word
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
