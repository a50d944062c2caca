/// Counts over a whole document.
public struct DocumentMetrics: Sendable, Equatable {
    public var words = 0
    public var sentences = 0
    /// Words longer than six letters, for LIX.
    public var longWords = 0

    public init() {}

    /// Läsbarhetsindex: words per sentence plus the percentage of long words.
    public var lix: Double {
        guard words > 0, sentences > 0 else { return 0 }
        return Double(words) / Double(sentences) + 100 * Double(longWords) / Double(words)
    }

    mutating func add(_ text: TokenizedText) {
        var lastSentence = -1
        for token in text.tokens where token.isWordLike {
            words += 1
            if token.sentence != lastSentence {
                sentences += 1
                lastSentence = token.sentence
            }
            guard token.range.count > 6 else { continue }
            var letters = 0
            for scalar in text.scalars[token.range] where Tokenizer.isLetter(scalar) { letters += 1 }
            if letters > 6 { longWords += 1 }
        }
    }
}
