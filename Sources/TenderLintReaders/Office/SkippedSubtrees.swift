/// Follows the elements whose whole content a reader leaves out (deleted text, comments,
/// fallbacks): once one opens, everything until its end is skipped.
struct SkippedSubtrees {
    let names: Set<String>
    private var depth = 0

    init(_ names: Set<String>) {
        self.names = names
    }

    var isSkipping: Bool { depth > 0 }

    /// Call at every element start: true when the element is to be skipped (it is inside a
    /// skipped subtree or starts one).
    mutating func enter(_ name: String) -> Bool {
        if depth > 0 || names.contains(name) {
            depth += 1
            return true
        }
        return false
    }

    /// Skips the element just entered, for reasons other than its name.
    mutating func skipEntered() {
        depth = 1
    }

    /// Call at every element end: true when the element was skipped.
    mutating func leave() -> Bool {
        guard depth > 0 else { return false }
        depth -= 1
        return true
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The valid UTF-8 libxml2 hands over, one scalar's bytes at a time.
    package func forEachScalarSlice(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var index = 0
        while index < count {
            let lead = self[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            body(UnsafeBufferPointer(rebasing: self[index..<Swift.min(index + length, count)]))
            index += length
        }
    }

    /// The UTF-8 bytes libxml2 hands over, as scalars (an invalid sequence as U+FFFD).
    func forEachScalar(_ body: (Unicode.Scalar) -> Void) {
        var iterator = makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): body(scalar)
            case .emptyInput: return
            case .error: body("\u{FFFD}")
            }
        }
    }
}
