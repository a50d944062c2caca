import TenderLintCore
import TenderLintLanguage

/// One block as a rule sees it: its text, its tokens and sentences (computed once), and the
/// document around it. The UTF-16 view that regular expressions need is built on first use.
public final class BlockContext {
    public let document: Document
    public let blockIndex: Int
    public let tokens: TokenizedText
    /// What is known about the contract: the document's front matter, then what its text
    /// states, then the configuration.
    public var contract: ContractFacts { documentContext.contract }
    /// Facts about the whole document, shared by its blocks.
    public let documentContext: DocumentContext

    public var block: Block { document.blocks[blockIndex] }

    public init(
        document: Document, blockIndex: Int, tokens: TokenizedText, documentContext: DocumentContext? = nil
    ) {
        self.document = document
        self.blockIndex = blockIndex
        self.tokens = tokens
        self.documentContext = documentContext ?? DocumentContext(document: document)
    }

    /// The legal citations in the block, found on first use and shared by every rule.
    public private(set) lazy var citations: [LegalCitation] = LegalCitationRecognizer(tokens).citations()

    /// The block's LIX count, made once for the document's metrics and the readability rules.
    public private(set) lazy var lix: LIXCount = LIXCount.of(tokens)

    /// The quantities in the block (numbers, money, durations, distances, dates), found on first use.
    public private(set) lazy var quantities: [Quantity] = QuantityRecognizer(tokens).quantities()

    /// Whether tokens look like part of a proper name: capitalized though not the first word of
    /// their sentence, next to another such word (`Samtliga Fastigheter AB`, `Region Örebro län`).
    public func isProperName(tokens range: Range<Int>) -> Bool {
        let all = tokens.tokens
        let first = all[range.lowerBound]
        guard first.isCapitalized, range.lowerBound > 0, all[range.lowerBound - 1].sentence == first.sentence else { return false }
        func capitalizedWord(_ index: Int) -> Bool {
            index >= 0 && index < all.count && all[index].kind == .word && all[index].isCapitalized
                && all[index].sentence == first.sentence
                && (index > 0 && all[index - 1].sentence == first.sentence)
        }
        return capitalizedWord(range.upperBound) || capitalizedWord(range.lowerBound - 1)
    }

    /// Whether a range of the text lies within a legal citation (where word rules keep quiet);
    /// a statute's bare name (`LOU`) does not count.
    public func isInCitation(_ range: Range<Int>) -> Bool {
        citations.contains { citation in
            guard citation.kind != .name else { return false }
            let covered = scalarRange(tokens: citation.tokens)
            return covered.lowerBound < range.upperBound && range.lowerBound < covered.upperBound
        }
    }

    /// The texts of the block's sentences (or the whole block), built on first use and
    /// shared by every regular-expression rule.
    public func scopeTexts(_ scope: RegexSearch.Scope) -> [ScopeText] {
        switch scope {
        case .sentence:
            if let sentenceTexts { return sentenceTexts }
            let texts = tokens.sentences.indices.map { ScopeText(block.scalars, range: tokens.scalarRange(ofSentence: $0)) }
            sentenceTexts = texts
            return texts
        case .block:
            if let blockText { return blockText }
            let texts = block.scalars.isEmpty ? [] : [ScopeText(block.scalars, range: 0..<block.scalars.count)]
            blockText = texts
            return texts
        }
    }

    private var sentenceTexts: [ScopeText]?
    private var blockText: [ScopeText]?

    /// The tokens' scalar range for a token index range.
    public func scalarRange(tokens range: Range<Int>) -> Range<Int> {
        tokens.tokens[range.lowerBound].start..<tokens.tokens[range.upperBound - 1].end
    }
}
