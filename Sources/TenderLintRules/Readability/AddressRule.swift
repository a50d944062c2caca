import TenderLintCore

/// A document that never speaks to the reader: no `ni`/`du` for the supplier and no `vi` for
/// the buyer. One suggestion, on the first sentence that speaks of the supplier in the third
/// person (`Anbudsgivaren ska …`), showing how it reads when addressed.
public struct AddressRule: Rule {
    public let metadata: RuleMetadata
    /// Words that address the supplier (`ni`, `du`) or speak as the buyer (`vi`).
    let direct: [String]
    /// Third-person names of the supplier, each with the pronoun that would replace it.
    let thirdPerson: [String]
    let memoKey: String

    public var terms: [TermSpec] {
        direct.map { TermSpec(text: $0, payload: 0) } + thirdPerson.enumerated().map { TermSpec(text: $1, payload: 1 + $0) }
    }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        memoKey = metadata.id + "/address"
        direct = try yaml.stringList("direct") ?? []
        thirdPerson = try yaml.stringList("thirdPerson") ?? []
        if direct.isEmpty || thirdPerson.isEmpty {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen address behöver ”direct” och ”thirdPerson”")
        }
    }

    struct Seen {
        var direct = false
        var first: (block: Int, range: Range<Int>, sentence: String)?
        var uses = 0
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !hits.isEmpty, context.block.part == nil, !context.block.kind.isHeading else { return }
        let seen = context.documentContext.memo(memoKey) { Notes(Seen()) }
        // Once the document has spoken to the reader, there is nothing left to find.
        guard !seen.value.direct else { return }
        for hit in TermMatcher.leftmostLongest(hits) {
            if hit.payload == 0 {
                seen.value.direct = true
            } else {
                seen.value.uses += 1
                if seen.value.first == nil {
                    let sentence = context.tokens.tokens[hit.tokens.lowerBound].sentence
                    let sentenceRange = context.tokens.scalarRange(ofSentence: sentence)
                    seen.value.first = (context.blockIndex, context.scalarRange(tokens: hit.tokens), context.block.text(in: sentenceRange))
                }
            }
        }
    }

    public func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)]) {
        let seen = documentContext.memo(memoKey) { Notes(Seen()) }.value
        guard !seen.direct, seen.uses >= 2, let first = seen.first else { return }
        let example = first.sentence.count > 120 ? String(first.sentence.prefix(120)) + " …" : first.sentence
        findings.append((first.block, RuleFinding(range: first.range, message: MessageTemplate.fill(metadata.message, values: [
            "match": documentContext.document.blocks[first.block].text(in: first.range), "value": String(seen.uses), "text": example,
        ]))))
    }
}

extension AddressRule: RuleKind {
    static let name = "address"
    static let keys = ["direct", "thirdPerson"]
}
