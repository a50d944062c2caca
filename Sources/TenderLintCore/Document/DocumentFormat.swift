/// The input formats tenderlint reads; the raw value is the name used in reports.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    /// Word: `.docx`, `.docm` (macros ignored), `.dotx` (a template).
    case docx
    /// OpenDocument text: `.odt`, `.ott` (a template).
    case odt
    /// Flat OpenDocument text: the same XML in one file, `.fodt`.
    case fodt

    /// The format for a file name, by extension, or nil when it is not supported.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "docx", "docm", "dotx", "dotm": self = .docx
        case "odt", "ott": self = .odt
        case "fodt": self = .fodt
        default: return nil
        }
    }

    /// Whether positions are lines and columns of a text file (else paragraph numbers and
    /// offsets in a paragraph's text).
    public var isPlainText: Bool { self == .text || self == .markdown }

    public static var supportedExtensions: [String] {
        ["txt", "text", "md", "markdown", "mdown", "mkd", "docx", "docm", "dotx", "dotm", "odt", "ott", "fodt"]
    }
}
