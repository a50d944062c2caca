import TenderLintCore
import TenderLintLanguage

/// Procurement terms a supplier may not know (`ska-krav`, `avrop`, `avtalsspärr`) used without
/// being explained where they first appear — in a parenthesis right after the term, by a cue
/// such as "det vill säga", "innebär" or "med … avses" in the same sentence or the next — or in
/// a glossary section anywhere in the document: one finding per document, at the first of them,
/// naming the others.
public struct ExplainedTermsRule: Rule {
    struct Entry: Sendable {
        var term: String
        var explanation: String?
    }

    public let metadata: RuleMetadata
    let entries: [Entry]
    /// Every spelling and the entry it belongs to.
    let spellings: [(text: String, entry: Int)]
    /// Phrases that explain a term near it, as sequences of token hashes: looked for only
    /// around a first use (rare), so frequent words such as `det` cost the matcher nothing.
    let cues: [[UInt64]]
    let glossaryHeadings: [String]
    /// Each spelling as token hashes, listed under its first token's hash, for the glossary.
    let spellingsByFirstHash: [UInt64: [(hashes: [UInt64], entry: Int)]]
    /// Distinguishes this rule's first uses from other rules' in the document's record.
    let ruleKey: Int

    public var terms: [TermSpec] {
        spellings.enumerated().map { TermSpec(text: $1.text, payload: $0) }
    }

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
        cues = (try yaml.stringList("cues") ?? []).compactMap { cue in
            TermMatcher.words(of: cue)?.map { Tokenizer.hash(Array($0.key.unicodeScalars)[...]) }
        }
        glossaryHeadings = (try yaml.stringList("glossaryHeadings") ?? []).map { $0.lowercased() }
        var byFirstHash: [UInt64: [(hashes: [UInt64], entry: Int)]] = [:]
        for (text, entry) in spellings {
            let hashes = TermMatcher.words(of: text)!.map { Tokenizer.hash(Array($0.key.unicodeScalars)[...]) }
            byFirstHash[hashes[0], default: []].append((hashes, entry))
        }
        spellingsByFirstHash = byFirstHash
        ruleKey = Int(truncatingIfNeeded: Fingerprint.stableHash(metadata.id) & 0x7FFF_FFFF)
    }

    private func hasCue(in tokens: [Token], sentences: ClosedRange<Int>, outside term: Range<Int>) -> Bool {
        for start in tokens.indices where sentences.contains(tokens[start].sentence) && !term.contains(start) {
            for cue in cues where start + cue.count <= tokens.count {
                if cue.indices.allSatisfy({ tokens[start + $0].hash == cue[$0] }) { return true }
            }
        }
        return false
    }

    /// The entries the document's glossary mentions, in any of their spellings: one pass over
    /// the glossary's tokens, once per document.
    private func entriesInGlossary(_ documentContext: DocumentContext) -> Set<Int> {
        documentContext.memo("\(metadata.id)/glossary") {
            let hashes = documentContext.glossaryTokens(headings: glossaryHeadings)
            var found = Set<Int>()
            for start in hashes.indices {
                for spelling in spellingsByFirstHash[hashes[start]] ?? [] where start + spelling.hashes.count <= hashes.count {
                    if hashes[start..<(start + spelling.hashes.count)].elementsEqual(spelling.hashes) { found.insert(spelling.entry) }
                }
            }
            return found
        }
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        // A heading names what its section explains; the first use that counts is in the text.
        guard !hits.isEmpty, !context.block.kind.isHeading else { return }
        let termHits = TermMatcher.leftmostLongest(hits)
        guard !termHits.isEmpty else { return }
        let tokens = context.tokens.tokens
        for hit in termHits {
            let entry = spellings[hit.payload].entry
            guard context.documentContext.firstTime(ruleIndex: ruleKey, entry: entry) else { continue }
            let sentence = tokens[hit.tokens.lowerBound].sentence
            // A parenthesis right after the term, or a cue elsewhere in this sentence or in the next.
            let parenthesis = hit.tokens.upperBound < tokens.count
                && context.tokens.key(of: tokens[hit.tokens.upperBound]) == "("
            let cued = hasCue(in: tokens, sentences: sentence...(sentence + 1), outside: hit.tokens)
            if parenthesis || cued { continue }
            if !glossaryHeadings.isEmpty, entriesInGlossary(context.documentContext).contains(entry) { continue }
            let unexplained: Notes<[Unexplained]> = context.documentContext.memo("\(metadata.id)/unexplained") { Notes([]) }
            unexplained.value.append(Unexplained(block: context.blockIndex, range: context.scalarRange(tokens: hit.tokens), entry: entry))
        }
    }

    /// A term used without an explanation, at its first use.
    struct Unexplained {
        var block: Int
        var range: Range<Int>
        var entry: Int
    }

    /// One finding for the document, at the first unexplained term, naming them all: the
    /// problem is a document that leaves its terms unexplained, not each term.
    public func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)]) {
        let unexplained: Notes<[Unexplained]> = documentContext.memo("\(metadata.id)/unexplained") { Notes([]) }
        guard let first = unexplained.value.first else { return }
        let match = documentContext.document.blocks[first.block].text(in: first.range)
        let others = unexplained.value.dropFirst().map { "”\(entries[$0.entry].term)”" }
        var message = MessageTemplate.fill(metadata.message, values: [
            "match": match, "term": entries[first.entry].term,
            "other": others.isEmpty ? "" : " Detsamma gäller " + Self.list(others) + ".",
        ])
        if let explanation = entries[first.entry].explanation {
            message += " Till exempel: ”\(entries[first.entry].term)” – \(explanation)."
        }
        findings.append((first.block, RuleFinding(range: first.range, message: message)))
    }

    /// `a`, `a och b`, `a, b och c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " och " + items.last!
    }
}

extension ExplainedTermsRule {
    public var behaviour: String {
        "Flaggar en gång per dokument, vid det första av \(entries.count) upphandlingsbegrepp som används utan att "
            + "förklaras (inom parentes, med ”det vill säga”, ”innebär”, ”med … avses”) eller i en ordlista, och "
            + "räknar upp de andra, t.ex. "
            + entries.prefix(6).map(\.term).joined(separator: ", ") + "."
    }
}

extension ExplainedTermsRule: RuleKind {
    static let name = "explained-terms"
    static let keys = ["terms", "cues", "glossaryHeadings"]
}
