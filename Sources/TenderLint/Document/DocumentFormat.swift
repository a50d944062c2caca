/// The input formats tenderlint reads; the raw value is the name used in reports.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text
    case markdown

    /// The format for a file name, by extension, or nil when it is not supported.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown", "mdown", "mkd": self = .markdown
        default: return nil
        }
    }

    public static var supportedExtensions: [String] { ["txt", "text", "md", "markdown", "mdown", "mkd"] }
}
