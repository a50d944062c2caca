import Yams
import TenderLintCore

extension MarkdownBlockParser {
    // MARK: Tables

    func isTableDelimiter(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
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
    func tableCells(_ view: LineView) -> [Range<Int>] {
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

    mutating func parseTable(_ lines: ArraySlice<LineView>, from index: Int) -> Int {
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
    func quoteContentStart(_ view: LineView) -> Int? {
        let text = slice(view)
        let start = LineScanning.firstNonSpace(text)
        guard start - text.startIndex <= 3, start < text.endIndex, text[start] == ">" else { return nil }
        let next = start + 1
        return next < text.endIndex && (text[next] == " " || text[next] == "\t") ? next + 1 : next
    }

    mutating func parseQuote(_ lines: ArraySlice<LineView>, from index: Int, context: Context) -> Int {
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

    func listMarker(_ view: LineView) -> ListMarker? {
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
    func stripIndent(_ view: LineView, width: Int) -> LineView {
        var stripped = view
        var removed = 0
        while removed < width, stripped.start < stripped.end {
            let scalar = source.scalars[stripped.start]
            if scalar == " " { removed += 1 } else if scalar == "\t" { removed += 4 - removed % 4 } else { break }
            stripped.start += 1
        }
        return stripped
    }

    mutating func parseList(_ lines: ArraySlice<LineView>, from index: Int, context: Context) -> Int {
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
    static func mayStartMarkup(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "*", "_", "`", "[", "]", "!", "<", "&", "\\", "~": true
        default: false
        }
    }

    mutating func emitInline(_ views: [LineView], kind: BlockKind) {
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
