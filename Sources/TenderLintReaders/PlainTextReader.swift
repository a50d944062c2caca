import TenderLintCore

/// Reads plain text: paragraphs split on blank lines, numbered heading lines (`3.2 Referensuppdrag`)
/// and capitals-only lines as headings, the first short line as the title, and lines starting
/// with a list marker as list items.
public enum PlainTextReader {
    public static func read(_ decoded: TextDecoder.Decoded, path: String) -> Document {
        let source = SourceText(scalars: decoded.scalars)
        var blocks: [Block] = []
        var group: [Int] = []
        for line in 1...source.lineCount {
            if LineScanning.isBlank(source.line(line)) {
                appendGroup(group, source: source, into: &blocks)
                group.removeAll()
            } else {
                group.append(line)
            }
        }
        appendGroup(group, source: source, into: &blocks)
        return Document(
            path: path, format: .text, blocks: blocks, source: source,
            encoding: decoded.encoding, notices: decoded.notices)
    }

    private static func appendGroup(_ lines: [Int], source: SourceText, into blocks: inout [Block]) {
        guard let first = lines.first else { return }
        var rest = lines[...]
        let firstLine = source.line(first)
        let firstMarker = LineScanning.plainListMarker(firstLine)
        let secondLine = lines.count > 1 ? source.line(lines[1]) : nil
        let secondMarker = secondLine.flatMap(LineScanning.plainListMarker)
        // `1. Blankett` over `2. Prisbilaga` is a numbered list, not a heading above a list; and
        // a heading is never followed by the rest of its sentence on a lowercase line.
        let numberedList = firstMarker?.ordered == true && secondMarker?.ordered == true
        let sentenceGoesOn = secondLine.map { line in
            let start = LineScanning.firstNonSpace(line)
            return start < line.endIndex && line[start].properties.isLowercase
        } ?? false
        if !numberedList, !sentenceGoesOn {
            var level = LineScanning.numberedHeadingLevel(firstLine)
            if level == nil, lines.count == 1, LineScanning.isCapitalsHeading(firstLine) { level = 1 }
            if level == nil, blocks.isEmpty, lines.count == 1, firstMarker == nil,
               LineScanning.isHeadingShaped(firstLine) {
                level = 1  // the document's title
            }
            // A short unnumbered line over its text, as real clauses are written
            // (`Personalkontinuitet` over `En brukare ska …`): a subheading.
            if level == nil, let secondLine, firstMarker == nil,
               LineScanning.isShortHeadingLine(firstLine, over: secondLine, nextIsListItem: secondMarker != nil) {
                level = blocks.isEmpty ? 1 : 2
            }
            if let level {
                var builder = BlockBuilder()
                appendLine(first, source: source, from: LineScanning.firstNonSpace(firstLine), to: &builder)
                if let block = builder.build(.heading(level: level)) { blocks.append(block) }
                rest = rest.dropFirst()
            }
        }
        var builder = BlockBuilder()
        var kind = BlockKind.paragraph
        for line in rest {
            let text = source.line(line)
            if let marker = LineScanning.plainListMarker(text) {
                if let block = builder.build(kind) { blocks.append(block) }
                let indent = LineScanning.indentWidth(text)
                kind = .listItem(depth: indent < 2 ? 1 : indent < 6 ? 2 : 3, ordered: marker.ordered)
                appendLine(line, source: source, from: marker.content, to: &builder)
            } else {
                appendLine(line, source: source, from: LineScanning.firstNonSpace(text), to: &builder)
            }
        }
        if let block = builder.build(kind) { blocks.append(block) }
    }

    /// Appends the content of a line from scalar index `start`, preceded by a line break
    /// standing for the previous line's.
    private static func appendLine(_ line: Int, source: SourceText, from start: Int, to builder: inout BlockBuilder) {
        let text = source.line(line)
        let end = LineScanning.endOfContent(text)
        guard start < end else { return }
        if !builder.isEmpty, line > 1, !builder.joinHyphenatedBreak(before: text[start..<end]) {
            let previous = source.line(line - 1)
            builder.appendLineBreak(line: line - 1, column: LineScanning.endOfContent(previous) - previous.startIndex + 1)
        }
        builder.append(contentsOf: text[start..<end], line: line, column: start - text.startIndex + 1)
    }
}
