import TenderLintCore
import TenderLintLanguage

/// Rules compiled for linting: their terms in one shared matcher.
public struct RuleSet: Sendable {
    public let rules: [any Rule]
    package let matcher: TermMatcher

    public init(rules: [any Rule]) {
        self.rules = rules
        var matcher = TermMatcher()
        for (index, rule) in rules.enumerated() {
            for term in rule.terms { matcher.add(term, rule: index) }
        }
        self.matcher = matcher
    }

    public var termCount: Int { matcher.termCount }

    public func rule(id: String) -> (any Rule)? { rules.first { $0.metadata.id == id } }
}
