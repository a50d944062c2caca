/// Rules compiled for linting: their terms in one shared matcher, and the words their pack
/// reads a document's own contract facts by.
public struct RuleSet: Sendable {
    public let rules: [any Rule]
    package let matcher: TermMatcher
    /// From the pack's `data/kontraktsuppgifter.yml`; `.none` reads no facts from the text.
    public let facts: StatedFactsVocabulary

    public init(rules: [any Rule], facts: StatedFactsVocabulary = .none) {
        self.rules = rules
        self.facts = facts
        var matcher = TermMatcher()
        for (index, rule) in rules.enumerated() {
            for term in rule.terms { matcher.add(term, rule: index) }
        }
        self.matcher = matcher
    }

    public var termCount: Int { matcher.termCount }

    public func rule(id: String) -> (any Rule)? { rules.first { $0.metadata.id == id } }
}
