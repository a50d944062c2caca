/// Terms or patterns whose every occurrence is flagged.
public struct ExistenceRule: Rule {
    public let metadata: RuleMetadata
    let termTexts: [String]
    let patterns: [RegexSearch]
    let caseSensitive: Bool
    let scope: RegexSearch.Scope

    public var terms: [TermSpec] {
        termTexts.enumerated().map { TermSpec(text: $1, payload: $0, caseSensitive: caseSensitive) }
    }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        caseSensitive = try yaml.bool("caseSensitive") ?? false
        scope = try PatternRule.scope(&yaml)
        termTexts = try yaml.stringList("terms") ?? []
        for term in termTexts where TermMatcher.words(of: term) == nil {
            throw YAMLMapping.error(yaml.path, yaml.mark, "termen ”\(term)” innehåller inga ord")
        }
        var patterns: [RegexSearch] = []
        for node in try yaml.sequence("patterns") ?? [] {
            guard let pattern = node.string else { throw yaml.error(at: node, "ett mönster ska vara en text") }
            patterns.append(try RegexSearch(pattern, caseSensitive: caseSensitive, node: node, path: yaml.path))
        }
        self.patterns = patterns
        if termTexts.isEmpty && patterns.isEmpty {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen existence behöver ”terms” eller ”patterns”")
        }
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        var ranges = TermMatcher.leftmostLongest(hits).map { context.scalarRange(tokens: $0.tokens) }
        if !patterns.isEmpty {
            for text in context.scopeTexts(scope) {
                for pattern in patterns { ranges.append(contentsOf: pattern.matches(in: text)) }
            }
        }
        for range in PatternRule.withoutOverlaps(ranges) {
            let match = context.block.text(in: range)
            findings.append(RuleFinding(
                range: range, message: MessageTemplate.fill(metadata.message, values: ["match": match, "term": match])))
        }
    }
}
