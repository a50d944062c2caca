import TenderLintCore

/// Answers "does anything start or end at this position?" for every scalar of an annotated
/// part without hashing each one: the columns of each paragraph are sorted, and a cursor per
/// paragraph moves forward with the text (a nested paragraph, a text box, interrupts its outer
/// paragraph and hands back to where that one was).
struct BoundaryIndex {
    private var columns: [Int: [Int]] = [:]
    private var cursors: [Int: Int] = [:]
    private var paragraph = -1
    private var current: [Int] = []
    private var index = 0

    init(_ positions: some Sequence<SourcePosition>) {
        var byParagraph: [Int: Set<Int>] = [:]
        for position in positions { byParagraph[position.line, default: []].insert(position.column) }
        columns = byParagraph.mapValues { $0.sorted() }
    }

    /// Whether a paragraph has any boundary at all.
    func contains(paragraph: Int) -> Bool { columns[paragraph] != nil }

    /// Whether a paragraph has a boundary in a range of columns.
    func contains(paragraph: Int, columns range: ClosedRange<Int>) -> Bool {
        guard let list = columns[paragraph] else { return false }
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low] <= range.upperBound
    }

    mutating func contains(_ position: SourcePosition) -> Bool {
        if position.line != paragraph {
            if paragraph >= 0 { cursors[paragraph] = index }
            paragraph = position.line
            current = columns[paragraph] ?? []
            index = cursors[paragraph] ?? 0
        }
        while index < current.count, current[index] < position.column { index += 1 }
        return index < current.count && current[index] == position.column
    }
}
