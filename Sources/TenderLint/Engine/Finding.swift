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
}
