/// A rule of one of the closed set of kinds, configured by a YAML file.
public protocol Rule: Sendable {
    var metadata: RuleMetadata { get }
    /// Terms for the shared matcher; hits come back through `check`'s `hits`, carrying the
    /// `payload` given here.
    var terms: [TermSpec] { get }
    /// Reports what the rule finds in one block.
    func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding])
}

extension Rule {
    public var terms: [TermSpec] { [] }
}

/// A term a rule wants matched: words separated by spaces, each optionally ending in `*`.
public struct TermSpec: Sendable {
    public var text: String
    public var payload: Int
    public var caseSensitive: Bool

    public init(text: String, payload: Int, caseSensitive: Bool = false) {
        self.text = text
        self.payload = payload
        self.caseSensitive = caseSensitive
    }
}

/// What a rule reports: a range of the block's text, a message and suggested replacements.
public struct RuleFinding: Sendable {
    public var range: Range<Int>
    public var message: String
    public var suggestions: [String]
    /// This finding's own severity, when the rule weighs it differently from its default (a
    /// turnover demand checked without a known contract value); a configured severity wins.
    public var severity: Severity?

    public init(range: Range<Int>, message: String, suggestions: [String] = [], severity: Severity? = nil) {
        self.range = range
        self.message = message
        self.suggestions = suggestions
        self.severity = severity
    }
}
