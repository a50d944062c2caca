import Foundation
import TenderLintCore

/// Fills a rule's message: `{match}` is the matched text, `{term}` the listed base form,
/// `{suggestion}` the alternatives joined as `a” eller ”b` so that `”{suggestion}”` reads well;
/// legal-reference rules add `{statute}`, `{provision}`, `{summary}` and `{detail}`; requirement
/// rules `{figure}` (the figure found), `{limit}`, `{value}` (the contract's yearly value) and
/// `{span}` (the words the finding covers, a name after the trigger included);
/// template rules `{section}`, `{where}` (where a section belongs), `{text}` (a boilerplate
/// paragraph), `{similarity}` and `{diff}` (how a changed one differs); consistency rules
/// `{fact}`, `{value}`, `{other}` (what it says elsewhere), `{where}` and `{detail}`.
enum MessageTemplate {
    static let placeholders: Set<String> = [
        "match", "term", "suggestion", "summary", "statute", "provision", "detail", "figure", "limit", "value",
        "section", "where", "text", "similarity", "diff", "fact", "other", "span",
    ]

    static func fill(_ template: String, values: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                // A plain-text block keeps its line breaks; a message is one line.
                result += value.contains("\n") ? value.replacingOccurrences(of: "\n", with: " ") : value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func joinAlternatives(_ alternatives: [String]) -> String {
        alternatives.joined(separator: "” eller ”")
    }

    /// Reads a further message of a rule file (`packageMessage`, `annexMessage` …), refusing
    /// placeholders that are not known.
    static func read(_ yaml: inout YAMLMapping, _ key: String, required: Bool = false) throws(TenderLintError) -> String? {
        guard let template = try yaml.string(key, required: required) else { return nil }
        if let unknown = unknownPlaceholders(in: template).first {
            throw yaml.error(at: yaml.mapping[.init(key)], "okänd platshållare {\(unknown)} i ”\(key)”")
        }
        return template
    }

    /// Placeholders in the template that are not known, for load-time errors.
    static func unknownPlaceholders(in template: String) -> [String] {
        var unknown: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !placeholders.contains(name) { unknown.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return unknown
    }
}
