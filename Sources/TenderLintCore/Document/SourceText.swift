/// The decoded text of a text-based source file, kept so that reports can quote it exactly.
public struct SourceText: Sendable, Equatable {
    /// Every scalar of the file, line terminators included.
    public let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each line; line `n` (1-based) starts at `lineStarts[n - 1]`.
    public let lineStarts: [Int]
    /// Offset just past each line's content, before its terminator.
    public let lineEnds: [Int]

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var starts = [0]
        var ends: [Int] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                ends.append(index)
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        ends.append(scalars.count)
        lineStarts = starts
        lineEnds = ends
    }

    public var lineCount: Int { lineStarts.count }

    /// The content of line `line` (1-based), without its terminator.
    public func line(_ line: Int) -> ArraySlice<Unicode.Scalar> {
        scalars[lineStarts[line - 1]..<lineEnds[line - 1]]
    }

    /// The scalar offset of a position, or nil when the position is outside the file.
    public func offset(of position: SourcePosition) -> Int? {
        guard position.line >= 1, position.line <= lineStarts.count else { return nil }
        let offset = lineStarts[position.line - 1] + position.column - 1
        guard position.column >= 1, offset <= lineEnds[position.line - 1] + 1 else { return nil }
        return min(offset, scalars.count)
    }

    /// The exact source text between two positions, line terminators included.
    public func text(in range: SourceRange) -> String? {
        guard let start = offset(of: range.start), let end = offset(of: range.end), start <= end else { return nil }
        var string = String.UnicodeScalarView()
        string.append(contentsOf: scalars[start..<end])
        return String(string)
    }
}
