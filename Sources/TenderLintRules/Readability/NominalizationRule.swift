import TenderLintCore
import TenderLintLanguage
import Yams

/// Noun style where a verb rewrite is natural (`substantivstil`): an empty verb (`genomföra`,
/// `ske`, `göra`) that carries a verbal noun (`en utvärdering av`), perhaps with a determiner
/// or an adjective between them. The noun's own verb comes from the rule's table (`verbs`) and
/// is proposed in the message; when the empty verb is an infinitive the whole phrase is a
/// safe replacement ("ska genomföra en utvärdering av" → "ska utvärdera"). A noun on its own
/// (a heading such as "Utvärdering av anbud", "en beskrivning av") is not flagged.
public struct NominalizationRule: Rule {
    public let metadata: RuleMetadata
    /// Forms of the empty verbs, as token hashes (the look at every word costs no string);
    /// those in `infinitives` take the noun's verb as is.
    let emptyVerbs: TokenHashSet
    let infinitives: TokenHashSet
    /// Words that may stand between the empty verb and the noun (`en`, `löpande`, `årlig`).
    let between: Set<String>
    /// Each verbal noun's base form and its verb.
    let verbs: [String: String]
    /// Endings a noun may carry (`utvärderingen`, `utvärderingar`).
    let endings: [String]
    /// Table nouns that count only as words of their own: a compound ending in one names a
    /// document to deliver (`genomförandebeskrivning`, `prissammanställning`).
    let notInCompounds: Set<String>
    /// Compounds that are terms of the field (`egenkontroll`, `slutbesiktning`), in their base form.
    let fieldTerms: Set<String>
    /// Words that may follow the noun and belong to the phrase (`av`).
    let followers: Set<String>
    /// Passive and finite forms of the empty verbs that close a phrase with the noun first:
    /// "En kontroll av nycklarna ska genomföras", "ska omedelbar underrättelse ske".
    let passiveVerbs: TokenHashSet
    /// Modal verbs before such a passive ("ska", "bör").
    let modals: TokenHashSet
    let hasPassives: Bool

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        let emptyVerbList = (try yaml.stringList("emptyVerbs") ?? []).map { $0.lowercased() }
        emptyVerbs = TokenHashSet(words: emptyVerbList)
        infinitives = TokenHashSet(words: (try yaml.stringList("infinitives") ?? []).map { $0.lowercased() })
        between = Set((try yaml.stringList("between") ?? []).map { $0.lowercased() })
        endings = [""] + (try yaml.stringList("endings") ?? []).map { $0.lowercased() }
        notInCompounds = Set((try yaml.stringList("notInCompounds") ?? []).map { $0.lowercased() })
        fieldTerms = Set((try yaml.stringList("fieldTerms") ?? []).map { $0.lowercased() })
        followers = Set((try yaml.stringList("followers") ?? []).map { $0.lowercased() })
        let passiveList = (try yaml.stringList("passiveVerbs") ?? []).map { $0.lowercased() }
        passiveVerbs = TokenHashSet(words: passiveList)
        hasPassives = !passiveList.isEmpty
        modals = TokenHashSet(words: (try yaml.stringList("modals") ?? []).map { $0.lowercased() })
        var verbs: [String: String] = [:]
        if let node = yaml.node("verbs") {
            guard let mapping = node.mapping else { throw yaml.error(at: node, "”verbs” ska vara en mappning substantiv: verb") }
            for (key, value) in mapping {
                guard let noun = key.string, let verb = value.string else {
                    throw yaml.error(at: value, "”verbs” ska para ihop ett substantiv med ett verb, t.ex. utvärdering: utvärdera")
                }
                verbs[noun.lowercased()] = verb
            }
        }
        self.verbs = verbs
        if emptyVerbList.isEmpty || verbs.isEmpty {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen nominalization behöver ”emptyVerbs” och ”verbs”")
        }
    }

    /// The verbal noun's base form when the word is one of the table's nouns in some form, and
    /// whether it is a compound ending in one ("stickprovskontroller"), whose verb is no
    /// replacement as it stands.
    func noun(_ word: String) -> (base: String, compound: Bool)? {
        for ending in endings where word.hasSuffix(ending) {
            let base = String(word.dropLast(ending.count))
            if fieldTerms.contains(base) { return nil }
            if verbs[base] != nil { return (base, false) }
        }
        for ending in endings where word.hasSuffix(ending) {
            let base = word.dropLast(ending.count)
            if fieldTerms.contains(String(base)) { return nil }
            for start in base.indices.dropFirst(3) where base.distance(from: start, to: base.endIndex) >= 5 {
                let part = String(base[start...])
                if verbs[part] != nil, !notInCompounds.contains(part) { return (part, true) }
            }
        }
        return nil
    }

    /// `prövningen`, `leveransen`, `beställningarna`: the noun's definite forms.
    static func isDefinite(_ word: String, base: String) -> Bool {
        guard word.count > base.count, word.hasPrefix(base) else { return false }
        return ["en", "n", "et", "t", "na", "arna", "erna"].contains(String(word.dropFirst(base.count)))
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        let text = context.tokens
        let tokens = text.tokens
        for (index, token) in tokens.enumerated() where token.kind == .word && emptyVerbs.contains(token.hash) {
            // Up to three words between the verb and the noun, all in the same sentence.
            var position = index + 1
            var nounBase: String?
            var compound = false
            while position < tokens.count, position <= index + 4, tokens[position].sentence == token.sentence,
                  tokens[position].kind == .word {
                let word = text.key(of: tokens[position])
                if let found = noun(word) {
                    (nounBase, compound) = (found.base, found.compound)
                    break
                }
                guard between.contains(word) else { break }
                position += 1
            }
            guard let nounBase, let verb = verbs[nounBase] else { continue }
            var end = position + 1
            let followed = end < tokens.count && tokens[end].sentence == token.sentence && followers.contains(text.key(of: tokens[end]))
            if followed { end += 1 }
            // The thing itself, known from before, right after the verb and with no `av`: `Myndigheten
            // gör prövningen efter tilldelning`, `sker leveransen`, `har gjort beställningen`.
            if position == index + 1, !followed, !compound, Self.isDefinite(text.key(of: tokens[position]), base: nounBase) { continue }
            // A compound with no `av` names a kind of work of its own (`genomföra riskanalyser i
            // leverantörskedjan`, `genomföra kvalitetskontroller`): a verb would lose its first part.
            // (`genomförande av stickprovskontroller` is the noun style of the empty verb itself.)
            if compound, !followed, !(index + 1..<position).contains(where: { text.key(of: tokens[$0]) == "av" }) { continue }
            let range = context.scalarRange(tokens: index..<end)
            if context.isInCitation(range) { continue }
            let match = context.block.text(in: range)
            // Only an infinitive takes the verb as it stands; other forms need the sentence rewritten.
            let suggestions = infinitives.contains(token.hash) && !compound ? [verb] : []
            findings.append(RuleFinding(
                range: range,
                message: MessageTemplate.fill(metadata.message, values: ["match": match, "suggestion": verb, "term": nounBase]),
                suggestions: suggestions))
        }
        if hasPassives { nounFirst(context, into: &findings) }
    }

    /// The noun first and the empty verb last, in the passive: "En kontroll av samtliga
    /// nycklar ska genomföras" (a determiner, perhaps an adjective, the noun and "av", then a
    /// modal and the passive within the sentence) and "ska omedelbar underrättelse ske" (a
    /// modal, at most one word, the noun and the passive). The verb needs the sentence
    /// rewritten, so it is named in the message only. The scan starts from the passives (token
    /// hashes), which few sentences have, and looks back.
    func nounFirst(_ context: BlockContext, into findings: inout [RuleFinding]) {
        let text = context.tokens
        let tokens = text.tokens
        func key(_ index: Int) -> String { index >= 0 && index < tokens.count ? text.key(of: tokens[index]) : "" }
        func isModal(_ index: Int, _ sentence: Int) -> Bool {
            index >= 0 && tokens[index].sentence == sentence && modals.contains(tokens[index].hash)
        }
        /// A table noun, not a compound (`marknadsanalys` names a thing to deliver).
        func verbalNoun(_ index: Int) -> (base: String, verb: String)? {
            guard index >= 0, tokens[index].kind == .word, let found = noun(key(index)), !found.compound,
                  let verb = verbs[found.base] else { return nil }
            return (found.base, verb)
        }
        for (passive, token) in tokens.enumerated() where token.kind == .word && passiveVerbs.contains(token.hash) {
            let sentence = token.sentence
            var span: Range<Int>?
            var found: (base: String, verb: String)?
            // "ska (omedelbar) underrättelse ske"
            if passive >= 2, tokens[passive - 1].sentence == sentence, let noun = verbalNoun(passive - 1) {
                if let modal = [passive - 2, passive - 3].first(where: { isModal($0, sentence) }) {
                    span = modal..<(passive + 1)
                    found = noun
                }
            }
            // "En (första) kontroll av … ska genomföras"
            if span == nil, isModal(passive - 1, sentence) {
                var of = passive - 2
                while of >= 1, passive - of <= 14, tokens[of].sentence == sentence {
                    if key(of) == "av", let noun = verbalNoun(of - 1) {
                        var start = of - 2
                        while start >= 0, of - 1 - start <= 2, between.contains(key(start)), !["en", "ett"].contains(key(start)) { start -= 1 }
                        if start >= 0, tokens[start].sentence == sentence, ["en", "ett"].contains(key(start)) {
                            span = start..<(passive + 1)
                            found = noun
                        }
                        break
                    }
                    of -= 1
                }
            }
            guard let span, let found else { continue }
            let range = context.scalarRange(tokens: span)
            if context.isInCitation(range) { continue }
            let match = context.block.text(in: range)
            findings.append(RuleFinding(
                range: range,
                message: MessageTemplate.fill(metadata.message, values: ["match": match, "suggestion": found.verb, "term": found.base])))
        }
    }
}

extension NominalizationRule {
    public var behaviour: String {
        "Flaggar ett tomt verb med ett verbalsubstantiv (”" + ["genomföra en utvärdering av", "ske en kontroll av"].joined(separator: "”, ”")
            + "”) och föreslår substantivets eget verb ur en tabell med \(verbs.count) substantiv."
    }
}

extension NominalizationRule: RuleKind {
    static let name = "nominalization"
    static let keys = ["passiveVerbs", "modals", "emptyVerbs", "infinitives", "between", "verbs", "endings", "followers", "notInCompounds", "fieldTerms"]
}
