/// Terms or patterns whose every occurrence is flagged.
public struct ExistenceRule: Rule {
    public let metadata: RuleMetadata
    let termTexts: [String]
    let exceptions: [String]
    let patterns: [RegexSearch]
    let caseSensitive: Bool
    let scope: RegexSearch.Scope
    /// Literal text (any case) one of which a block must hold for `patterns` to be tried.
    let required: [[Unicode.Scalar]]

    public var terms: [TermSpec] {
        termTexts.enumerated().map { TermSpec(text: $1, payload: $0, caseSensitive: caseSensitive) }
            + exceptions.enumerated().map {
                TermSpec(text: $1, payload: TermMatcher.exceptionPayload($0), caseSensitive: caseSensitive)
            }
    }

    /// Reads `exceptions:`, phrases in which a rule's terms are not flagged.
    static func exceptions(_ yaml: inout YAMLMapping) throws(TenderLintError) -> [String] {
        let phrases = try yaml.stringList("exceptions") ?? []
        for phrase in phrases where TermMatcher.words(of: phrase) == nil {
            throw YAMLMapping.error(yaml.path, yaml.mark, "undantaget ”\(phrase)” innehåller inga ord")
        }
        return phrases
    }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        caseSensitive = try yaml.bool("caseSensitive") ?? false
        scope = try PatternRule.scope(&yaml)
        termTexts = try yaml.stringList("terms") ?? []
        for term in termTexts where TermMatcher.words(of: term) == nil {
            throw YAMLMapping.error(yaml.path, yaml.mark, "termen ”\(term)” innehåller inga ord")
        }
        exceptions = try Self.exceptions(&yaml)
        var patterns: [RegexSearch] = []
        for node in try yaml.sequence("patterns") ?? [] {
            guard let pattern = node.string else { throw yaml.error(at: node, "ett mönster ska vara en text") }
            patterns.append(try RegexSearch(pattern, caseSensitive: caseSensitive, node: node, path: yaml.path))
        }
        self.patterns = patterns
        required = (try yaml.stringList("requires") ?? []).map { Array($0.lowercased().unicodeScalars) }
        if termTexts.isEmpty && patterns.isEmpty {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen existence behöver ”terms” eller ”patterns”")
        }
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !hits.isEmpty || !patterns.isEmpty else { return }
        var ranges = TermMatcher.leftmostLongest(TermMatcher.removingExceptions(hits)).map { context.scalarRange(tokens: $0.tokens) }
        if !patterns.isEmpty, required.isEmpty || ScalarScan.containsAny(context.block.scalars, required) {
            for text in context.scopeTexts(scope) {
                for pattern in patterns { ranges.append(contentsOf: pattern.matches(in: text)) }
            }
        }
        for range in PatternRule.withoutOverlaps(ranges) where metadata.category == .legalReference || !context.isInCitation(range) {
            let match = context.block.text(in: range)
            findings.append(RuleFinding(
                range: range, message: MessageTemplate.fill(metadata.message, values: ["match": match, "term": match])))
        }
    }
}
