/// One block as a rule sees it: its text, its tokens and sentences (computed once), and the
/// document around it. The UTF-16 view that regular expressions need is built on first use.
public final class BlockContext {
    public let document: Document
    public let blockIndex: Int
    public let tokens: TokenizedText
    /// What is known about the contract: the document's front matter, then the configuration.
    public let contract: ContractFacts

    public var block: Block { document.blocks[blockIndex] }

    public init(document: Document, blockIndex: Int, tokens: TokenizedText, contract: ContractFacts = ContractFacts()) {
        self.document = document
        self.blockIndex = blockIndex
        self.tokens = tokens
        self.contract = contract
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
