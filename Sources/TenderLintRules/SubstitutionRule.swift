import Yams
import TenderLintCore

/// Terms with plainer alternatives: `erhålla` → `få`. Each term lists its inflected forms,
/// each mapped to the same form of the first alternative where there is one, so the
/// suggestion fits the sentence (`erhåller` → `får`).
public struct SubstitutionRule: Rule {
    public struct Entry: Sendable {
        public var term: String
        public var alternatives: [String]
        public var note: String?
        /// The construction trade's own word (AB 04, ABT 06 and AMA AF write
        /// `förfrågningsunderlag`): not flagged in a document for works.
        public var notInWorks = false
        /// Whether the suggestion can replace the match as it stands (`safe: false` for a word
        /// whose replacement needs the sentence rewritten: ”det åligger X att” → ”X ska”).
        public var safe = true
    }

    /// One matchable spelling: the base term or one of its forms.
    struct Variant: Sendable {
        var entry: Int
        var isBase: Bool
        var inflectedAlternative: String?
    }

    public let metadata: RuleMetadata
    public let entries: [Entry]
    /// Each entry's message, filled once when the template does not quote the match.
    let entryMessages: [String]?
    let variants: [Variant]
    let variantTexts: [String]
    /// Phrases in which the terms are not flagged (`i något avseende`).
    let exceptions: [String]
    let caseSensitive: Bool

    public var terms: [TermSpec] {
        variantTexts.enumerated().map { TermSpec(text: $1, payload: $0, caseSensitive: caseSensitive) }
            + exceptions.enumerated().map {
                TermSpec(text: $1, payload: TermMatcher.exceptionPayload($0), caseSensitive: caseSensitive)
            }
    }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        caseSensitive = try yaml.bool("caseSensitive") ?? false
        guard let list = try yaml.sequence("terms"), !list.isEmpty else {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen substitution behöver en lista ”terms”")
        }
        var entries: [Entry] = []
        var variants: [Variant] = []
        var texts: [String] = []
        var seen: [String: Node] = [:]
        func add(_ text: String, _ variant: Variant, node: Node, in item: YAMLMapping) throws(TenderLintError) {
            let key = TermMatcher.words(of: text)?.map { $0.key + ($0.isPrefix ? "*" : "") }.joined(separator: " ")
            guard let key else { throw item.error(at: node, "termen ”\(text)” innehåller inga ord") }
            if seen[key] != nil { throw item.error(at: node, "termen ”\(text)” finns redan i regeln") }
            seen[key] = node
            variants.append(variant)
            texts.append(text)
        }
        for node in list {
            var item = try YAMLMapping(node, path: yaml.path, what: "en term")
            let term = try item.string("term", required: true)!
            guard let alternatives = try item.stringList("use"), !alternatives.isEmpty else {
                throw item.error(at: node, "termen ”\(term)” behöver minst ett alternativ i ”use”")
            }
            let note = try item.string("note")
            let entryIndex = entries.count
            entries.append(Entry(term: term, alternatives: alternatives, note: note, notInWorks: try item.bool("notInWorks") ?? false,
                                 safe: try item.bool("safe") ?? true))
            try add(term, Variant(entry: entryIndex, isBase: true), node: item.mapping[Node("term")] ?? node, in: item)
            if var forms = try item.mapping("forms", what: "”forms”") {
                for (formNode, valueNode) in forms.mapping {
                    guard let form = formNode.string else { throw item.error(at: formNode, "en form ska vara en text") }
                    let inflected = YAMLMapping.isNull(valueNode) ? nil : valueNode.string
                    _ = forms.node(form)
                    try add(form, Variant(entry: entryIndex, isBase: false, inflectedAlternative: inflected),
                            node: formNode, in: item)
                }
                try forms.finish()
            }
            try item.finish()
        }
        self.entries = entries
        self.variants = variants
        variantTexts = texts
        exceptions = try ExistenceRule.exceptions(&yaml)
        entryMessages = metadata.message.contains("{match}") ? nil : entries.map {
            Self.message(metadata.message, entry: $0, match: "")
        }
    }

    static func message(_ template: String, entry: Entry, match: String) -> String {
        var message = MessageTemplate.fill(template, values: [
            "match": match, "term": entry.term, "suggestion": MessageTemplate.joinAlternatives(entry.alternatives),
        ])
        if let note = entry.note { message += " " + note }
        return message
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !hits.isEmpty else { return }
        for hit in TermMatcher.leftmostLongest(TermMatcher.removingExceptions(hits)) {
            let variant = variants[hit.payload]
            let entry = entries[variant.entry]
            if entry.notInWorks, context.documentContext.contract.isWorks { continue }
            let range = context.scalarRange(tokens: hit.tokens)
            // Words inside a legal citation are the law's own (`lagen om … i enlighet med`).
            if context.isInCitation(range) || context.isProperName(tokens: hit.tokens) { continue }
            let capitalized = context.tokens.tokens[hit.tokens.lowerBound].isCapitalized
            var suggestions: [String]
            if variant.isBase {
                suggestions = entry.alternatives
            } else if let inflected = variant.inflectedAlternative {
                suggestions = [inflected]
            } else {
                suggestions = []
            }
            if capitalized { suggestions = suggestions.map(Self.capitalizeFirst) }
            let message = entryMessages?[variant.entry]
                ?? Self.message(metadata.message, entry: entry, match: context.block.text(in: range))
            findings.append(RuleFinding(range: range, message: message, suggestions: suggestions,
                                        safe: entry.safe && suggestions.count == 1 && !suggestions[0].isEmpty))
        }
    }

    static func capitalizeFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension SubstitutionRule {
    public var behaviour: String {
        let sample = entries.prefix(8).map { "\($0.term) → \($0.alternatives.joined(separator: "/"))" }
        return "Flaggar \(entries.count) ord och fraser och föreslår enklare ord, t.ex. " + sample.joined(separator: ", ") + "."
    }
}

extension SubstitutionRule: RuleKind {
    static let name = "substitution"
    static let keys = ["terms", "exceptions", "caseSensitive"]
}
