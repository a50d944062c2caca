/// Escaping done scalar by scalar: a character that a combining mark follows is one Swift
/// `Character` but still, to a browser or to GitHub, the quote, comma or newline it starts with.
package enum ScalarEscaping {
    /// The text with each scalar that `replacement` names replaced by what it returns.
    package static func escape(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) { result.append(contentsOf: replaced.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }
}
