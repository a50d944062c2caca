/// A finding's identity that survives edits elsewhere in the file: a hash of the rule, the
/// matched words and up to three words on each side, but not of the position.
enum Fingerprint {
    static func make(rule: String, tokens: [Token], range: Range<Int>) -> String {
        let inside = tokens.filter { $0.start >= range.lowerBound && $0.end <= range.upperBound }.map(\.key)
        let before = tokens.filter { $0.end <= range.lowerBound && $0.kind != .punctuation }.suffix(3).map(\.key)
        let after = tokens.filter { $0.start >= range.upperBound && $0.kind != .punctuation }.prefix(3).map(\.key)
        let text = [rule, inside.joined(separator: " "), before.joined(separator: " "), after.joined(separator: " ")]
            .joined(separator: "|")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
