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

/// Counts over a whole document: LIX for the whole and for each section.
public struct DocumentMetrics: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        /// The heading, or nil for the text before the first one.
        public var heading: String?
        public var count: LIXCount
    }

    public var total = LIXCount()
    /// Sections in reading order, each with the text up to the next heading.
    public var sections: [Section] = []
    /// The document's accessibility score, when it has been scored.
    public var score: AccessibilityScore?

    public init() {}

    public var words: Int { total.words }
    public var sentences: Int { total.sentences }
    public var longWords: Int { total.longWords }
    public var lix: Double { total.lix }

    /// Adds one block of the main text: a heading opens a section, other blocks count.
    mutating func add(_ text: TokenizedText, block: Block) {
        add(block.kind.isHeading ? LIXCount() : LIXCount.of(text), block: block)
    }

    /// The same with the block's count already made (`BlockContext.lix`).
    mutating func add(_ count: LIXCount, block: Block) {
        if block.kind.isHeading {
            sections.append(Section(heading: block.text, count: LIXCount()))
            return
        }
        total.add(count)
        if sections.isEmpty { sections.append(Section(heading: nil, count: LIXCount())) }
        sections[sections.count - 1].count.add(count)
    }
}
