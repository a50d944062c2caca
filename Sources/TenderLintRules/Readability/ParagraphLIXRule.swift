import TenderLintCore
import TenderLintLanguage

/// A paragraph that is hard to read: LIX above `maximum` (default 55) in a paragraph of at
/// least `minimumWords` (default 40) words and `minimumSentences` (default 2) sentences: a
/// paragraph of one long sentence is the sentence-length rule's. Headings are not paragraphs.
public struct ParagraphLIXRule: Rule {
    public let metadata: RuleMetadata
    let maximum: Double
    let minimumWords: Int
    let minimumSentences: Int

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        maximum = try yaml.double("maximum") ?? 55
        minimumWords = try yaml.int("minimumWords") ?? 40
        minimumSentences = try yaml.int("minimumSentences") ?? 2
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !context.block.kind.isHeading, context.block.part == nil, let first = context.tokens.tokens.first else { return }
        let count = context.lix
        guard count.words >= minimumWords, count.sentences >= minimumSentences, count.lix > maximum else { return }
        let range = first.start..<context.tokens.tokens[context.tokens.tokens.count - 1].end
        let perSentence = Double(count.words) / Double(max(count.sentences, 1))
        let longShare = 100 * Double(count.longWords) / Double(count.words)
        findings.append(RuleFinding(range: range, message: MessageTemplate.fill(metadata.message, values: [
            "value": Quantity.oneDecimal(count.lix), "limit": Quantity.oneDecimal(maximum),
            "detail": "\(Quantity.oneDecimal(perSentence)) ord per mening, \(Quantity.oneDecimal(longShare)) % långa ord",
            "other": LIXCount.band(count.lix),
        ])))
    }
}

extension ParagraphLIXRule: RuleKind {
    static let name = "lix"
    static let keys = ["maximum", "minimumWords", "minimumSentences"]
}
