/// What a block is in the document's structure.
public enum BlockKind: Hashable, Sendable {
    case heading(level: Int)
    case paragraph
    case listItem(depth: Int, ordered: Bool)
    case tableCell(row: Int, column: Int)
    case quote
    case footnote
    case header
    case footer

    /// A short name used in dumps and reports.
    public var name: String {
        switch self {
        case .heading(let level): "heading\(level)"
        case .paragraph: "paragraph"
        case .listItem(let depth, let ordered): "\(ordered ? "ordered" : "bullet")\(depth)"
        case .tableCell(let row, let column): "cell\(row).\(column)"
        case .quote: "quote"
        case .footnote: "footnote"
        case .header: "header"
        case .footer: "footer"
        }
    }

    public var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}
