import TenderLintCore
import TenderLintLanguage

/// A contract not divided into lots without the reason the law asks for (4 kap. 14 § LOU):
/// flags a statement that the procurement is not divided (`Upphandlingen delas inte upp i
/// delkontrakt.`) when no reason stands in it or in the next block, and — in a whole tender
/// that never says whether it is divided — the place where the document names its procedure
/// (`tenderCues`: "Upphandlingen genomförs som ett öppet förfarande"), once all its blocks have
/// gone by. A document that names no procedure (a call-off, a contract, general terms, a web
/// page) is not a tender whose division the law asks about.
public struct LotsRule: Rule {
    public let metadata: RuleMetadata
    /// Words for dividing a contract (`delkontrakt`, `delområden`, `dela upp`).
    let divisionTerms: [String]
    /// Words that deny it (`inte`, `ej`, `ingen`).
    let negations: [String]
    /// Words that give a reason (`eftersom`, `skälet`, `på grund av`).
    let reasons: [String]
    /// The message for a tender that never mentions division.
    let messageWhenSilent: String?
    /// How many blocks a document needs before silence counts (a snippet is not a tender).
    let minimumBlocks: Int
    /// Phrases that show a document is the tender of a procurement: its procedure.
    let tenderCues: [String]
    /// Phrases in which a division word says nothing about this procurement's lots (`får inte
    /// delas upp`: a purchase must not be split to stay under a threshold).
    let exceptions: [String]

    static let negationBase = 1 << 20
    static let reasonBase = 2 << 20

    /// Only the division words go into the shared matcher; negations and reasons (`inte`, `då`)
    /// are looked for in the blocks that speak of division (`phrases`).
    public var terms: [TermSpec] {
        divisionTerms.enumerated().map { TermSpec(text: $1, payload: $0) }
            + tenderCues.enumerated().map { TermSpec(text: $1, payload: Self.cueBase + $0) }
            + exceptions.enumerated().map { TermSpec(text: $1, payload: TermMatcher.exceptionPayload($0)) }
    }

    static let cueBase = 3 << 20

    let phrases: TermMatcher

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        func list(_ key: String) throws(TenderLintError) -> [String] {
            let phrases = try yaml.stringList(key) ?? []
            guard !phrases.isEmpty else { throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen lots behöver ”\(key)”") }
            for phrase in phrases where TermMatcher.words(of: phrase) == nil {
                throw YAMLMapping.error(yaml.path, yaml.mark, "”\(phrase)” under ”\(key)” innehåller inga ord")
            }
            return phrases
        }
        divisionTerms = try list("division")
        negations = try list("negations")
        reasons = try list("reasons")
        messageWhenSilent = try yaml.string("messageWhenSilent")
        minimumBlocks = try yaml.int("minimumBlocks") ?? 20
        tenderCues = try yaml.stringList("tenderCues") ?? []
        exceptions = try ExistenceRule.exceptions(&yaml)
        phrases = TermMatcher.local(negations.enumerated().map { TermSpec(text: $1, payload: Self.negationBase + $0) }
            + reasons.enumerated().map { TermSpec(text: $1, payload: Self.reasonBase + $0) })
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        let hits = TermMatcher.removingExceptions(hits)
        let division = hits.filter { $0.payload < Self.cueBase }
        if division.count < hits.count, context.block.part == nil, !context.block.kind.isHeading,
           let cue = hits.first(where: { $0.payload >= Self.cueBase }) {
            // Where the document first names its procedure.
            let first: Notes<(block: Int, range: Range<Int>)?> = context.documentContext.memo("\(metadata.id)/cue") { Notes(nil) }
            if first.value == nil { first.value = (context.blockIndex, context.scalarRange(tokens: cue.tokens)) }
        }
        guard !division.isEmpty else { return }
        let tokens = context.tokens.tokens
        if context.block.part == nil {
            let mentions: Notes<Bool> = context.documentContext.memo("\(metadata.id)/mentions") { Notes(false) }
            mentions.value = true
        }
        let around = phrases.hits(in: context.tokens, scalars: context.block.scalars)
        let negations = around.filter { $0.payload >= Self.negationBase && $0.payload < Self.reasonBase }
        let reasoned = around.contains { $0.payload >= Self.reasonBase }
        // The negation must speak of the division (`delas inte upp i delkontrakt`, `Någon
        // uppdelning i anbudsområden görs inte`), not of something else in a long sentence (`om
        // denna leverantör inte kan leverera`); and a bracketed note to the template's user
        // (`[I det fall upphandlingen inte delas upp, stryk …]`) is not the tender's word.
        func isNegated(_ hit: TermHit) -> Bool {
            negations.contains { negation in
                tokens[negation.tokens.lowerBound].sentence == tokens[hit.tokens.lowerBound].sentence
                    && hit.tokens.gap(to: negation.tokens) <= 4
            }
        }
        func isBracketed(_ hit: TermHit) -> Bool {
            var depth = 0
            for scalar in context.tokens.scalars[..<tokens[hit.tokens.lowerBound].start] {
                if scalar == "[" { depth += 1 } else if scalar == "]", depth > 0 { depth -= 1 }
            }
            return depth > 0
        }
        for hit in division where isNegated(hit) && !isBracketed(hit) {
            if reasoned || reasonFollows(context) { return }
            let range = context.tokens.scalarRange(ofSentence: tokens[hit.tokens.lowerBound].sentence)
            findings.append(RuleFinding(range: range, message: MessageTemplate.fill(metadata.message, values: [
                "match": context.block.text(in: range), "term": context.block.text(in: context.scalarRange(tokens: hit.tokens)),
            ])))
            return
        }
    }

    /// A whole tender that never speaks of division: one finding on its first heading.
    public func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)]) {
        let document = documentContext.document
        let mentions: Notes<Bool> = documentContext.memo("\(metadata.id)/mentions") { Notes(false) }
        guard let messageWhenSilent, !mentions.value, document.blocks.count >= minimumBlocks else { return }
        let cue: Notes<(block: Int, range: Range<Int>)?> = documentContext.memo("\(metadata.id)/cue") { Notes(nil) }
        guard let place = cue.value else { return }
        findings.append((place.block, RuleFinding(range: place.range, message: messageWhenSilent)))
    }

    /// Whether the block after this one (the rest of the argument) gives a reason.
    private func reasonFollows(_ context: BlockContext) -> Bool {
        let next = context.blockIndex + 1
        guard next < context.document.blocks.count, !context.document.blocks[next].kind.isHeading else { return false }
        let tokens = Tokenizer.tokenize(context.document.blocks[next].scalars)
        let keys = Set(reasons.compactMap { TermMatcher.words(of: $0)?.first?.key })
        return tokens.tokens.contains { keys.contains(tokens.key(of: $0)) }
    }
}

extension LotsRule: RuleKind {
    static let name = "lots"
    static let keys = ["division", "negations", "reasons", "messageWhenSilent", "minimumBlocks", "tenderCues", "exceptions"]
}
