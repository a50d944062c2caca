/// Procurement terms a supplier may not know (`ska-krav`, `avrop`, `avtalsspärr`): flagged at
/// their first use in a document unless explained there — in a parenthesis right after the
/// term, by a cue such as "det vill säga", "innebär" or "med … avses" in the same sentence or
/// the next, or in a glossary section anywhere in the document.
public struct ExplainedTermsRule: Rule {
    struct Entry: Sendable {
        var term: String
        var explanation: String?
    }

    public let metadata: RuleMetadata
    let entries: [Entry]
    /// Every spelling and the entry it belongs to.
    let spellings: [(text: String, entry: Int)]
    let cues: [String]
    let glossaryHeadings: [String]

    public var terms: [TermSpec] {
        spellings.enumerated().map { TermSpec(text: $1.text, payload: $0) }
            + cues.enumerated().map { TermSpec(text: $1, payload: Self.cuePayload($0)) }
    }

    static func cuePayload(_ index: Int) -> Int { -1 - index }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        guard let list = try yaml.sequence("terms"), !list.isEmpty else {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen explained-terms behöver en lista ”terms”")
        }
        var entries: [Entry] = []
        var spellings: [(String, Int)] = []
        for node in list {
            var item = try YAMLMapping(node, path: yaml.path, what: "en term")
            let term = try item.string("term", required: true)!
            for spelling in [term] + (try item.stringList("forms") ?? []) {
                guard TermMatcher.words(of: spelling) != nil else { throw item.error(at: node, "”\(spelling)” innehåller inga ord") }
                spellings.append((spelling, entries.count))
            }
            entries.append(Entry(term: term, explanation: try item.string("explanation")))
            try item.finish()
        }
        self.entries = entries
        self.spellings = spellings
        cues = try yaml.stringList("cues") ?? []
        glossaryHeadings = (try yaml.stringList("glossaryHeadings") ?? []).map { $0.lowercased() }
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        let termHits = TermMatcher.leftmostLongest(hits.filter { $0.payload >= 0 })
        guard !termHits.isEmpty else { return }
        let cueHits = hits.filter { $0.payload < 0 }
        let tokens = context.tokens.tokens
        for hit in termHits {
            let entry = spellings[hit.payload].entry
            guard context.documentContext.firstTime(rule: metadata.id, key: String(entry)) else { continue }
            let sentence = tokens[hit.tokens.lowerBound].sentence
            // A parenthesis right after the term, or a cue later in this sentence or in the next.
            let parenthesis = hit.tokens.upperBound < tokens.count
                && context.tokens.key(of: tokens[hit.tokens.upperBound]) == "("
            let cued = cueHits.contains { cue in
                let cueSentence = tokens[cue.tokens.lowerBound].sentence
                return (cueSentence == sentence && cue.tokens.lowerBound != hit.tokens.lowerBound) || cueSentence == sentence + 1
            }
            if parenthesis || cued { continue }
            if !glossaryHeadings.isEmpty {
                let glossary = context.documentContext.glossaryText(headings: glossaryHeadings)
                if spellings.contains(where: { $0.entry == entry && glossary.contains($0.text.lowercased()) }) { continue }
            }
            let range = context.scalarRange(tokens: hit.tokens)
            var message = MessageTemplate.fill(metadata.message, values: [
                "match": context.block.text(in: range), "term": entries[entry].term,
            ])
            if let explanation = entries[entry].explanation { message += " Till exempel: ”\(entries[entry].term)” – \(explanation)." }
            findings.append(RuleFinding(range: range, message: message))
        }
    }
}
