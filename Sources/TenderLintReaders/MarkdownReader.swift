import Yams
import TenderLintCore

/// Reads Markdown (CommonMark block structure with GFM pipe tables): headings, paragraphs,
/// nested lists, block quotes and table cells become blocks; code blocks and HTML blocks are
/// not linted; HTML comments carry suppression directives; YAML front matter is read for facts.
public enum MarkdownReader {
    public static func read(_ decoded: TextDecoder.Decoded, path: String) -> Document {
        let source = SourceText(scalars: decoded.scalars)
        var parser = MarkdownBlockParser(source: source)
        var notices = decoded.notices
        let firstLine = parser.readFrontMatter(notices: &notices)
        let lines = (firstLine..<(source.lineCount + 1)).map { MarkdownBlockParser.LineView(source: source, line: $0) }
        parser.parse(lines[...], context: .init())
        return Document(
            path: path, format: .markdown, blocks: parser.blocks, source: source, encoding: decoded.encoding,
            notices: notices, frontMatter: parser.frontMatter, directives: parser.directives)
    }
}

/// The block-level half of the Markdown reader. Lines are views into the source, so container
/// markers (`>`, list markers, indentation) are stripped by moving a view's start, never by
/// copying text, and every scalar keeps its line and column.
///
/// One type in three files: this one (front matter and block structure), `+Leaves`
/// (headings, paragraphs, code, HTML) and `+Containers` (tables, quotes, lists, inline content).
struct MarkdownBlockParser {
    struct LineView {
        let line: Int
        /// Absolute scalar offsets into the source.
        var start: Int
        let end: Int

        init(source: SourceText, line: Int) {
            self.line = line
            start = source.lineStarts[line - 1]
            end = source.lineEnds[line - 1]
        }

        init(line: Int, start: Int, end: Int) {
            self.line = line
            self.start = start
            self.end = end
        }
    }

    struct Context {
        var quoted = false
        var list: (depth: Int, ordered: Bool)?
        /// How many containers (quotes, list items) enclose this one.
        var nesting = 0

        /// Deeper containers are read as text: it keeps hostile nesting (`> > > …`) from
        /// exhausting the stack, and no real tender nests this deep.
        static let maxNesting = 16
        var mayNest: Bool { nesting < Self.maxNesting }

        var paragraphKind: BlockKind {
            if let list { return .listItem(depth: list.depth, ordered: list.ordered) }
            return quoted ? .quote : .paragraph
        }
    }

    let source: SourceText
    var blocks: [Block] = []
    var frontMatter: [String: String] = [:]
    var directives: [SuppressionDirective] = []
    /// Whether the comment just read has text after it on its last line.
    var commentTrailingText = false

    init(source: SourceText) {
        self.source = source
    }

    func slice(_ view: LineView) -> ArraySlice<Unicode.Scalar> { source.scalars[view.start..<view.end] }

    func column(_ offset: Int, line: Int) -> Int { offset - source.lineStarts[line - 1] + 1 }

    func isBlank(_ view: LineView) -> Bool { LineScanning.isBlank(slice(view)) }

    // MARK: Front matter

    /// Reads YAML front matter delimited by `---` lines; returns the first line after it.
    mutating func readFrontMatter(notices: inout [String]) -> Int {
        guard source.lineCount > 2, String(String.UnicodeScalarView(source.line(1))) == "---" else { return 1 }
        for line in 2...source.lineCount {
            let text = String(String.UnicodeScalarView(source.line(line)))
            guard text == "---" || text == "..." else { continue }
            let yaml = (2..<line).map { String(String.UnicodeScalarView(source.line($0))) }.joined(separator: "\n")
            do {
                // Only a mapping is front matter; anything else is text between two rules.
                guard let mapping = try YAMLMapping.compose(yaml, path: "")?.mapping else { return 1 }
                for (key, value) in mapping {
                    if let key = key.string, let value = value.scalar?.string { frontMatter[key] = value }
                }
            } catch {
                let location = error.line.map { "rad \($0 + 1): " } ?? ""
                notices.append("YAML-huvudet (front matter) lästes inte: \(location)\(error.message)")
            }
            return line + 1
        }
        return 1
    }

    // MARK: Block structure

    mutating func parse(_ lines: ArraySlice<LineView>, context: Context) {
        var index = lines.startIndex
        var pendingNextLine: Int?
        while index < lines.endIndex {
            let view = lines[index]
            if isBlank(view) { index += 1; continue }
            let startIndex = index
            index = parseConstruct(lines, at: index, context: context)
            if let pending = pendingNextLine, index > startIndex {
                directives[pending].throughLine = lines[index - 1].line
                pendingNextLine = nil
            }
            if let last = directives.last, last.action == .disableNextLine, last.throughLine == nil,
               last.line == view.line {
                pendingNextLine = directives.count - 1
            }
        }
    }

    /// Parses the construct starting at `index` and returns the index of the line after it.
    mutating func parseConstruct(_ lines: ArraySlice<LineView>, at index: Int, context: Context) -> Int {
        let view = lines[index]
        let text = slice(view)
        let indent = LineScanning.indentWidth(text)
        if indent >= 4 { return skipIndentedCode(lines, from: index) }
        if let fence = fenceOpening(text) { return skipFencedCode(lines, from: index, fence: fence) }
        if let heading = atxHeading(view) {
            emitInline([LineView(line: view.line, start: heading.start, end: heading.end)], kind: .heading(level: heading.level))
            return index + 1
        }
        if isThematicBreak(text) { return index + 1 }
        if startsHTMLComment(text) {
            let end = readComment(lines, from: index)
            // Text after `-->` on the comment's last line is shown by a browser: read it as a
            // paragraph (the inline reader drops the comment itself).
            if commentTrailingText { return parseParagraph(lines, from: index, context: context) }
            return end
        }
        if startsHTMLBlock(text) { return skipUntilBlank(lines, from: index) }
        if context.mayNest, quoteContentStart(view) != nil { return parseQuote(lines, from: index, context: context) }
        if context.mayNest, listMarker(view) != nil { return parseList(lines, from: index, context: context) }
        if index + 1 < lines.endIndex, text.contains("|"), isTableDelimiter(slice(lines[index + 1])) {
            return parseTable(lines, from: index)
        }
        return parseParagraph(lines, from: index, context: context)
    }
}
