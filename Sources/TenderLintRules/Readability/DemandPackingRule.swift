import TenderLintCore

/// A requirement sentence that packs several demands: `minimumDemands` (default 3) demand
/// words (`ska`, `måste`), or two and a run-on list of at least `minimumListItems` (default 4)
/// items. Suggests a bulleted list, one demand per item.
public struct DemandPackingRule: Rule {
    public let metadata: RuleMetadata
    let demands: [String]
    let minimumDemands: Int
    let minimumListItems: Int

    public var terms: [TermSpec] { demands.enumerated().map { TermSpec(text: $1, payload: $0) } }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        demands = try yaml.stringList("demand") ?? []
        if demands.isEmpty { throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen demand-packing behöver ”demand”") }
        minimumDemands = try yaml.int("minimumDemands") ?? 3
        minimumListItems = try yaml.int("minimumListItems") ?? 4
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard hits.count >= 2, !context.block.kind.isHeading else { return }
        let text = context.tokens
        for (index, sentence) in text.sentences.enumerated() {
            let count = hits.filter { sentence.contains($0.tokens.lowerBound) }.count
            guard count >= 2 else { continue }
            // Items of a run-on list: the parts between commas and a final `och`/`samt`.
            let separators = sentence.filter { text.key(of: text.tokens[$0]) == "," }.count
            let items = separators > 0 ? separators + 1 : 0
            guard count >= minimumDemands || items >= minimumListItems else { continue }
            findings.append(RuleFinding(
                range: text.scalarRange(ofSentence: index),
                message: MessageTemplate.fill(metadata.message, values: ["value": String(count), "detail": String(items)])))
        }
    }
}

extension DemandPackingRule: RuleKind {
    static let name = "demand-packing"
    static let keys = ["demand", "minimumDemands", "minimumListItems"]
}
