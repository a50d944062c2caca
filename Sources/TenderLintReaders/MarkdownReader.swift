import Yams
import TenderLintCore
import TenderLintLanguage

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
    private var commentTrailingText = false

    init(source: SourceText) {
        self.source = source
    }

    private func slice(_ view: LineView) -> ArraySlice<Unicode.Scalar> { source.scalars[view.start..<view.end] }

    private func column(_ offset: Int, line: Int) -> Int { offset - source.lineStarts[line - 1] + 1 }

    private func isBlank(_ view: LineView) -> Bool { LineScanning.isBlank(slice(view)) }

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
    private mutating func parseConstruct(_ lines: ArraySlice<LineView>, at index: Int, context: Context) -> Int {
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

    // MARK: Leaf blocks

    private func fenceOpening(_ text: ArraySlice<Unicode.Scalar>) -> (char: Unicode.Scalar, length: Int, indent: Int)? {
        let start = LineScanning.firstNonSpace(text)
        guard start - text.startIndex <= 3, start < text.endIndex else { return nil }
        let char = text[start]
        guard char == "`" || char == "~" else { return nil }
        var end = start
        while end < text.endIndex, text[end] == char { end += 1 }
        guard end - start >= 3 else { return nil }
        if char == "`", text[end...].contains("`") { return nil }
        return (char, end - start, start - text.startIndex)
    }

    private func skipFencedCode(
        _ lines: ArraySlice<LineView>, from index: Int, fence: (char: Unicode.Scalar, length: Int, indent: Int)
    ) -> Int {
        var cursor = index + 1
        while cursor < lines.endIndex {
            let text = slice(lines[cursor])
            let start = LineScanning.firstNonSpace(text)
            if start - text.startIndex <= 3 {
                var end = start
                while end < text.endIndex, text[end] == fence.char { end += 1 }
                if end - start >= fence.length, LineScanning.isBlank(text[end...]) { return cursor + 1 }
            }
            cursor += 1
        }
        return cursor
    }

    private func skipIndentedCode(_ lines: ArraySlice<LineView>, from index: Int) -> Int {
        var cursor = index
        var lastCode = index
        while cursor < lines.endIndex {
            let text = slice(lines[cursor])
            if LineScanning.isBlank(text) {
                cursor += 1
                continue
            }
            guard LineScanning.indentWidth(text) >= 4 else { break }
            lastCode = cursor
            cursor += 1
        }
        return lastCode + 1
    }

    private func atxHeading(_ view: LineView) -> (level: Int, start: Int, end: Int)? {
        let text = slice(view)
        let start = LineScanning.firstNonSpace(text)
        guard start - text.startIndex <= 3 else { return nil }
        var cursor = start
        while cursor < text.endIndex, text[cursor] == "#" { cursor += 1 }
        let level = cursor - start
        guard level >= 1, level <= 6, cursor == text.endIndex || LineScanning.isSpace(text[cursor]) else { return nil }
        let contentStart = LineScanning.firstNonSpace(text[cursor...])
        var contentEnd = LineScanning.endOfContent(text[contentStart...])
        // An optional closing sequence of #s, preceded by a space.
        var hashes = contentEnd
        while hashes > contentStart, text[hashes - 1] == "#" { hashes -= 1 }
        if hashes < contentEnd, hashes == contentStart || LineScanning.isSpace(text[hashes - 1]) {
            contentEnd = LineScanning.endOfContent(text[contentStart..<hashes])
        }
        return (level, contentStart, max(contentStart, contentEnd))
    }

    private func isThematicBreak(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = LineScanning.firstNonSpace(text)
        guard start - text.startIndex <= 3, start < text.endIndex else { return false }
        let char = text[start]
        guard char == "-" || char == "*" || char == "_" else { return false }
        var count = 0
        for scalar in text[start...] {
            if scalar == char { count += 1 } else if !LineScanning.isSpace(scalar) { return false }
        }
        return count >= 3
    }

    private func setextLevel(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        let start = LineScanning.firstNonSpace(text)
        guard start - text.startIndex <= 3, start < text.endIndex else { return nil }
        let char = text[start]
        guard char == "=" || char == "-" else { return nil }
        let end = LineScanning.endOfContent(text)
        guard text[start..<end].allSatisfy({ $0 == char }) else { return nil }
        return char == "=" ? 1 : 2
    }

    private func startsHTMLComment(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = LineScanning.firstNonSpace(text)
        return start - text.startIndex <= 3 && text[start...].starts(with: "<!--".unicodeScalars)
    }

    private static let htmlBlockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "div", "dl", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "script", "section",
        "style", "table", "ul",
    ]

    private func startsHTMLBlock(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var cursor = LineScanning.firstNonSpace(text)
        guard cursor - text.startIndex <= 3, cursor < text.endIndex, text[cursor] == "<" else { return false }
        cursor += 1
        if cursor < text.endIndex, text[cursor] == "/" { cursor += 1 }
        var name = ""
        while cursor < text.endIndex, text[cursor].properties.isAlphabetic || LineScanning.isDigit(text[cursor]) {
            name.unicodeScalars.append(text[cursor])
            cursor += 1
        }
        guard cursor == text.endIndex || text[cursor] == ">" || text[cursor] == " " || text[cursor] == "/" else { return false }
        return Self.htmlBlockTags.contains(name.lowercased())
    }

    private func skipUntilBlank(_ lines: ArraySlice<LineView>, from index: Int) -> Int {
        var cursor = index
        while cursor < lines.endIndex, !isBlank(lines[cursor]) { cursor += 1 }
        return cursor
    }

    private mutating func readComment(_ lines: ArraySlice<LineView>, from index: Int) -> Int {
        commentTrailingText = false
        var body = String.UnicodeScalarView()
        var cursor = index
        var text = slice(lines[index])
        var position = LineScanning.firstNonSpace(text) + 4
        while true {
            if let close = Self.find("-->", in: text, from: position) {
                commentTrailingText = !LineScanning.isBlank(text[(close + 3)...])
                body.append(contentsOf: text[position..<close])
                if let directive = SuppressionDirective.parse(comment: String(body), line: lines[index].line) {
                    directives.append(directive)
                }
                return cursor + 1
            }
            if position < text.endIndex { body.append(contentsOf: text[position...]) }
            body.append("\n")
            cursor += 1
            guard cursor < lines.endIndex else { return cursor }
            text = slice(lines[cursor])
            position = text.startIndex
        }
    }

    private static func find(_ needle: String, in text: ArraySlice<Unicode.Scalar>, from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        var cursor = start
        while cursor + pattern.count <= text.endIndex {
            if text[cursor..<(cursor + pattern.count)].elementsEqual(pattern) { return cursor }
            cursor += 1
        }
        return nil
    }

    private mutating func parseParagraph(_ lines: ArraySlice<LineView>, from index: Int, context: Context) -> Int {
        var paragraph = [lines[index]]
        var cursor = index + 1
        while cursor < lines.endIndex {
            let view = lines[cursor]
            let text = slice(view)
            if LineScanning.isBlank(text) { break }
            if let level = setextLevel(text) {
                emitInline(paragraph, kind: .heading(level: level))
                return cursor + 1
            }
            if interruptsParagraph(view) { break }
            // A table's header row ends the paragraph above it (as GitHub reads it).
            if cursor + 1 < lines.endIndex, text.contains("|"), isTableDelimiter(slice(lines[cursor + 1])) { break }
            paragraph.append(view)
            cursor += 1
        }
        emitInline(paragraph, kind: context.paragraphKind)
        return cursor
    }

    private func interruptsParagraph(_ view: LineView) -> Bool {
        let text = slice(view)
        if LineScanning.indentWidth(text) >= 4 { return false }
        if fenceOpening(text) != nil || atxHeading(view) != nil || isThematicBreak(text) { return true }
        if startsHTMLComment(text) || startsHTMLBlock(text) || quoteContentStart(view) != nil { return true }
        if let marker = listMarker(view), marker.hasContent, !marker.ordered || marker.number == 1 { return true }
        return false
    }

    // MARK: Tables

    private func isTableDelimiter(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var dashes = 0
        var sawPipe = false
        for scalar in text {
            switch scalar {
            case "-": dashes += 1
            case "|": sawPipe = true
            case ":", " ", "\t": break
            default: return false
            }
        }
        return dashes > 0 && (sawPipe || text.contains(":"))
    }

    /// The cells of a table row: ranges of absolute offsets, trimmed, split on unescaped pipes
    /// outside code spans.
    private func tableCells(_ view: LineView) -> [Range<Int>] {
        let text = slice(view)
        var start = LineScanning.firstNonSpace(text)
        var end = LineScanning.endOfContent(text)
        if start < end, text[start] == "|" { start += 1 }
        if end > start, text[end - 1] == "|", end - 2 < start || text[end - 2] != "\\" { end -= 1 }
        var cells: [Range<Int>] = []
        var cellStart = start
        var cursor = start
        var inCode = false
        while cursor < end {
            let scalar = text[cursor]
            if scalar == "\\" {
                cursor += 2
                continue
            }
            if scalar == "`" { inCode.toggle() }
            if scalar == "|", !inCode {
                cells.append(cellStart..<cursor)
                cellStart = cursor + 1
            }
            cursor += 1
        }
        cells.append(cellStart..<min(end, text.endIndex))
        return cells.map { cell in
            let first = LineScanning.firstNonSpace(text[cell])
            return first..<max(first, LineScanning.endOfContent(text[cell]))
        }
    }

    private mutating func parseTable(_ lines: ArraySlice<LineView>, from index: Int) -> Int {
        var row = 0
        var cursor = index
        while cursor < lines.endIndex {
            let view = lines[cursor]
            let text = slice(view)
            if cursor == index + 1 {
                cursor += 1
                continue
            }
            if cursor > index + 1 {
                if LineScanning.isBlank(text) || !text.contains("|") || interruptsParagraph(view) { break }
            }
            for (column, cell) in tableCells(view).enumerated() where !cell.isEmpty {
                emitInline([LineView(line: view.line, start: cell.lowerBound, end: cell.upperBound)],
                           kind: .tableCell(row: row, column: column))
            }
            row += 1
            cursor += 1
        }
        return cursor
    }

    // MARK: Containers

    /// Where the content of a block-quote line starts, after `>` and one optional space.
    private func quoteContentStart(_ view: LineView) -> Int? {
        let text = slice(view)
        let start = LineScanning.firstNonSpace(text)
        guard start - text.startIndex <= 3, start < text.endIndex, text[start] == ">" else { return nil }
        let next = start + 1
        return next < text.endIndex && (text[next] == " " || text[next] == "\t") ? next + 1 : next
    }

    private mutating func parseQuote(_ lines: ArraySlice<LineView>, from index: Int, context: Context) -> Int {
        var inner: [LineView] = []
        var cursor = index
        var previousBlank = false
        while cursor < lines.endIndex {
            let view = lines[cursor]
            if let content = quoteContentStart(view) {
                let stripped = LineView(line: view.line, start: content, end: view.end)
                inner.append(stripped)
                previousBlank = isBlank(stripped)
            } else if !isBlank(view), !previousBlank, !inner.isEmpty, !interruptsParagraph(view) {
                inner.append(view)  // a lazy continuation line
            } else {
                break
            }
            cursor += 1
        }
        var nested = context
        nested.quoted = true
        nested.nesting += 1
        parse(inner[...], context: nested)
        return cursor
    }

    struct ListMarker {
        var ordered: Bool
        var number: Int
        var delimiter: Unicode.Scalar
        /// Absolute offset of the item's first content scalar.
        var contentStart: Int
        /// Columns from the view's start to the item's content: the indent of continuation lines.
        var contentIndent: Int
        var markerIndent: Int
        var hasContent: Bool
    }

    private func listMarker(_ view: LineView) -> ListMarker? {
        let text = slice(view)
        let start = LineScanning.firstNonSpace(text)
        let markerIndent = LineScanning.indentWidth(text)
        guard markerIndent <= 3, start < text.endIndex else { return nil }
        var cursor = start
        var ordered = false
        var number = 0
        let first = text[cursor]
        if first == "-" || first == "*" || first == "+" {
            cursor += 1
        } else if LineScanning.isDigit(first) {
            while cursor < text.endIndex, LineScanning.isDigit(text[cursor]), cursor - start < 9 {
                number = number * 10 + Int(text[cursor].value - 48)
                cursor += 1
            }
            guard cursor < text.endIndex, text[cursor] == "." || text[cursor] == ")" else { return nil }
            cursor += 1
            ordered = true
        } else {
            return nil
        }
        let delimiter = text[cursor - 1]
        if cursor == text.endIndex || LineScanning.isBlank(text[cursor...]) {
            return ListMarker(ordered: ordered, number: number, delimiter: delimiter, contentStart: text.endIndex,
                              contentIndent: markerIndent + cursor - start + 1, markerIndent: markerIndent, hasContent: false)
        }
        guard text[cursor] == " " || text[cursor] == "\t" else { return nil }
        // Spaces and tabs after the marker, tabs to the next multiple of 4 columns.
        let markerEnd = markerIndent + (cursor - start)
        var column = markerEnd
        var content = cursor
        while content < text.endIndex, text[content] == " " || text[content] == "\t" {
            column = text[content] == "\t" ? column + 4 - column % 4 : column + 1
            content += 1
        }
        if column - markerEnd > 4 {
            // The item starts with indented code: its content begins one column after the marker.
            return ListMarker(ordered: ordered, number: number, delimiter: delimiter, contentStart: cursor + 1,
                              contentIndent: markerEnd + 1, markerIndent: markerIndent, hasContent: true)
        }
        return ListMarker(ordered: ordered, number: number, delimiter: delimiter, contentStart: content,
                          contentIndent: column, markerIndent: markerIndent, hasContent: true)
    }

    /// Strips `width` columns of indentation from a view.
    private func stripIndent(_ view: LineView, width: Int) -> LineView {
        var stripped = view
        var removed = 0
        while removed < width, stripped.start < stripped.end {
            let scalar = source.scalars[stripped.start]
            if scalar == " " { removed += 1 } else if scalar == "\t" { removed += 4 - removed % 4 } else { break }
            stripped.start += 1
        }
        return stripped
    }

    private mutating func parseList(_ lines: ArraySlice<LineView>, from index: Int, context: Context) -> Int {
        var cursor = index
        let depth = (context.list?.depth ?? 0) + 1
        guard let firstMarker = listMarker(lines[index]) else { return index + 1 }
        while cursor < lines.endIndex, let marker = listMarker(lines[cursor]),
              marker.ordered == firstMarker.ordered, marker.delimiter == firstMarker.delimiter {
            var item = [LineView(line: lines[cursor].line, start: marker.contentStart, end: lines[cursor].end)]
            cursor += 1
            var previousBlank = !marker.hasContent
            var pendingBlanks: [LineView] = []
            while cursor < lines.endIndex {
                let view = lines[cursor]
                if isBlank(view) {
                    pendingBlanks.append(view)
                    previousBlank = true
                    cursor += 1
                    continue
                }
                if LineScanning.indentWidth(slice(view)) >= marker.contentIndent {
                    item.append(contentsOf: pendingBlanks)
                    pendingBlanks.removeAll()
                    item.append(stripIndent(view, width: marker.contentIndent))
                    previousBlank = false
                    cursor += 1
                    continue
                }
                if !previousBlank, listMarker(view) == nil, !interruptsParagraph(view) {
                    item.append(view)  // a lazy continuation line
                    cursor += 1
                    continue
                }
                break
            }
            var nested = context
            nested.list = (depth, marker.ordered)
            nested.nesting += 1
            parse(item[...], context: nested)
            if !pendingBlanks.isEmpty, cursor < lines.endIndex, listMarker(lines[cursor]) == nil {
                break  // a blank line then something that is not an item ends the list
            }
        }
        return cursor
    }

    // MARK: Inline content

    /// Scalars that may start inline markup; a paragraph without any is copied as it is.
    private static func mayStartMarkup(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "*", "_", "`", "[", "]", "!", "<", "&", "\\", "~": true
        default: false
        }
    }

    private mutating func emitInline(_ views: [LineView], kind: BlockKind) {
        let plain = views.allSatisfy { view in !source.scalars[view.start..<view.end].contains(where: Self.mayStartMarkup) }
        if plain {
            var builder = BlockBuilder()
            var previous: (line: Int, end: Int)?
            for view in views {
                let text = slice(view)
                let start = LineScanning.firstNonSpace(text)
                let end = LineScanning.endOfContent(text)
                guard start < end else { continue }
                if let previous { builder.appendSeparator(line: previous.line, column: column(previous.end, line: previous.line)) }
                builder.append(contentsOf: source.scalars[start..<end], line: view.line, column: column(start, line: view.line))
                previous = (view.line, end)
            }
            if let block = builder.build(kind) { blocks.append(block) }
            return
        }
        var chars: [Unicode.Scalar] = []
        var lineNumbers: [Int] = []
        var columns: [Int] = []
        for (position, view) in views.enumerated() {
            let text = slice(view)
            let start = LineScanning.firstNonSpace(text)
            let end = LineScanning.endOfContent(text)
            if position > 0, !chars.isEmpty {
                chars.append("\n")
                lineNumbers.append(lineNumbers.last!)
                columns.append(columns.last! + 1)
            }
            for offset in start..<max(start, end) {
                chars.append(source.scalars[offset])
                lineNumbers.append(view.line)
                columns.append(column(offset, line: view.line))
            }
        }
        var builder = BlockBuilder()
        var inline = MarkdownInlineParser(chars: chars, lines: lineNumbers, columns: columns)
        inline.parse(into: &builder)
        if let block = builder.build(kind) { blocks.append(block) }
    }
}
