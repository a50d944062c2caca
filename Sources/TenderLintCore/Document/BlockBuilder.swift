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

    /// Joins a word broken over two lines with a hyphen, as text taken from a PDF has it
    /// (`upphand-` / `lare`): when the text ends in a lower-case letter and a hyphen and the next
    /// line starts with `next`, a lower-case word that is not one that follows a compound's
    /// hyphen (`upphandlings- och avtalsfrågor`), the hyphen is dropped from the block text and
    /// true returned: the caller then appends the next line with no break. The source map keeps
    /// the rest, so a finding on the joined word still covers `upphand-⏎lare` in the file.
    package mutating func joinHyphenatedBreak(before next: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalars.count >= 3, scalars[scalars.count - 1] == "-",
              scalars[scalars.count - 2].properties.isLowercase, scalars[scalars.count - 3].properties.isLowercase,
              let first = next.first, first.properties.isLowercase else { return false }
        let word = String(String.UnicodeScalarView(next.prefix { $0.properties.isAlphabetic }))
        guard !Self.afterCompoundHyphen.contains(word) else { return false }
        scalars.removeLast()
        map.removeLast()
        return true
    }

    /// Words that follow a hyphen ending the first part of a compound: `upphandlings- och
    /// avtalsfrågor`, `små- eller medelstora`.
    static let afterCompoundHyphen: Set<String> = [
        "och", "eller", "samt", "respektive", "resp", "som", "till", "men", "liksom", "än", "och/eller",
    ]

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
