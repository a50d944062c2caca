import TenderLintCore
import TenderLintLanguage

/// Abbreviations used before they are written out. A known abbreviation (`LOU`, `ESPD`) is
/// flagged at its first use unless its expansion came earlier in the document or stands in
/// the same sentence; with `definedLater`, any abbreviation in capitals that the document only
/// explains further on (`… (DIS)`) is flagged where it is first used; with `neverExplained`,
/// so is one the document never explains at all (`KMA-plan`, `FKU`), unless the Swedish
/// lexicon knows it (`IKEA`, `NCC`, `AVTAL` shouted) or it is a code, a standard or a unit.
public struct AbbreviationRule: Rule {
    struct Entry: Sendable {
        var abbreviation: String
        var expansion: String
    }

    public let metadata: RuleMetadata
    let entries: [Entry]
    let definedLater: Bool
    let neverExplained: Bool
    /// The message for an abbreviation the document never explains (no expansion to name).
    let neverExplainedMessage: String?
    /// Abbreviations everyone knows, never flagged (`EU`, `SEK`).
    let ignored: Set<String>
    /// The abbreviations of `entries`, which the first pass handles.
    let known: Set<String>
    /// Words before a word in capitals that make it the name of a standard, label, format or
    /// product (`märkt FSC`, `i formatet CSV`).
    let namingWords: Set<String>
    /// Second parts of a hyphenated compound that make its first part a name (`HEPA-filter`,
    /// `CSV-fil`).
    let namingParts: Set<String>
    /// Words that, before `av` or `från`, make the word in capitals after it the name of a
    /// maker or a company (`certifierade av KONE`, `originaldelar från KONE`).
    let makerWords: Set<String>

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
        known = Set(entries.map(\.abbreviation))
        definedLater = try yaml.bool("definedLater") ?? false
        neverExplained = try yaml.bool("neverExplained") ?? false
        neverExplainedMessage = try MessageTemplate.read(&yaml, "neverExplainedMessage")
        ignored = Set(try yaml.stringList("ignore") ?? [])
        namingWords = Set(try yaml.stringList("namingWords") ?? [])
        namingParts = Set(try yaml.stringList("namingParts") ?? [])
        makerWords = Set(try yaml.stringList("makerWords") ?? [])
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
            // The law by its number and full name in the same sentence (`lagen (2016:1145) om
            // offentlig upphandling, LOU`) writes the abbreviation out too.
            let explainedHere = inParentheses
                || sorted.contains { $0.payload == -1 - hit.payload && tokens[$0.tokens.lowerBound].sentence == sentence }
                || context.citations.contains {
                    $0.statute == entry.abbreviation && $0.tokens.upperBound <= hit.tokens.lowerBound
                        && $0.tokens.count > 1 && tokens[$0.tokens.lowerBound].sentence == sentence
                }
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
        guard definedLater && !documentContext.abbreviationDefinitions.isEmpty || neverExplained else { return }
        for (index, token) in tokens.enumerated() where token.kind == .word && token.isCapitalized {
            // Two capitals first: the cheap test that passes over almost every word.
            guard token.end - token.start >= 2, Tokenizer.isUppercase(context.tokens.scalars[token.start + 1]),
                  !flaggedTokens.contains(index) else { continue }
            var scalars = context.tokens.scalars[token.range]
            // `KMA-plan`: the abbreviation is the part before the hyphen; `RA-FS` is one.
            if let hyphen = scalars.firstIndex(of: "-"), !scalars.allSatisfy({ Tokenizer.isUppercase($0) || $0 == "-" }) {
                scalars = scalars[..<hyphen]
            }
            // `FGS:er`, `KPI:n`: a colon and a lowercase ending inflect the abbreviation.
            if let colon = scalars.firstIndex(of: ":"), colon > scalars.startIndex, scalars.index(after: colon) < scalars.endIndex,
               scalars[scalars.index(after: colon)...].allSatisfy({ $0.properties.isLowercase }) {
                scalars = scalars[..<colon]
            }
            guard scalars.count >= 2, scalars.count <= 8, scalars.allSatisfy({ Tokenizer.isUppercase($0) || $0 == "-" }),
                  Tokenizer.isUppercase(scalars.first!), Tokenizer.isUppercase(scalars.last!),
                  scalars.filter({ $0 != "-" }).count <= 6 else { continue }
            let range = token.start..<(token.start + scalars.count)
            let name = String(String.UnicodeScalarView(scalars))
            guard !known.contains(name), !ignored.contains(name) else { continue }
            if let definition = documentContext.abbreviationDefinitions[name] {
                guard definedLater else { continue }
                let isDefinition = index > 0 && context.tokens.key(of: tokens[index - 1]) == "("
                // A code with its number (`dnr RS 2024/112`) names a file, not the body.
                if index + 1 < tokens.count, tokens[index + 1].kind == .number { continue }
                let before = (context.blockIndex, token.start) < (definition.block, definition.offset)
                guard documentContext.firstTime(rule: metadata.id, key: name) else { continue }
                guard before, !isDefinition else { continue }
                findings.append(RuleFinding(
                    range: range,
                    message: MessageTemplate.fill(metadata.message, values: ["match": name, "term": "den utskrivna formen"])))
            } else if neverExplained, !documentContext.hasSeen(rule: metadata.id, key: name),
                      isUnexplainedAbbreviation(index, name: name, in: context),
                      documentContext.firstTime(rule: metadata.id, key: name) {
                findings.append(RuleFinding(
                    range: range,
                    message: MessageTemplate.fill(neverExplainedMessage ?? metadata.message,
                                                  values: ["match": name, "term": "den utskrivna formen"])))
            }
        }
    }

    static let listJoiners: Set<String> = ["och", "eller", ",", "/"]

    /// Words after an abbreviation that explain it on the spot: `KMA står för …`.
    static let explainingWords: Set<String> = ["står", "betyder", "innebär", "avser", "=", ":", "–", "(", "är"]

    /// Whether a word in capitals is an abbreviation the reader is left to guess: not a word or
    /// name the lexicon knows (`IKEA`, `AVTAL` in a shouted heading), not among other words in
    /// capitals, not a Roman numeral, not a code or standard followed by its number (`SS 1177`,
    /// `AFB.22`) or a unit after a number (`20 MB`), not in a legal citation, and not explained
    /// where it stands (`KMA: kvalitet, miljö och arbetsmiljö`, `KMA (…)`, `KMA står för …`,
    /// which also counts as its first use, so the later ones are not flagged).
    func isUnexplainedAbbreviation(_ index: Int, name: String, in context: BlockContext) -> Bool {
        let text = context.tokens
        let tokens = text.tokens
        let token = tokens[index]
        if name.allSatisfy({ "IVXLCDM".contains($0) }) { return false }
        func isCapitals(_ at: Int) -> Bool {
            at >= 0 && at < tokens.count && tokens[at].kind == .word
                && text.scalars[tokens[at].range].allSatisfy(Tokenizer.isUppercase) && tokens[at].end - tokens[at].start >= 2
        }
        if isCapitals(index - 1) || isCapitals(index + 1) { return false }
        if index + 1 < tokens.count, tokens[index + 1].kind == .number { return false }
        if index + 2 < tokens.count, text.key(of: tokens[index + 1]) == ".", tokens[index + 1].start == token.end,
           tokens[index + 2].kind == .number { return false }
        if index > 0, tokens[index - 1].kind == .number { return false }
        if index > 0, namingWords.contains(text.key(of: tokens[index - 1])) { return false }
        if index > 1, ["av", "från"].contains(text.key(of: tokens[index - 1])),
           makerWords.contains(text.key(of: tokens[index - 2])) { return false }
        let whole = text.key(of: token)
        if let hyphen = whole.firstIndex(of: "-"), namingParts.contains(String(whole[whole.index(after: hyphen)...])) {
            return false
        }
        // One of a list of names in capitals: `CSV eller GPX`, `BRCGS, IFS eller …`; or of names
        // written as names (`KONE, Otis och Schindler`).
        for step in [-2, 2] where index + step >= 0 && index + step < tokens.count {
            let joiner = text.key(of: tokens[index + step / 2])
            guard Self.listJoiners.contains(joiner) else { continue }
            if isCapitals(index + step) { return false }
            let other = tokens[index + step]
            if other.kind == .word, other.isCapitalized, other.sentence == token.sentence,
               text.sentences[other.sentence].lowerBound != index + step { return false }
        }
        // Written out before it in its brackets: `(Air Operator Certificate, AOC)`.
        if index >= 2, index + 1 < tokens.count, text.key(of: tokens[index - 1]) == ",", text.key(of: tokens[index + 1]) == ")",
           let open = (max(0, index - 8)..<index).last(where: { text.key(of: tokens[$0]) == "(" }),
           !(open..<index).contains(where: { text.key(of: tokens[$0]) == ")" }) {
            _ = context.documentContext.firstTime(rule: metadata.id, key: name)
            return false
        }
        // Given in brackets as the short form of the words before it: `ett
        // personuppgiftsbiträdesavtal (PUB-avtal)`; its later uses are not flagged either.
        if index >= 2, index + 1 < tokens.count, text.key(of: tokens[index - 1]) == "(", text.key(of: tokens[index + 1]) == ")",
           tokens[index - 2].kind == .word, tokens[index - 2].sentence == token.sentence {
            _ = context.documentContext.firstTime(rule: metadata.id, key: name)
            return false
        }
        // Part of a name: `Mindprofil XT` (a capitalized word before it, not a sentence's first),
        // `.NET`, `ASP.NET` (glued to what comes before).
        if index > 0, tokens[index - 1].end == token.start { return false }
        // A standard named with its alternative (`enligt IDDSI eller likvärdigt`).
        if index + 2 < tokens.count, text.key(of: tokens[index + 1]) == "eller",
           text.key(of: tokens[index + 2]).hasPrefix("likvärdig") || text.key(of: tokens[index + 2]) == "motsvarande" { return false }
        // `BRC Storage and Distribution`: a name in capitals with the rest of its words after it.
        if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
           tokens[index + 1].sentence == token.sentence { return false }
        if index > 0, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
           tokens[index - 1].sentence == token.sentence,
           index - 1 > 0 && tokens[index - 2].sentence == token.sentence { return false }
        if index + 1 < tokens.count, Self.explainingWords.contains(text.key(of: tokens[index + 1])) {
            // Explained here: its later uses are not flagged either.
            _ = context.documentContext.firstTime(rule: metadata.id, key: name)
            return false
        }
        if context.isInCitation(token.range) { return false }
        // `TA-plan`: before a hyphen, capitals that spell a common word in lower case (`ta`) are
        // still an abbreviation; a name the lexicon knows in capitals (`IKEA-möbler`) is not.
        let compound = text.key(of: token).count > name.count
        if let lexicon = SwedishLexicon.shared, lexicon.spells(name),
           !(compound && name.count <= 3 && lexicon.spells(name.lowercased())) {
            // A word or name the lexicon knows stays known: its later uses are not asked again.
            _ = context.documentContext.firstTime(rule: metadata.id, key: name)
            return false
        }
        return true
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
    static let keys = ["abbreviations", "definedLater", "neverExplained", "neverExplainedMessage", "ignore", "namingWords",
                       "namingParts", "makerWords"]
}
