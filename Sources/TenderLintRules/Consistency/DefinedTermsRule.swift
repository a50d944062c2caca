import TenderLintCore
import TenderLintLanguage

/// A party the document names by a defined term (`Med Kund avses den avropsberättigade
/// organisation som gör ett avrop`) and, elsewhere, by another word for the same role
/// (`Beställaren ska också ange fakturaadress`). The roles and their words are data (`roles:`);
/// a definition is a role word between `med` and one of `cues` (`avses`, `menas`), with a few
/// words allowed before the cue (`Med Beställaren avses i detta avtal …`). A use is a definite
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
    let memoKey: String
    /// Payload: role << 16 | variant.
    public let terms: [TermSpec]

    struct Mention: Sendable {
        var role: Int
        var variant: Int
        var block: Int
        var sentence: Int
        var range: Range<Int>
        var shown: String
        var isDefinition: Bool
    }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        memoKey = metadata.id + "/mentions"
        var roles: [Role] = []
        for node in try yaml.sequence("roles") ?? [] {
            var entry = try YAMLMapping(node, path: yaml.path, what: "en roll under ”roles”")
            let name = try entry.string("name", required: true)!
            var variants: [[String]] = []
            for variant in try entry.sequence("variants") ?? [] {
                guard let list = variant.sequence?.compactMap(\.string), !list.isEmpty else {
                    throw entry.error(at: variant, "en variant är en lista med stavningar")
                }
                for spelling in list where TermMatcher.words(of: spelling) == nil {
                    throw entry.error(at: variant, "”\(spelling)” i rollen ”\(name)” innehåller inga ord")
                }
                variants.append(list)
            }
            if variants.count < 2 { throw entry.error(at: node, "rollen ”\(name)” behöver minst två varianter") }
            roles.append(Role(name: name, variants: variants))
            try entry.finish()
        }
        if roles.isEmpty { throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen defined-terms behöver ”roles”") }
        self.roles = roles
        let cueWords = try yaml.stringList("cues") ?? []
        if cueWords.isEmpty { throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen defined-terms behöver ”cues”") }
        cues = TokenHashSet(words: cueWords)
        terms = roles.enumerated().flatMap { roleIndex, role in
            role.variants.enumerated().flatMap { variantIndex, spellings in
                spellings.map { TermSpec(text: $0, payload: roleIndex << 16 | variantIndex) }
            }
        }
    }

    static let med = TokenHashSet(words: ["med"])

    /// Notes every definition and every definite use in the block (main text only).
    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !hits.isEmpty, context.block.part == nil else { return }
        let text = context.tokens
        let tokens = text.tokens
        let mentions = context.documentContext.memo(memoKey) { Notes<[Mention]>([]) }
        for hit in hits {
            let first = hit.tokens.lowerBound
            let sentence = tokens[first].sentence
            let isDefinition = first > 0 && Self.med.contains(tokens[first - 1].hash) && tokens[first - 1].sentence == sentence
                && (hit.tokens.upperBound..<min(hit.tokens.upperBound + 4, tokens.count)).contains {
                    tokens[$0].sentence == sentence && cues.contains(tokens[$0].hash)
                }
            let key = text.key(of: tokens[hit.tokens.upperBound - 1])
            // A use is the party itself: a definite form (`kunden`, `kundens`), not `en kund`.
            guard isDefinition || key.hasSuffix("n") || key.hasSuffix("ns") else { continue }
            let range = context.scalarRange(tokens: hit.tokens)
            mentions.value.append(Mention(
                role: hit.payload >> 16, variant: hit.payload & 0xFFFF, block: context.blockIndex, sentence: sentence,
                range: range, shown: context.block.text(in: range), isDefinition: isDefinition))
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
                findings.append((mention.block, RuleFinding(range: mention.range, message: MessageTemplate.fill(metadata.message, values: [
                    "match": mention.shown, "term": definition.shown,
                ]))))
            }
        }
    }
}

extension DefinedTermsRule: RuleKind {
    static let name = "defined-terms"
    static let keys = ["roles", "cues"]
}
