import Foundation

/// A sentence or block as a `String` for regular expressions, with the mapping from the
/// UTF-16 offsets they return back to scalar offsets in the block.
public struct ScopeText {
    public let range: Range<Int>
    public let string: String
    /// UTF-16 offset of each scalar (plus the end), or nil when all scalars are in the BMP.
    private let utf16Offsets: [Int]?

    init(_ scalars: [Unicode.Scalar], range: Range<Int>) {
        self.range = range
        let slice = scalars[range]
        // A plain-text block keeps its line breaks; patterns see them as the spaces they stand
        // for ("Klicka här för att\nange text"), one scalar for one, so offsets still agree.
        string = String(String.UnicodeScalarView(slice.lazy.map { $0 == "\n" ? " " : $0 }))
        if slice.contains(where: { $0.value > 0xFFFF }) {
            var offsets: [Int] = []
            offsets.reserveCapacity(slice.count + 1)
            var offset = 0
            for scalar in slice {
                offsets.append(offset)
                offset += scalar.value > 0xFFFF ? 2 : 1
            }
            offsets.append(offset)
            utf16Offsets = offsets
        } else {
            utf16Offsets = nil
        }
    }

    var nsRange: NSRange { NSRange(location: 0, length: utf16Offsets?.last ?? range.count) }

    /// The block scalar range of a UTF-16 range within this text.
    func scalarRange(_ found: NSRange) -> Range<Int> {
        guard let offsets = utf16Offsets else {
            return (range.lowerBound + found.location)..<(range.lowerBound + found.location + found.length)
        }
        let lower = Self.firstIndex(in: offsets, atLeast: found.location)
        let upper = Self.firstIndex(in: offsets, atLeast: found.location + found.length)
        return (range.lowerBound + lower)..<(range.lowerBound + upper)
    }

    private static func firstIndex(in offsets: [Int], atLeast value: Int) -> Int {
        var low = 0, high = offsets.count - 1
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
