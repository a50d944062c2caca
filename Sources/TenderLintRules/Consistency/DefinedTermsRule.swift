import TenderLintCore
import TenderLintLanguage

/// A party the document names by a defined term (`Med Kund avses den avropsberättigade
/// organisation som gör ett avrop`) and, elsewhere, by another word for the same role
/// (`Beställaren ska också ange fakturaadress`). The roles and their words are data (`roles:`);
/// a definition is a role word between `med` and one of `cues` (`avses`, `menas`), with a few
/// words allowed before the cue (`Med Beställaren avses i detta avtal …`), or a role word that
/// opens a line of a list of definitions (`Utföraren: den leverantör som …`), or one named in
/// passing (`Hällsjö kommun (Beställaren)`, `kallas revisionsbyrån Uppdragstagaren`). A use is a definite
/// form (`kunden`, `beställarens`): `en kund` speaks of any customer. The definition's own
/// sentence is left alone (`Med Vårdgivaren avses den leverantör som …`).
public struct DefinedTermsRule: Rule {
    struct Role: Sendable {
        var name: String
        /// Each variant's spellings (`kund`, `kunden`, `kundens`).
        var variants: [[String]]
    }

    public let metadata: RuleMetadata
    let roles: [Role]
    let cues: TokenHashSet
    /// Words that give a name in passing a few words before it (`kallas`, `nedan`).
    let namingCues: TokenHashSet
    let memoKey: String
    let countKey: String
    /// Payload: role << 16 | variant << 1 | 1 for a definite spelling (`kunden`, `kundens`).
    public let terms: [TermSpec]

    struct Mention: Sendable {
        var role: Int
        var variant: Int
        var block: Int
        var sentence: Int
        var range: Range<Int>
        var isDefinition: Bool
    }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        memoKey = metadata.id + "/mentions"
        countKey = metadata.id + "/count"
        var roles: [Role] = []
        for node in try yaml.sequence("roles") ?? [] {
            var entry = try YAMLMapping(node, path: yaml.path, what: "en roll under ”roles”")
            let name = try entry.string("name", required: true)!
            roles.append(Role(name: name, variants: try TermVariationRule.variants(&entry, at: node, of: "rollen ”\(name)”")))
            try entry.finish()
        }
        if roles.isEmpty { throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen defined-terms behöver ”roles”") }
        self.roles = roles
        let cueWords = try yaml.stringList("cues") ?? []
        if cueWords.isEmpty { throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen defined-terms behöver ”cues”") }
        cues = TokenHashSet(words: cueWords)
        namingCues = TokenHashSet(words: (try yaml.stringList("namingCues") ?? []).map { $0.lowercased() })
        terms = roles.enumerated().flatMap { roleIndex, role in
            role.variants.enumerated().flatMap { variantIndex, spellings in
                spellings.map { spelling in
                    let definite = spelling.lowercased().hasSuffix("n") || spelling.lowercased().hasSuffix("ns")
                    return TermSpec(text: spelling, payload: roleIndex << 16 | variantIndex << 1 | (definite ? 1 : 0))
                }
            }
        }
    }

    static let med = TokenHashSet(words: ["med"])

    /// A name given in passing: the role word alone in brackets after what it names (`Hällsjö
    /// kommun (Beställaren)`), or a few words after one of `namingCues` in its sentence (`I detta
    /// avtal kallas revisionsbyrån Uppdragstagaren`, `(nedan kallad Leverantören)`).
    func isNamingDefinition(_ hit: TermHit, _ context: BlockContext) -> Bool {
        let tokens = context.tokens.tokens
        let first = hit.tokens.lowerBound, sentence = tokens[first].sentence
        guard tokens[first].isCapitalized else { return false }
        if first >= 2, hit.tokens.upperBound < tokens.count, context.tokens.key(of: tokens[first - 1]) == "(",
           context.tokens.key(of: tokens[hit.tokens.upperBound]) == ")", tokens[first - 2].sentence == sentence,
           tokens[first - 2].kind == .word {
            return true
        }
        return (max(0, first - 3)..<first).contains { tokens[$0].sentence == sentence && namingCues.contains(tokens[$0].hash) }
    }

    /// A list of definitions: the role word opens its sentence, a colon follows and then the
    /// definition in lower case (`Utföraren: den leverantör som tilldelas kontraktet`); not a
    /// label and its value (`Beställare: Bostads AB Ljusnan`).
    static func isListDefinition(_ hit: TermHit, _ context: BlockContext) -> Bool {
        let tokens = context.tokens.tokens
        let first = hit.tokens.lowerBound, colon = hit.tokens.upperBound
        guard colon + 1 < tokens.count, tokens[colon].sentence == tokens[first].sentence,
              tokens[colon + 1].sentence == tokens[first].sentence,
              first == context.tokens.sentences[tokens[first].sentence].lowerBound,
              context.tokens.key(of: tokens[colon]) == ":" else { return false }
        let next = tokens[colon + 1]
        return next.kind == .word && !next.isCapitalized
    }

    /// Notes every definition and every definite use in the block (main text only).
    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !hits.isEmpty, context.block.part == nil else { return }
        let tokens = context.tokens.tokens
        let mentions = context.documentContext.memo(memoKey) { Notes<[Mention]>([]) }
        // Uses kept per word: the first two (one may stand in the definition's own sentence); the
        // party words are among the most frequent of a tender.
        let kept = context.documentContext.memo(countKey) { Notes<[Int: Int]>([:]) }
        for hit in hits {
            let first = hit.tokens.lowerBound
            let sentence = tokens[first].sentence
            let isDefinition = (first > 0 && Self.med.contains(tokens[first - 1].hash) && tokens[first - 1].sentence == sentence
                && (hit.tokens.upperBound..<min(hit.tokens.upperBound + 4, tokens.count)).contains {
                    tokens[$0].sentence == sentence && cues.contains(tokens[$0].hash)
                }) || Self.isListDefinition(hit, context) || isNamingDefinition(hit, context)
            // A use is the party itself: a definite form (`kunden`, `kundens`), not `en kund`.
            guard isDefinition || hit.payload & 1 == 1 else { continue }
            if !isDefinition {
                let count = kept.value[hit.payload, default: 0]
                guard count < 2 else { continue }
                kept.value[hit.payload] = count + 1
            }
            mentions.value.append(Mention(
                role: hit.payload >> 16, variant: (hit.payload & 0xFFFF) >> 1, block: context.blockIndex, sentence: sentence,
                range: context.scalarRange(tokens: hit.tokens), isDefinition: isDefinition))
        }
    }

    /// For each role the document defines once, the first use of each other word for it.
    public func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)]) {
        let mentions = documentContext.memo(memoKey) { Notes<[Mention]>([]) }.value
        for (roleIndex, _) in roles.enumerated() {
            let definitions = mentions.filter { $0.role == roleIndex && $0.isDefinition }
            // Two definitions of one role (a buyer and a customer told apart on purpose): no claim.
            guard let definition = definitions.first, Set(definitions.map(\.variant)).count == 1 else { continue }
            var reported = Set<Int>()
            for mention in mentions where mention.role == roleIndex && !mention.isDefinition && mention.variant != definition.variant
                && !(mention.block == definition.block && mention.sentence == definition.sentence) {
                guard reported.insert(mention.variant).inserted else { continue }
                let blocks = documentContext.document.blocks
                findings.append((mention.block, RuleFinding(range: mention.range, message: MessageTemplate.fill(metadata.message, values: [
                    "match": blocks[mention.block].text(in: mention.range), "term": blocks[definition.block].text(in: definition.range),
                ]))))
            }
        }
    }
}

extension DefinedTermsRule: RuleKind {
    static let name = "defined-terms"
    static let keys = ["roles", "cues", "namingCues"]
}
