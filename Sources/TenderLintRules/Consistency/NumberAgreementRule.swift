import TenderLintCore
import TenderLintLanguage

/// A number written twice that disagrees with itself: `tre (4) referensuppdrag`. Which one
/// the writer meant cannot be known, and a supplier cannot know either.
public struct NumberAgreementRule: Rule {
    public let metadata: RuleMetadata

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        // Only blocks with a parenthesis can hold one.
        guard context.block.scalars.contains("(") else { return }
        for mismatch in QuantityRecognizer(context.tokens).numberWordMismatches() {
            let range = context.scalarRange(tokens: mismatch.tokens)
            findings.append(RuleFinding(range: range, message: MessageTemplate.fill(metadata.message, values: [
                "match": context.block.text(in: range), "value": Quantity.group(Double(mismatch.word)),
                "other": Quantity.group(mismatch.digits),
            ])))
        }
    }
}

extension NumberAgreementRule: RuleKind {
    static let name = "number-agreement"
    static let keys: [String] = []
}
