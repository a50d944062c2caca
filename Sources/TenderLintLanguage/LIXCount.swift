/// What LIX (läsbarhetsindex) counts over some text: words, sentences and long words.
///
/// - A word is a token of letters (with digits or hyphens inside: `e-post`, `LOU:s`) or an
///   abbreviation (`t.ex.` is one word). Numbers written in digits (`2027`, `4.3`, `17 §`) are
///   not words; number words (`tre`) are.
/// - A long word has more than six letters; digits, hyphens and other marks do not count.
/// - A sentence ends at `.`, `!`, `?` or `:` before a capital, and at the end of every block (a
///   list item or table cell is a sentence of its own) — but not after an abbreviation
///   (`bl.a.`, `kap.`, `st.`), a legal citation (`4 kap. 17 §`), a number or an initial. Only
///   sentences with a word count.
/// - Headings are labels, not sentences, and are left out.
public struct LIXCount: Sendable, Equatable {
    public var words = 0
    public var sentences = 0
    /// Words longer than six letters.
    public var longWords = 0
    /// Words in sentences of more than `longSentence` words.
    public var wordsInLongSentences = 0
    public var longSentences = 0

    /// A sentence of more than this many words is long (for the accessibility score).
    public static let longSentence = 25

    public init() {}

    /// Words per sentence plus the percentage of long words; 0 for no text.
    public var lix: Double {
        guard words > 0, sentences > 0 else { return 0 }
        return Double(words) / Double(sentences) + 100 * Double(longWords) / Double(words)
    }

    /// The published band of a LIX value, in Swedish.
    public static func band(_ lix: Double) -> String {
        switch lix {
        case ..<30: "mycket lättläst"
        case ..<40: "lättläst"
        case ..<50: "medelsvår"
        case ..<60: "svår"
        default: "mycket svår"
        }
    }

    public mutating func add(_ text: TokenizedText) {
        var lastSentence = -1
        var inSentence = 0
        func endSentence() {
            if inSentence > Self.longSentence {
                longSentences += 1
                wordsInLongSentences += inSentence
            }
            inSentence = 0
        }
        defer { endSentence() }
        for token in text.tokens where token.isWordLike {
            words += 1
            if token.sentence != lastSentence {
                endSentence()
                sentences += 1
                lastSentence = token.sentence
            }
            inSentence += 1
            guard token.range.count > 6 else { continue }
            var letters = 0
            for scalar in text.scalars[token.range] where Tokenizer.isLetter(scalar) { letters += 1 }
            if letters > 6 { longWords += 1 }
        }
    }

    public mutating func add(_ other: LIXCount) {
        words += other.words
        sentences += other.sentences
        longWords += other.longWords
        wordsInLongSentences += other.wordsInLongSentences
        longSentences += other.longSentences
    }

    /// The count of one text.
    public static func of(_ text: TokenizedText) -> LIXCount {
        var count = LIXCount()
        count.add(text)
        return count
    }
}
