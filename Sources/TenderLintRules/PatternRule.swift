import TenderLintCore

/// A regular expression over each sentence (or block); an optional `unless` expression
/// clears the finding when it also occurs in the same sentence, e.g. a brand name followed
/// somewhere by "eller likvärdigt".
public struct PatternRule: Rule {
    public let metadata: RuleMetadata
    let pattern: RegexSearch
    let unless: RegexSearch?
    let scope: RegexSearch.Scope

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        let caseSensitive = try yaml.bool("caseSensitive") ?? false
        scope = try Self.scope(&yaml)
        let source = try yaml.string("pattern", required: true)!
        pattern = try RegexSearch(source, caseSensitive: caseSensitive, node: yaml.mapping[.init("pattern")], path: yaml.path)
        if let unlessSource = try yaml.string("unless") {
            unless = try RegexSearch(
                unlessSource, caseSensitive: caseSensitive, node: yaml.mapping[.init("unless")], path: yaml.path)
        } else {
            unless = nil
        }
    }

    static func scope(_ yaml: inout YAMLMapping) throws(TenderLintError) -> RegexSearch.Scope {
        guard let name = try yaml.string("scope") else { return .sentence }
        guard let scope = RegexSearch.Scope(rawValue: name) else {
            throw yaml.error(at: yaml.mapping[.init("scope")], "”scope” ska vara sentence eller block")
        }
        return scope
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        for text in context.scopeTexts(scope) {
            let ranges = pattern.matches(in: text)
            guard !ranges.isEmpty else { continue }
            if let unless, unless.occurs(in: text) { continue }
            for range in Self.withoutOverlaps(ranges) {
                let match = context.block.text(in: range)
                findings.append(RuleFinding(
                    range: range, message: MessageTemplate.fill(metadata.message, values: ["match": match, "term": match])))
            }
        }
    }

    /// Sorted ranges with later ones that overlap an earlier one removed.
    static func withoutOverlaps(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var kept: [Range<Int>] = []
        for range in ranges.sorted(by: { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }) {
            if let last = kept.last, range.lowerBound < last.upperBound { continue }
            kept.append(range)
        }
        return kept
    }
}

extension PatternRule {
    public var behaviour: String {
        var text = "Flaggar text som matchar mönstret \(pattern.source)"
        if let unless { text += ", utom i meningar som också matchar \(unless.source)" }
        return text + "."
    }
}

extension PatternRule: RuleKind {
    static let name = "pattern"
    static let keys = ["pattern", "unless", "caseSensitive", "scope"]
}
