import TenderLintCore
import TenderLintLanguage
import TenderLintRules

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
    /// Blocks written in another language than Swedish (an English summary), which the
    /// Swedish rules and the counts above skip.
    public var otherLanguages: [Passage] = []
    /// Words in those blocks.
    public var otherLanguageWords = 0

    public struct Passage: Sendable, Equatable {
        /// ISO 639-1 code (`en`).
        public var language: String
        public var range: SourceRange
    }

    /// The document's language: Swedish unless most of its words are in another language.
    public var language: String {
        guard otherLanguageWords > total.words else { return "sv" }
        return Dictionary(grouping: otherLanguages, by: \.language).max { $0.value.count < $1.value.count }?.key ?? "sv"
    }

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
