import TenderLintLanguage

/// A finding's identity that survives edits elsewhere in the file: a hash of the rule, the
/// matched words and up to three words on each side, but not of the position. Built from
/// the tokens' own key hashes, so it costs no strings.
package enum Fingerprint {
    /// FNV-1a of a string's UTF-8: the same in every run (unlike `hashValue`).
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    package static func make(rule: String, text: TokenizedText, range: Range<Int>) -> String {
        let tokens = text.tokens
        // The first token that ends after the range starts.
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].end <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < tokens.count, tokens[end].start < range.upperBound { end += 1 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: UInt64) {
            hash = (hash ^ value) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
        }
        for byte in rule.utf8 { mix(UInt64(byte)) }
        mix(0x1F)
        for token in tokens[low..<end] { mix(token.hash) }
        mix(0x1E)
        var taken = 0
        var index = low - 1
        while index >= 0, taken < 3 {
            if tokens[index].kind != .punctuation { mix(tokens[index].hash); taken += 1 }
            index -= 1
        }
        mix(0x1D)
        taken = 0
        index = end
        while index < tokens.count, taken < 3 {
            if tokens[index].kind != .punctuation { mix(tokens[index].hash); taken += 1 }
            index += 1
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
