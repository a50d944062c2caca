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
    /// Words that may follow the noun and belong to the phrase (`av`).
    let followers: Set<String>
    /// Passive and finite forms of the empty verbs that close a phrase with the noun first:
    /// "En kontroll av nycklarna ska genomföras", "ska omedelbar underrättelse ske".
    let passiveVerbs: Set<String>
    /// Modal verbs before such a passive ("ska", "bör").
    let modals: Set<String>

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        let emptyVerbList = (try yaml.stringList("emptyVerbs") ?? []).map { $0.lowercased() }
        emptyVerbs = TokenHashSet(words: emptyVerbList)
        infinitives = TokenHashSet(words: (try yaml.stringList("infinitives") ?? []).map { $0.lowercased() })
        between = Set((try yaml.stringList("between") ?? []).map { $0.lowercased() })
        endings = [""] + (try yaml.stringList("endings") ?? []).map { $0.lowercased() }
        followers = Set((try yaml.stringList("followers") ?? []).map { $0.lowercased() })
        passiveVerbs = Set((try yaml.stringList("passiveVerbs") ?? []).map { $0.lowercased() })
        modals = Set((try yaml.stringList("modals") ?? []).map { $0.lowercased() })
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
            if verbs[base] != nil { return (base, false) }
        }
        for ending in endings where word.hasSuffix(ending) {
            let base = word.dropLast(ending.count)
            for start in base.indices.dropFirst(3) where base.distance(from: start, to: base.endIndex) >= 5 {
                if verbs[String(base[start...])] != nil { return (String(base[start...]), true) }
            }
        }
        return nil
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
            if end < tokens.count, tokens[end].sentence == token.sentence, followers.contains(text.key(of: tokens[end])) { end += 1 }
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
        if !passiveVerbs.isEmpty { nounFirst(context, into: &findings) }
    }

    /// The noun first and the empty verb last, in the passive: "En kontroll av samtliga
    /// nycklar ska genomföras" (a determiner, perhaps an adjective, the noun and "av", then a
    /// modal and the passive within the sentence) and "ska omedelbar underrättelse ske" (a
    /// modal, at most one word, the noun and the passive). The verb needs the sentence
    /// rewritten, so it is named in the message only.
    func nounFirst(_ context: BlockContext, into findings: inout [RuleFinding]) {
        let text = context.tokens
        let tokens = text.tokens
        func key(_ index: Int) -> String { index >= 0 && index < tokens.count ? text.key(of: tokens[index]) : "" }
        for (index, token) in tokens.enumerated() where token.kind == .word {
            // A compound (`marknadsanalys`) names a thing to deliver more than an action.
            guard let found = noun(key(index)), !found.compound, let verb = verbs[found.base] else { continue }
            let sentence = token.sentence
            var span: Range<Int>?
            // "En (första) kontroll av … ska genomföras"
            var start = index - 1
            while start >= 0, between.contains(key(start)), !["en", "ett"].contains(key(start)), index - start <= 2 { start -= 1 }
            if start >= 0, ["en", "ett"].contains(key(start)), tokens[start].sentence == sentence, key(index + 1) == "av" {
                var cursor = index + 2
                while cursor < tokens.count, cursor <= index + 14, tokens[cursor].sentence == sentence {
                    if passiveVerbs.contains(key(cursor)), modals.contains(key(cursor - 1)) {
                        span = start..<(cursor + 1)
                        break
                    }
                    cursor += 1
                }
            }
            // "ska (omedelbar) underrättelse ske"
            if span == nil, passiveVerbs.contains(key(index + 1)), tokens.indices.contains(index + 1),
               tokens[index + 1].sentence == sentence {
                for back in [index - 1, index - 2] where back >= 0 && tokens[back].sentence == sentence && modals.contains(key(back)) {
                    span = back..<(index + 2)
                    break
                }
            }
            guard let span else { continue }
            let range = context.scalarRange(tokens: span)
            if context.isInCitation(range) { continue }
            let match = context.block.text(in: range)
            findings.append(RuleFinding(
                range: range,
                message: MessageTemplate.fill(metadata.message, values: ["match": match, "suggestion": verb, "term": found.base])))
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
    static let keys = ["passiveVerbs", "modals", "emptyVerbs", "infinitives", "between", "verbs", "endings", "followers"]
}
