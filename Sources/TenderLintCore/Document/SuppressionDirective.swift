/// A `<!-- tenderlint-… -->` comment found by a reader.
public struct SuppressionDirective: Sendable, Equatable {
    public enum Action: String, Sendable {
        case disable = "tenderlint-disable"
        case enable = "tenderlint-enable"
        case disableNextLine = "tenderlint-disable-next-line"
    }

    public var action: Action
    /// Rule ids or category names; empty means every rule.
    public var selectors: [String]
    /// The line of the comment.
    public var line: Int
    /// For `disableNextLine`: the last line of the block that follows the comment, so the
    /// whole next paragraph (or list item, or table row) is covered.
    public var throughLine: Int?

    public init(action: Action, selectors: [String], line: Int, throughLine: Int? = nil) {
        self.action = action
        self.selectors = selectors
        self.line = line
        self.throughLine = throughLine
    }

    /// Parses the inside of an HTML comment, or returns nil when it is no directive.
    public static func parse(comment: String, line: Int) -> SuppressionDirective? {
        let words = comment.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "," })
        guard let first = words.first, let action = Action(rawValue: String(first)) else { return nil }
        return SuppressionDirective(action: action, selectors: words.dropFirst().map(String.init), line: line)
    }

    /// Whether the directive names this rule (by id or category), or every rule.
    public func covers(rule: String, category: String) -> Bool {
        selectors.isEmpty || selectors.contains(rule) || selectors.contains(category)
    }
}
