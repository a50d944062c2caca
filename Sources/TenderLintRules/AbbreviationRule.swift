import TenderLintCore
import TenderLintLanguage

/// Abbreviations used before they are written out. A known abbreviation (`LOU`, `ESPD`) is
/// flagged at its first use unless its expansion came earlier in the document or stands in
/// the same sentence; with `definedLater`, any abbreviation in capitals that the document only
/// explains further on (`… (DIS)`) is flagged where it is first used.
public struct AbbreviationRule: Rule {
    struct Entry: Sendable {
        var abbreviation: String
        var expansion: String
    }

    public let metadata: RuleMetadata
    let entries: [Entry]
    let definedLater: Bool
    /// Abbreviations everyone knows, never flagged (`EU`, `SEK`).
    let ignored: Set<String>

    public var terms: [TermSpec] {
        entries.enumerated().flatMap { index, entry in
            [TermSpec(text: entry.abbreviation, payload: index, caseSensitive: true),
             TermSpec(text: entry.expansion, payload: -1 - index)]
        }
    }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        var entries: [Entry] = []
        for node in try yaml.sequence("abbreviations") ?? [] {
            var item = try YAMLMapping(node, path: yaml.path, what: "en förkortning")
            let abbreviation = try item.string("abbreviation", required: true)!
            let expansion = try item.string("expansion", required: true)!
            guard TermMatcher.words(of: abbreviation) != nil, TermMatcher.words(of: expansion) != nil else {
                throw item.error(at: node, "förkortningen och dess utskrivna form måste innehålla ord")
            }
            entries.append(Entry(abbreviation: abbreviation, expansion: expansion))
            try item.finish()
        }
        self.entries = entries
        definedLater = try yaml.bool("definedLater") ?? false
        ignored = Set(try yaml.stringList("ignore") ?? [])
        if entries.isEmpty && !definedLater {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen abbreviations behöver ”abbreviations” eller ”definedLater”")
        }
    }

    private var expansionKey: String { metadata.id + "#utskriven" }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        let tokens = context.tokens.tokens
        let documentContext = context.documentContext
        let sorted = hits.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var flaggedTokens = Set<Int>()
        for hit in sorted {
            if hit.payload < 0 {
                _ = documentContext.firstTime(rule: expansionKey, key: String(-1 - hit.payload))
                continue
            }
            let entry = entries[hit.payload]
            let sentence = tokens[hit.tokens.lowerBound].sentence
            // `… (LOU)`: the abbreviation is being defined right here.
            let inParentheses = hit.tokens.lowerBound > 0 && hit.tokens.upperBound < tokens.count
                && context.tokens.key(of: tokens[hit.tokens.lowerBound - 1]) == "("
                && context.tokens.key(of: tokens[hit.tokens.upperBound]) == ")"
            let explainedHere = inParentheses
                || sorted.contains { $0.payload == -1 - hit.payload && tokens[$0.tokens.lowerBound].sentence == sentence }
            let explainedBefore = documentContext.hasSeen(rule: expansionKey, key: String(hit.payload))
            guard documentContext.firstTime(rule: metadata.id, key: entry.abbreviation) else { continue }
            if explainedHere || explainedBefore { continue }
            let range = context.scalarRange(tokens: hit.tokens)
            if context.isInCitation(range) { continue }
            flaggedTokens.insert(hit.tokens.lowerBound)
            findings.append(RuleFinding(
                range: range,
                message: MessageTemplate.fill(metadata.message, values: ["match": entry.abbreviation, "term": entry.expansion]),
                suggestions: ["\(entry.expansion) (\(entry.abbreviation))"]))
        }
        guard definedLater, !documentContext.abbreviationDefinitions.isEmpty else { return }
        let known = Set(entries.map(\.abbreviation))
        for (index, token) in tokens.enumerated() where token.kind == .word && !flaggedTokens.contains(index) {
            let scalars = context.tokens.scalars[token.range]
            guard scalars.count >= 2, scalars.count <= 6, scalars.allSatisfy(Tokenizer.isUppercase) else { continue }
            let name = String(String.UnicodeScalarView(scalars))
            guard !known.contains(name), !ignored.contains(name), let definition = documentContext.abbreviationDefinitions[name] else { continue }
            let isDefinition = index > 0 && context.tokens.key(of: tokens[index - 1]) == "("
            let before = (context.blockIndex, token.start) < (definition.block, definition.offset)
            guard documentContext.firstTime(rule: metadata.id, key: name) else { continue }
            guard before, !isDefinition else { continue }
            findings.append(RuleFinding(
                range: token.range,
                message: MessageTemplate.fill(metadata.message, values: ["match": name, "term": "den utskrivna formen"])))
        }
    }
}

extension AbbreviationRule {
    public var behaviour: String {
        "Flaggar första användningen av en förkortning som inte har skrivits ut tidigare, bland annat "
            + entries.prefix(8).map(\.abbreviation).joined(separator: ", ")
            + (definedLater ? ", och förkortningar som dokumentet förklarar först längre fram." : ".")
    }
}

extension AbbreviationRule: RuleKind {
    static let name = "abbreviations"
    static let keys = ["abbreviations", "definedLater", "ignore"]
}
