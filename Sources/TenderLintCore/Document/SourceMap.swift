/// Maps every scalar offset of a block's text back to where that scalar sits in the file.
///
/// Stored as runs: a run starts at a text offset and covers consecutive scalars that sit
/// on consecutive columns of one source line, so a plain paragraph costs one run per line.
public struct SourceMap: Sendable, Equatable {
    private var runStarts: [Int] = []
    private var runLines: [Int32] = []
    private var runColumns: [Int32] = []
    /// Number of text scalars mapped so far.
    public private(set) var count = 0

    public init() {}

    /// Records where the next text scalar came from.
    public mutating func append(line: Int, column: Int) {
        if let lastLine = runLines.last, Int(lastLine) == line,
           let lastStart = runStarts.last, let lastColumn = runColumns.last,
           Int(lastColumn) + (count - lastStart) == column {
            count += 1
            return
        }
        runStarts.append(count)
        runLines.append(Int32(line))
        runColumns.append(Int32(column))
        count += 1
    }

    /// Records that the next `length` text scalars come from consecutive columns of one line.
    public mutating func appendRun(length: Int, line: Int, column: Int) {
        guard length > 0 else { return }
        append(line: line, column: column)
        count += length - 1
    }

    /// Forgets the last mapped scalar.
    public mutating func removeLast() {
        precondition(count > 0)
        count -= 1
        if runStarts.last == count {
            runStarts.removeLast()
            runLines.removeLast()
            runColumns.removeLast()
        }
    }

    /// The source position of the text scalar at `offset` (0-based).
    public func position(at offset: Int) -> SourcePosition {
        precondition(!runStarts.isEmpty, "position requested in an empty source map")
        var low = 0
        var high = runStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if runStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourcePosition(line: Int(runLines[low]), column: Int(runColumns[low]) + offset - runStarts[low])
    }

    /// The source range covered by the text scalars in `range` (which must not be empty).
    public func range(_ range: Range<Int>) -> SourceRange {
        let start = position(at: range.lowerBound)
        var end = position(at: range.upperBound - 1)
        end.column += 1
        return SourceRange(start: start, end: end)
    }
}
