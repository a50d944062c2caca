/// A fixed set of token hashes (`Token.hash`), probed without `Hasher`: the hashes are
/// already well mixed, so their low bits index an open-addressing table directly.
package struct TokenHashSet: Sendable {
    private var slots: [UInt64]
    private let mask: Int
    private let hasZero: Bool

    package init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        let values = Set(hashes)
        var capacity = 16
        while capacity < values.count * 4 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        hasZero = values.contains(0)
        for value in values where value != 0 {
            var index = Int(truncatingIfNeeded: value ^ (value >> 29)) & mask
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = value
        }
    }

    /// The hashes of words as the tokenizer keys them.
    package init(words: [String]) {
        self.init(words.map { Tokenizer.hash(Array($0.unicodeScalars)[...]) })
    }

    @inline(__always)
    package func contains(_ value: UInt64) -> Bool {
        if value == 0 { return hasZero }
        var index = Int(truncatingIfNeeded: value ^ (value >> 29)) & mask
        while true {
            let slot = slots[index]
            if slot == value { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }
}
