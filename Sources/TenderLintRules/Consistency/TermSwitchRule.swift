import TenderLintCore
import TenderLintLanguage

/// One thing named two ways within one paragraph: `Vid upprepat avtalsbrott får regionen häva
/// avtalet … skadestånd vid kontraktsbrott`, `Köparen ska reklamera fel … Beställaren har rätt
/// till avdrag`. Across a whole document two words may name two things on purpose (a buyer
/// and a customer, a framework tender and a call-off reply); within a few sentences of one
/// paragraph a switch almost always leaves the reader wondering whether a second party or
/// thing is meant. The paragraph's word is the group's first word when the group says it is
/// `recommended` and the paragraph uses it, else the one it uses most (on a tie: the group's
/// first word before the buyer's own name before a rarer word, else the word used first); the first use of each other
/// word is flagged, once.
///
/// Each group (`groups:`) lists variants (each a list of spellings) and may list `names:`, the
/// buyer's own names for itself (`Kommunen`, `Bolaget`). A name counts only written as a name,
/// capitalized (`lämnas till Regionen`, not `inom kommunen`), and only against a variant written
/// the same way (`Beställaren`, not `ange beställarens referens`), never against another name
/// (`Kommunen och Regionen` are two parties). `notBefore`: words that make a use directly
/// before them another party (`leverantören av betong`) or a statement of who the party is
/// (`Beställaren är förvaltningen`). A paragraph with one of `links` (`avses`, `det vill säga`)
/// ties the words together on purpose and is left alone, as are two uses next to each other
/// (`kunden eller beställaren`, `Beställaren (Bolaget)`).
public struct TermSwitchRule: Rule {
    struct Group: Sendable {
        var name: String
        /// The spellings of each way to name the thing; the first spelling names it in messages.
        var variants: [[String]]
        /// The spellings of the document's own names for it (`Kommunen`), after the variants.
        var names: [[String]]
        /// Whether the first variant is the word to use when two are used equally often.
        var recommended: Bool
        /// A use directly followed by one of these is another party (`leverantören av betong`).
        var notBefore: TokenHashSet
    }

    public let metadata: RuleMetadata
    let groups: [Group]
    /// Payload: group << 16 | word << 1 | 1 for a name; `linkPayload` for a link.
    public let terms: [TermSpec]
    static let linkPayload = -1

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        var groups: [Group] = []
        for node in try yaml.sequence("groups") ?? [] {
            var entry = try YAMLMapping(node, path: yaml.path, what: "en grupp under ”groups”")
            let name = try entry.string("name", required: true)!
            let variants = try TermVariationRule.variants(&entry, at: node, of: "gruppen ”\(name)”")
            var names: [[String]] = []
            for spelling in try entry.stringList("names") ?? [] {
                if TermMatcher.words(of: spelling) == nil {
                    throw entry.error(at: node, "namnet ”\(spelling)” i gruppen ”\(name)” innehåller inga ord")
                }
                names.append([spelling])
            }
            let notBefore = TokenHashSet(words: (try entry.stringList("notBefore") ?? []).map { $0.lowercased() })
            groups.append(Group(name: name, variants: variants, names: names, recommended: try entry.bool("recommended") ?? false,
                                notBefore: notBefore))
            try entry.finish()
        }
        if groups.isEmpty { throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen term-switch behöver ”groups”") }
        self.groups = groups
        let links = try yaml.stringList("links") ?? []
        for link in links where TermMatcher.words(of: link) == nil {
            throw YAMLMapping.error(yaml.path, yaml.mark, "länken ”\(link)” under ”links” innehåller inga ord")
        }
        terms = groups.enumerated().flatMap { groupIndex, group in
            (group.variants + group.names).enumerated().flatMap { wordIndex, spellings in
                spellings.map { TermSpec(text: $0, payload: groupIndex << 16 | wordIndex << 1 | (wordIndex >= group.variants.count ? 1 : 0)) }
            }
        } + links.map { TermSpec(text: $0, payload: Self.linkPayload) }
    }

    struct Use {
        var group: Int
        var word: Int
        var isName: Bool
        var isCapitalized: Bool
        var tokens: Range<Int>
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard hits.count > 1, context.block.part == nil else { return }
        // Most paragraphs use one word for each thing: nothing to read further.
        var firstWord: [Int: Int] = [:]
        var switches = false
        for hit in hits where hit.payload != Self.linkPayload {
            let word = hit.payload & 0xFFFF
            if let seen = firstWord.updateValue(word, forKey: hit.payload >> 16), seen != word { switches = true; break }
        }
        guard switches else { return }
        let tokens = context.tokens.tokens
        var uses: [Use] = []
        for hit in TermMatcher.leftmostLongest(hits) {
            if hit.payload == Self.linkPayload { return }
            let first = hit.tokens.lowerBound, next = hit.tokens.upperBound
            let group = hit.payload >> 16
            if next < tokens.count, tokens[next].sentence == tokens[first].sentence, groups[group].notBefore.contains(tokens[next].hash) {
                continue
            }
            let isName = hit.payload & 1 == 1
            // A name is the party only written as one (`lämnas till Regionen`, not `inom kommunen`).
            if isName && !tokens[first].isCapitalized { continue }
            if context.isProperName(tokens: hit.tokens) { continue }
            uses.append(Use(group: group, word: (hit.payload & 0xFFFF) >> 1, isName: isName,
                            isCapitalized: tokens[first].isCapitalized, tokens: hit.tokens))
        }
        guard uses.count > 1 else { return }
        for group in Set(uses.map(\.group)).sorted() {
            var own = uses.filter { $0.group == group }
            // A name stands against the group's words only where they too are written as the
            // party's name (`Beställaren`), not as a role (`ange beställarens referens`).
            if own.contains(where: \.isName), !own.contains(where: { !$0.isName && $0.isCapitalized }) {
                own.removeAll(where: \.isName)
            }
            guard let winner = paragraphWord(own, recommended: groups[group].recommended) else { continue }
            var reported = Set<Int>()
            for use in own where use.word != winner.word && !(use.isName && winner.isName) && reported.insert(use.word).inserted {
                // Right next to a use of the paragraph's word in the same sentence, or with a
                // bracket between, the two are set side by side on purpose.
                let sideBySide = own.contains { other in
                    guard other.word == winner.word,
                          tokens[other.tokens.lowerBound].sentence == tokens[use.tokens.lowerBound].sentence else { return false }
                    let gap = use.tokens.gap(to: other.tokens)
                    let between = min(use.tokens.upperBound, other.tokens.upperBound)..<max(use.tokens.lowerBound, other.tokens.lowerBound)
                    return gap <= 3 || (gap <= 8 && between.contains {
                        tokens[$0].kind == .punctuation && context.block.text(in: tokens[$0].range) == "("
                    })
                }
                if sideBySide { continue }
                let range = context.scalarRange(tokens: use.tokens)
                findings.append(RuleFinding(range: range, message: MessageTemplate.fill(metadata.message, values: [
                    "match": context.block.text(in: range),
                    "other": context.block.text(in: context.scalarRange(tokens: winner.tokens)),
                    "term": groups[group].name,
                ])))
            }
        }
    }

    /// The paragraph's own word for a group (its first use): the group's first word when it is
    /// the recommended one and used; else the word used most, on a tie between the buyer's own
    /// name and a word of the group the group's first word (`Beställaren`) beats the name and the
    /// name beats a rarer word (`Uppdragsgivaren`); else the word used first. None when only one word is used.
    private func paragraphWord(_ uses: [Use], recommended: Bool) -> Use? {
        var firsts: [Int: Use] = [:], counts: [Int: Int] = [:], order: [Int] = []
        for use in uses {
            if firsts[use.word] == nil { firsts[use.word] = use; order.append(use.word) }
            counts[use.word, default: 0] += 1
        }
        guard order.count > 1 else { return nil }
        // The recommended word wins wherever it is used (`avropssvar` in a call-off).
        if recommended, let first = firsts[0], !first.isName { return first }
        let best = order.max { a, b in
            let ca = counts[a]!, cb = counts[b]!
            if ca != cb { return ca < cb }
            // Against the buyer's own name, the group's first word (`Beställaren`, the word of
            // the standard terms) wins and a rarer word (`Uppdragsgivaren`) loses.
            let na = firsts[a]!.isName, nb = firsts[b]!.isName
            if na != nb { return na ? b == 0 : a != 0 }
            return order.firstIndex(of: a)! > order.firstIndex(of: b)!
        }!
        return firsts[best]
    }
}

extension TermSwitchRule {
    public var behaviour: String {
        "Flaggar ett byte av ord för samma sak inom ett stycke: "
            + groups.map { group in (group.variants + group.names).map { $0[0] }.joined(separator: " / ") }.joined(separator: "; ")
            + ". Det ord som stycket använder mest gäller; ett rekommenderat ord gäller alltid när stycket använder det."
    }
}

extension TermSwitchRule: RuleKind {
    static let name = "term-switch"
    static let keys = ["groups", "links"]
}
