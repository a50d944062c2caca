/// A tender document as the rules see it: blocks in reading order, each mapped to the file.
public struct Document: Sendable {
    public var path: String
    public var format: DocumentFormat
    public var blocks: [Block]
    /// The decoded source for text formats, used to quote matches exactly.
    public var source: SourceText?
    /// How the bytes were decoded, e.g. `utf-8`, `windows-1252`.
    public var encoding: String
    /// Things the reader wants the user to know (e.g. a fallback decoding).
    public var notices: [String]
    /// Scalar values from Markdown front matter (`estimatedValue: 2400000`).
    public var frontMatter: [String: String]
    public var directives: [SuppressionDirective]

    public init(
        path: String, format: DocumentFormat, blocks: [Block], source: SourceText? = nil,
        encoding: String = "utf-8", notices: [String] = [], frontMatter: [String: String] = [:],
        directives: [SuppressionDirective] = []
    ) {
        self.path = path
        self.format = format
        self.blocks = blocks
        self.source = source
        self.encoding = encoding
        self.notices = notices
        self.frontMatter = frontMatter
        self.directives = directives
        assignSections()
    }

    /// Gives every block of the main text the text of the nearest heading above it; blocks
    /// from other parts (footnotes, headers) have no section.
    private mutating func assignSections() {
        var current: String?
        for index in blocks.indices {
            guard blocks[index].part == nil else { continue }
            if blocks[index].kind.isHeading { current = blocks[index].text }
            blocks[index].section = current
        }
    }

    /// The text a finding covers: the exact source text for text formats, else the block text.
    public func matchText(block: Int, range: Range<Int>) -> String {
        let sourceRange = blocks[block].map.range(range)
        if let source, let text = source.text(in: sourceRange) { return text }
        return blocks[block].text(in: range)
    }
}
