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
        var sentencesWithWords = Set<Int>()
        for token in text.tokens where token.isWordLike {
            words += 1
            sentencesWithWords.insert(token.sentence)
            var letters = 0
            for scalar in token.key.unicodeScalars where Tokenizer.isLetter(scalar) { letters += 1 }
            if letters > 6 { longWords += 1 }
        }
        sentences += sentencesWithWords.count
    }
}
