import TenderLintCore

/// A long sentence: over `suggestionAbove` words (default 25) a suggestion, over
/// `warningAbove` (default 40) a warning. Words are counted as LIX counts them.
public struct SentenceLengthRule: Rule {
    public let metadata: RuleMetadata
    let suggestionAbove: Int
    let warningAbove: Int

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        suggestionAbove = try yaml.int("suggestionAbove") ?? 25
        warningAbove = try yaml.int("warningAbove") ?? 40
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !context.block.kind.isHeading, context.block.part == nil else { return }
        let text = context.tokens
        for (index, sentence) in text.sentences.enumerated() {
            let words = sentence.reduce(0) { $0 + (text.tokens[$1].isWordLike ? 1 : 0) }
            guard words > suggestionAbove else { continue }
            findings.append(RuleFinding(
                range: text.scalarRange(ofSentence: index),
                message: MessageTemplate.fill(metadata.message, values: [
                    "value": String(words), "limit": String(words > warningAbove ? warningAbove : suggestionAbove),
                ]),
                severity: words > warningAbove ? .warning : .suggestion))
        }
    }
}

extension SentenceLengthRule: RuleKind {
    static let name = "sentence-length"
    static let keys = ["suggestionAbove", "warningAbove"]
}
