/// Cheap looks at a block's scalars before anything is tokenized: document-wide checks use
/// them to skip the many blocks that cannot matter.
package enum ScalarScan {
    /// Whether the scalars hold any of the lowercase `needles`, case-insensitively.
    package static func containsAny(_ scalars: [Unicode.Scalar], _ needles: [[Unicode.Scalar]]) -> Bool {
        firstOccurrence(scalars, needles, from: 0) != nil
    }

    /// Where the first of the lowercase `needles` starts at or after `from`, case-insensitively.
    package static func firstOccurrence(_ scalars: [Unicode.Scalar], _ needles: [[Unicode.Scalar]], from: Int) -> Int? {
        // First letters as a bit mask over ASCII and a short list beyond it: no hashing per scalar.
        var mask: (UInt64, UInt64) = (0, 0)
        var others: [Unicode.Scalar] = []
        for needle in needles {
            guard let first = needle.first else { continue }
            switch first.value {
            case 0..<64: mask.0 |= 1 << UInt64(first.value)
            case 64..<128: mask.1 |= 1 << UInt64(first.value - 64)
            default: others.append(first)
            }
        }
        for start in max(0, from)..<max(from, scalars.count) {
            let value = scalars[start].value
            let candidate: Bool
            switch value {
            case 0..<64: candidate = mask.0 & (1 << UInt64(value)) != 0
            case 64..<91: candidate = mask.1 & (1 << UInt64(value + 32 - 64)) != 0  // A–Z as a–z
            case 91..<128: candidate = mask.1 & (1 << UInt64(value - 64)) != 0
            default: candidate = !others.isEmpty && others.contains(Tokenizer.lowercase(scalars[start]))
            }
            guard candidate else { continue }
            let first = Tokenizer.lowercase(scalars[start])
            for needle in needles where needle.first == first && start + needle.count <= scalars.count {
                var offset = 1
                // A line break in the text stands for the space in a needle ("välj\nett objekt").
                while offset < needle.count,
                      Tokenizer.lowercase(scalars[start + offset]) == needle[offset]
                        || (needle[offset] == " " && scalars[start + offset] == "\n") { offset += 1 }
                if offset == needle.count { return start }
            }
        }
        return nil
    }
}
