import TenderLintCore

/// Paragraphs where passive voice dominates: the s-passive after a modal verb (`ska lämnas`,
/// `kommer att beaktas`, `kan komma att förkastas`) and `blir`/`blev` + participle (`blir
/// godkänd`). Reported once per paragraph, on its first passive, when at least `minimum`
/// (default 2) passives stand in at least `share` (default 0.5) of its sentences.
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
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        // Fewer modals than passives needed: nothing to report.
        guard hits.count >= minimum, !context.block.kind.isHeading else { return }
        let text = context.tokens
        let tokens = text.tokens
        var passives: [Range<Int>] = []
        var sentences = Set<Int>()
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
            sentences.insert(tokens[next].sentence)
        }
        let total = text.sentences.count
        guard passives.count >= minimum, total > 0, sentences.count >= minimumSentences, Double(sentences.count) / Double(total) >= share,
              let first = passives.first else { return }
        let range = context.scalarRange(tokens: first)
        findings.append(RuleFinding(range: range, message: MessageTemplate.fill(metadata.message, values: [
            "match": context.block.text(in: range), "value": String(passives.count), "detail": String(total),
        ])))
    }
}

extension PassiveVoiceRule: RuleKind {
    static let name = "passive"
    static let keys = ["modals", "auxiliaries", "skipped", "deponents", "participleEndings", "minimum", "share", "minimumSentences"]
}
