/// One problem found in one file, ready for any reporter.
public struct Finding: Sendable, Equatable {
    public var rule: String
    public var category: Category
    public var severity: Severity
    public var message: String
    /// The exact text the finding is about: the source text for text formats.
    public var match: String
    public var suggestions: [String]
    public var range: SourceRange
    /// The nearest heading.
    public var section: String?
    /// The XML part, when it is not the main text.
    public var part: String?
    /// Stable across edits elsewhere in the file: rule, matched text and the words around it.
    public var fingerprint: String
    /// Where in the document's blocks the finding sits.
    public var blockIndex: Int
    public var textRange: Range<Int>
    /// Whether the one suggestion may replace the match as it stands (`fix`, tracked changes):
    /// the rule has shown in its examples that the sentence stays correct Swedish. Otherwise the
    /// suggestion is advice for the writer.
    public var safe: Bool

    public init(
        rule: String, category: Category, severity: Severity, message: String, match: String, suggestions: [String],
        range: SourceRange, section: String?, part: String?, fingerprint: String, blockIndex: Int, textRange: Range<Int>,
        safe: Bool = false
    ) {
        self.safe = safe
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.match = match
        self.suggestions = suggestions
        self.range = range
        self.section = section
        self.part = part
        self.fingerprint = fingerprint
        self.blockIndex = blockIndex
        self.textRange = textRange
    }
}
