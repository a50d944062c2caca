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
