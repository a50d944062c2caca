import Yams
import TenderLintCore

extension MarkdownBlockParser {
    // MARK: Leaf blocks

    func fenceOpening(_ text: ArraySlice<Unicode.Scalar>) -> (char: Unicode.Scalar, length: Int, indent: Int)? {
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

    func skipFencedCode(
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

    func skipIndentedCode(_ lines: ArraySlice<LineView>, from index: Int) -> Int {
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

    func atxHeading(_ view: LineView) -> (level: Int, start: Int, end: Int)? {
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

    func isThematicBreak(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
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

    func setextLevel(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        let start = LineScanning.firstNonSpace(text)
        guard start - text.startIndex <= 3, start < text.endIndex else { return nil }
        let char = text[start]
        guard char == "=" || char == "-" else { return nil }
        let end = LineScanning.endOfContent(text)
        guard text[start..<end].allSatisfy({ $0 == char }) else { return nil }
        return char == "=" ? 1 : 2
    }

    func startsHTMLComment(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = LineScanning.firstNonSpace(text)
        return start - text.startIndex <= 3 && text[start...].starts(with: "<!--".unicodeScalars)
    }

    static let htmlBlockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "div", "dl", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "script", "section",
        "style", "table", "ul",
    ]

    func startsHTMLBlock(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
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

    func skipUntilBlank(_ lines: ArraySlice<LineView>, from index: Int) -> Int {
        var cursor = index
        while cursor < lines.endIndex, !isBlank(lines[cursor]) { cursor += 1 }
        return cursor
    }

    mutating func readComment(_ lines: ArraySlice<LineView>, from index: Int) -> Int {
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

    static func find(_ needle: String, in text: ArraySlice<Unicode.Scalar>, from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        var cursor = start
        while cursor + pattern.count <= text.endIndex {
            if text[cursor..<(cursor + pattern.count)].elementsEqual(pattern) { return cursor }
            cursor += 1
        }
        return nil
    }

    mutating func parseParagraph(_ lines: ArraySlice<LineView>, from index: Int, context: Context) -> Int {
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

    func interruptsParagraph(_ view: LineView) -> Bool {
        let text = slice(view)
        if LineScanning.indentWidth(text) >= 4 { return false }
        if fenceOpening(text) != nil || atxHeading(view) != nil || isThematicBreak(text) { return true }
        if startsHTMLComment(text) || startsHTMLBlock(text) || quoteContentStart(view) != nil { return true }
        if let marker = listMarker(view), marker.hasContent, !marker.ordered || marker.number == 1 { return true }
        return false
    }
}
