import TenderLintCore

/// Terms or patterns whose every occurrence is flagged.
public struct ExistenceRule: Rule {
    public let metadata: RuleMetadata
    let termTexts: [String]
    let exceptions: [String]
    let patterns: GatedPatterns
    let caseSensitive: Bool
    let scope: RegexSearch.Scope
    /// Words that must stand in a sentence for the `patterns` to be tried on it (`äger` for
    /// "äger beställaren rätt"): they go into the shared matcher, so the block is not scanned
    /// again, and only the sentences that hold one are given to the expressions.
    let gateTerms: [String]
    /// With `gateTerms`: the expressions read only this many tokens either side of the gate word
    /// (within its sentence), not the whole sentence: for an expression about the word's
    /// neighbours (`frågor gällande fakturering`), on a word as frequent as `gällande`.
    let gateWindow: Int?
    /// With `gateTerms`: a sentence is tried only when it holds at least this many gate words
    /// (`gateCount: 3` for three negations in one sentence); default 1.
    let gateCount: Int
    /// Payloads of gate terms start here (a rule's own terms count from 0).
    static let gateBase = 1 << 20

    public var terms: [TermSpec] {
        termTexts.enumerated().map { TermSpec(text: $1, payload: $0, caseSensitive: caseSensitive) }
            + exceptions.enumerated().map {
                TermSpec(text: $1, payload: TermMatcher.exceptionPayload($0), caseSensitive: caseSensitive)
            }
            + gateTerms.enumerated().map { TermSpec(text: $1, payload: Self.gateBase + $0, caseSensitive: caseSensitive) }
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
        patterns = try GatedPatterns(&yaml, caseSensitive: caseSensitive)
        gateTerms = try yaml.stringList("gateTerms") ?? []
        gateWindow = try yaml.int("gateWindow")
        gateCount = max(1, try yaml.int("gateCount") ?? 1)
        if gateCount > 1 && gateWindow != nil {
            throw YAMLMapping.error(yaml.path, yaml.mark, "”gateCount” och ”gateWindow” kan inte användas tillsammans")
        }
        if gateWindow != nil && gateTerms.isEmpty {
            throw YAMLMapping.error(yaml.path, yaml.mark, "”gateWindow” behöver ”gateTerms”")
        }
        for term in gateTerms where TermMatcher.words(of: term) == nil {
            throw YAMLMapping.error(yaml.path, yaml.mark, "termen ”\(term)” i ”gateTerms” innehåller inga ord")
        }
        if !gateTerms.isEmpty && patterns.isEmpty {
            throw YAMLMapping.error(yaml.path, yaml.mark, "”gateTerms” behöver ”patterns”")
        }
        if termTexts.isEmpty && patterns.isEmpty {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen existence behöver ”terms” eller ”patterns”")
        }
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !hits.isEmpty || !patterns.isEmpty else { return }
        let own = gateTerms.isEmpty ? hits : hits.filter { $0.payload < Self.gateBase }
        var ranges = TermMatcher.leftmostLongest(TermMatcher.removingExceptions(own)).map { context.scalarRange(tokens: $0.tokens) }
        if gateTerms.isEmpty {
            ranges += patterns.matches(in: context, scope: scope)
        } else if own.count < hits.count {
            let tokens = context.tokens.tokens
            let gates = hits.filter { $0.payload >= Self.gateBase }
            if let window = gateWindow {
                for gate in gates {
                    let sentence = context.tokens.sentences[tokens[gate.tokens.lowerBound].sentence]
                    let first = max(sentence.lowerBound, gate.tokens.lowerBound - window)
                    let last = min(sentence.upperBound, gate.tokens.upperBound + window)
                    ranges += patterns.matches(in: context, range: context.scalarRange(tokens: first..<last))
                }
            } else {
                var counts: [Int: Int] = [:]
                for gate in gates { counts[tokens[gate.tokens.lowerBound].sentence, default: 0] += 1 }
                let sentences = counts.filter { $0.value >= gateCount }.map(\.key)
                if !sentences.isEmpty { ranges += patterns.matches(in: context, sentences: sentences.sorted(), scope: scope) }
            }
        }
        for range in PatternRule.withoutOverlaps(ranges) where metadata.category == .legalReference || !context.isInCitation(range) {
            let match = context.block.text(in: range)
            findings.append(RuleFinding(
                range: range, message: MessageTemplate.fill(metadata.message, values: ["match": match, "term": match])))
        }
    }
}

extension ExistenceRule {
    public var behaviour: String {
        "Flaggar \(termTexts.count) termer och \(patterns.patterns.count) mönster. Meddelande: \(metadata.message)"
    }
}

extension ExistenceRule: RuleKind {
    static let name = "existence"
    static let keys = ["terms", "exceptions", "patterns", "requires", "gateTerms", "gateWindow", "gateCount", "caseSensitive", "scope"]
}
