import TenderLintCore

/// A rule of one of the closed set of kinds, configured by a YAML file.
public protocol Rule: Sendable {
    var metadata: RuleMetadata { get }
    /// Terms for the shared matcher; hits come back through `check`'s `hits`, carrying the
    /// `payload` given here.
    var terms: [TermSpec] { get }
    /// Reports what the rule finds in one block.
    func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding])
    /// Reports what only the whole document shows, after its last block: what the rule noted
    /// while checking the blocks (in `documentContext`), as findings in any block.
    func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)])
    /// What the rule does, in Swedish and filled in with the rule's own data (its word count,
    /// a sample of its terms), for `tenderlint explain` and the rules reference.
    var behaviour: String { get }
}

extension Rule {
    public var terms: [TermSpec] { [] }
    public var behaviour: String { metadata.summary }
    public func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)]) {}
}

/// A value a rule notes down while the blocks of a document go by (kept in the document's
/// context through `DocumentContext.memo`).
public final class Notes<Value> {
    public var value: Value

    public init(_ value: Value) {
        self.value = value
    }
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
    /// The one suggestion may replace the match in place (see `Finding.safe`).
    public var safe: Bool

    public init(range: Range<Int>, message: String, suggestions: [String] = [], severity: Severity? = nil, safe: Bool = false) {
        self.safe = safe
        self.range = range
        self.message = message
        self.suggestions = suggestions
        self.severity = severity
    }
}
