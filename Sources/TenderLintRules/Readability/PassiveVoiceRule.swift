import TenderLintCore
import TenderLintLanguage

/// Paragraphs where passive voice dominates: the s-passive after a modal verb (`ska lämnas`,
/// `kommer att beaktas`, `kan komma att förkastas`) and `blir`/`blev` + participle (`blir
/// godkänd`), and, with `presentPassives: true` and the Swedish lexicon, the bare s-passive,
/// present or perfect (`Avtalet följs upp kvartalsvis`, `Avvikelser registreras och åtgärdas`,
/// `Under året har 64 upphandlingar genomförts`): a verb's
/// s-form as the lexicon knows it, not right after a word of `genitiveBefore` (`en veckas`,
/// `varje skolas`: a genitive) or `att`. Reported once per paragraph, from its first passive to
/// its last, when at least `minimum` (default 2) passives after a modal or auxiliary, or
/// `presentMinimum` (default 5) with the bare ones, stand in at least `share` (default 0.5) of
/// its sentences.
public struct PassiveVoiceRule: Rule {
    public let metadata: RuleMetadata
    /// Modal verbs and phrases, as payload 0; auxiliaries (`blir`) as payload 1.
    let modals: [String]
    let auxiliaries: [String]
    /// Words between the modal and the verb that do not break the construction (`inte`, `även`).
    let skipped: Set<String>
    /// Verbs ending in -s that are not passive (`finnas`, `lyckas`, `hoppas`).
    let deponents: Set<String>
    /// Endings of participles after `blir`/`blev`.
    let participleEndings: [String]
    let minimum: Int
    let share: Double
    /// Passives in fewer sentences than this are left to the sentence rules: one long sentence
    /// full of passives gets one readability finding, not two.
    let minimumSentences: Int
    /// The lexicon, when bare present passives are counted (`presentPassives: true`).
    let lexicon: SwedishLexicon?
    /// Passives needed when bare present passives are among them (`presentMinimum`, default 5):
    /// a report's ordinary `Mötet hålls … Protokollet skickas …` is not yet a passive style.
    let presentMinimum: Int
    /// Words before a verb's s-form that make it a noun's genitive (`en`, `varje`, `vår`).
    let genitiveBefore: TokenHashSet
    static let att = TokenHashSet(words: ["att"])

    public var terms: [TermSpec] {
        modals.map { TermSpec(text: $0, payload: 0) } + auxiliaries.map { TermSpec(text: $0, payload: 1) }
    }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        modals = try yaml.stringList("modals") ?? []
        auxiliaries = try yaml.stringList("auxiliaries") ?? []
        if modals.isEmpty { throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen passive behöver ”modals”") }
        skipped = Set((try yaml.stringList("skipped") ?? []).map { $0.lowercased() })
        deponents = Set((try yaml.stringList("deponents") ?? []).map { $0.lowercased() })
        participleEndings = try yaml.stringList("participleEndings") ?? []
        minimum = try yaml.int("minimum") ?? 2
        share = try yaml.double("share") ?? 0.5
        minimumSentences = try yaml.int("minimumSentences") ?? 1
        lexicon = try yaml.bool("presentPassives") == true ? SwedishLexicon.shared : nil
        presentMinimum = try yaml.int("presentMinimum") ?? 5
        genitiveBefore = TokenHashSet(words: (try yaml.stringList("genitiveBefore") ?? []).map { $0.lowercased() })
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !context.block.kind.isHeading else { return }
        let text = context.tokens
        // Fewer passives possible than needed: nothing to report.
        guard hits.count >= minimum || (lexicon != nil && text.sentences.count >= minimumSentences) else { return }
        let tokens = text.tokens
        var passives: [Range<Int>] = []
        var verbs = Set<Int>()
        for hit in TermMatcher.leftmostLongest(hits) {
            var next = hit.tokens.upperBound
            while next < tokens.count, tokens[next].sentence == tokens[hit.tokens.lowerBound].sentence,
                  skipped.contains(text.key(of: tokens[next])) { next += 1 }
            guard next < tokens.count, tokens[next].kind == .word,
                  tokens[next].sentence == tokens[hit.tokens.lowerBound].sentence else { continue }
            let verb = text.key(of: tokens[next])
            let isPassive: Bool
            if hit.payload == 0 {
                isPassive = verb.count >= 4 && verb.hasSuffix("s") && !verb.hasSuffix("ss") && !deponents.contains(verb)
            } else {
                isPassive = verb.count >= 6 && participleEndings.contains { verb.hasSuffix($0) }
            }
            guard isPassive else { continue }
            passives.append(hit.tokens.lowerBound..<(next + 1))
            verbs.insert(next)
        }
        let modalPassives = passives.count, modalVerbs = verbs
        if let lexicon {
            // The candidates, by their last letters alone (no string is built): a word of four
            // letters or more ending in `s`, not `ss`, `ens` or `ets` (a definite genitive).
            let scalars = text.scalars
            let candidates = tokens.indices.filter { index in
                let token = tokens[index]
                guard token.kind == .word, token.end - token.start >= 4, !verbs.contains(index) else { return false }
                let last = scalars[token.end - 1], second = scalars[token.end - 2], third = scalars[token.end - 3]
                return (last == "s" || last == "S") && second != "s" && second != "S" && !(third == "e" && (second == "n" || second == "t"))
            }
            // Too few to reach the minimum, or in too few sentences for the share: no need to ask.
            let candidateSentences = Set(candidates.map { tokens[$0].sentence }).union(verbs.map { tokens[$0].sentence })
            let possible = modalPassives + candidates.count >= presentMinimum
                && Double(candidateSentences.count) / Double(max(text.sentences.count, 1)) >= share
                && candidateSentences.count >= minimumSentences
            for index in possible ? candidates : [] {
                let token = tokens[index]
                let first = index == 0 || tokens[index - 1].sentence != token.sentence
                // A capital inside a sentence is a name; a definite genitive (`avtalets`) is no verb.
                guard first || !token.isCapitalized else { continue }
                if !first, genitiveBefore.contains(tokens[index - 1].hash) || Self.att.contains(tokens[index - 1].hash) { continue }
                let word = text.key(of: token)
                guard !word.hasSuffix("rnas"), !deponents.contains(word), lexicon.isPassiveSForm(word) else { continue }
                passives.append(index..<(index + 1))
                verbs.insert(index)
            }
            passives.sort { $0.lowerBound < $1.lowerBound }
        }
        let total = text.sentences.count
        func dominates(_ count: Int, _ verbs: Set<Int>, needing: Int) -> Bool {
            let sentences = Set(verbs.map { tokens[$0].sentence })
            return count >= needing && total > 0 && sentences.count >= minimumSentences && Double(sentences.count) / Double(total) >= share
        }
        guard dominates(modalPassives, modalVerbs, needing: minimum) || dominates(passives.count, verbs, needing: presentMinimum),
              let first = passives.first, let last = passives.last else { return }
        // The finding spans the paragraph's passives, from the first to the last.
        let range = context.scalarRange(tokens: first.lowerBound..<max(first.upperBound, last.upperBound))
        findings.append(RuleFinding(range: range, message: MessageTemplate.fill(metadata.message, values: [
            "match": context.block.text(in: range), "value": String(passives.count), "detail": String(total),
        ])))
    }
}

extension PassiveVoiceRule: RuleKind {
    static let name = "passive"
    static let keys = ["modals", "auxiliaries", "skipped", "deponents", "participleEndings", "minimum", "share", "minimumSentences",
                       "presentPassives", "presentMinimum", "genitiveBefore"]
}
