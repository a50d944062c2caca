/// Accumulates a block's text one scalar at a time together with each scalar's source position.
package struct BlockBuilder {
    package var scalars: [Unicode.Scalar] = []
    var map = SourceMap()

    package init() {}

    package var isEmpty: Bool { scalars.isEmpty }

    /// Appends a scalar with its position; leading white space is not part of a block's text,
    /// so it is dropped (and false returned).
    @discardableResult
    package mutating func append(_ scalar: Unicode.Scalar, line: Int, column: Int) -> Bool {
        if scalars.isEmpty, scalar == " " || scalar == "\t" { return false }
        scalars.append(scalar)
        map.append(line: line, column: column)
        return true
    }

    /// Appends scalars that sit on consecutive columns of one source line.
    package mutating func append(contentsOf run: ArraySlice<Unicode.Scalar>, line: Int, column: Int) {
        scalars.append(contentsOf: run)
        map.appendRun(length: run.count, line: line, column: column)
    }

    /// Appends a single space standing for a line break or other separator in the source,
    /// unless the text is empty or already ends in a space.
    package mutating func appendSeparator(line: Int, column: Int) {
        guard let last = scalars.last, last != " " else { return }
        append(" ", line: line, column: column)
    }

    /// Appends a line break standing for the source's, unless the text is empty or already
    /// ends in a separator: plain text keeps its line ends, so that a short line without
    /// punctuation (a heading, a table row) ends its sentence.
    package mutating func appendLineBreak(line: Int, column: Int) {
        guard let last = scalars.last, last != " ", last != "\n" else { return }
        append("\n", line: line, column: column)
    }

    /// Drops trailing spaces and builds the block, or nil when there is no text.
    package mutating func build(_ kind: BlockKind, part: String? = nil) -> Block? {
        while scalars.last == " " || scalars.last == "\n" {
            scalars.removeLast()
            map.removeLast()
        }
        defer { self = BlockBuilder() }
        guard !scalars.isEmpty else { return nil }
        return Block(kind: kind, scalars: scalars, map: map, part: part)
    }
}
