import TenderLintCore
import TenderLintLanguage

/// Legal citations, found by `LegalCitationRecognizer` (one finding per whole citation). What
/// a rule of this kind reports is set by `report:`:
/// - `citations`: every citation, asking the writer to say what it means for the supplier;
///   for a provision with a summary in `summaries`, the summary is part of the message;
/// - `unknown-provisions`: a chapter or section that the named statute does not have
///   (checked against `tables`, derived from the statute texts);
/// - `repealed`: a citation of repealed procurement law (LOU 2007:1091, LUF 2007:1092).
public struct LegalReferenceRule: Rule {
    public enum Report: String, Sendable, CaseIterable {
        case citations
        case unknownProvisions = "unknown-provisions"
        case repealed
    }

    public let metadata: RuleMetadata
    let report: Report
    let tables: LawTables
    /// Appended to the message when the cited provision has a summary: `{summary}`.
    let summaryMessage: String?
    /// Statute assumed for a citation that names none, when the document names it elsewhere.
    let defaultStatute: String?
    /// Phrases before a whole law (`lagen (2018:558) om företagshemligheter`, `LOU`) that invoke
    /// it as the source of a duty: `dutyCues` (`i enlighet med`, `i strid med`) for any law,
    /// `statuteCues` (`enligt`) for a law by number or full name only ("grund för uteslutning
    /// enligt LOU, till exempel …" goes on to say what), and not in a sentence with a verb of
    /// `namingVerbs` ("Upphandlingen genomförs som ett öppet förfarande enligt lagen (2016:1145)
    /// …" names the law it is made under). A law merely named is no reference to look up;
    /// without cues, a law by number or full name is always flagged and one by abbreviation never.
    /// A statute cue right after a modal verb or before one (`ska enligt språklagen (2009:600)
    /// använda …`, `Enligt lagen (2018:1937) ska webbplatsen …`) stands beside a sentence that
    /// says what the law requires, and is no reference. `obeyCues` (`följa`, `uppfylla kraven i`)
    /// before a law by number or full name invoke it too. Neither counts when the text says what
    /// the law means (`explanations`, after the law in its sentence or opening the next: `,
    /// vilket innebär att …`, `Det betyder att …`).
    let cues: TermMatcher?
    let namingVerbs: TokenHashSet
    /// Words that, right before a duty cue, point back at what the text has just said: `Det
    /// följer av lagen (2018:1277) …` after a sentence that states the duty (`restatedBy`).
    let restatedBy: TokenHashSet
    /// The procurement laws themselves (`regimeStatutes`): the buyer follows them, so an obey cue
    /// before one (`Vi följer lagen (2016:1145) om offentlig upphandling`) names the law the
    /// buyer works under, like a naming verb.
    let regimeStatutes: Set<String>
    /// Beginnings of words that name a status the law grants (`grantedStatus`: `auktoriser`,
    /// `registrer`): within three words before a statute cue (`ska vara ett auktoriserat
    /// bevakningsföretag enligt lagen (1974:191) …`) the sentence states the demand, to hold the
    /// status, and the law only says who grants it.
    let grantedStatus: [String]
    static let dutyCue = 0, statuteCue = 1, obeyCue = 2, explanation = 3
    static let modals = TokenHashSet(words: ["ska", "skall", "måste", "bör", "får", "kan"])

    /// For `report: repealed`: each repealed statute (as the citation recognizer names it,
    /// `ÄLOU`) and the law that replaced it, from the rule file's `repealed:`.
    let repealed: [String: String]
    /// Statutes whose citations this rule leaves to another (`skipStatutes: [ÄLOU]`: the
    /// repealed law is `sv/upphavd-lag`'s, one finding for one citation).
    let skipStatutes: Set<String>

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        let name = try yaml.string("report", required: true)!
        guard let report = Report(rawValue: name) else {
            throw yaml.error(at: yaml.mapping[.init("report")], "”report” ska vara "
                + Report.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.report = report
        tables = try LawTables.load(
            tables: try yaml.string("tables"), summaries: try yaml.string("summaries"), rulePath: metadata.sourcePath)
        var repealed: [String: String] = [:]
        if var map = try yaml.mapping("repealed", what: "”repealed”") {
            for (key, _) in map.mapping {
                guard let statute = key.string else { continue }
                repealed[statute] = try map.string(statute, required: true)
            }
            try map.finish()
        }
        if report != .repealed, !repealed.isEmpty {
            throw yaml.error(at: yaml.mapping[.init("repealed")], "”repealed” gäller bara ”report: repealed”")
        }
        if report == .repealed, repealed.isEmpty {
            throw YAMLMapping.error(yaml.path, yaml.mark, "”report: repealed” behöver ”repealed” med de upphävda lagarna och lagarna som ersatt dem")
        }
        self.repealed = repealed
        skipStatutes = Set(try yaml.stringList("skipStatutes") ?? [])
        summaryMessage = try yaml.string("summaryMessage")
        defaultStatute = try yaml.string("defaultStatute")
        let dutyCues = try yaml.stringList("dutyCues") ?? [], statuteCues = try yaml.stringList("statuteCues") ?? []
        let obeyCues = try yaml.stringList("obeyCues") ?? [], explanations = try yaml.stringList("explanations") ?? []
        cues = dutyCues.isEmpty && statuteCues.isEmpty && obeyCues.isEmpty ? nil : TermMatcher.local(
            dutyCues.map { TermSpec(text: $0, payload: Self.dutyCue) } + statuteCues.map { TermSpec(text: $0, payload: Self.statuteCue) }
                + obeyCues.map { TermSpec(text: $0, payload: Self.obeyCue) }
                + explanations.map { TermSpec(text: $0, payload: Self.explanation) })
        namingVerbs = TokenHashSet(words: (try yaml.stringList("namingVerbs") ?? []).map { $0.lowercased() })
        restatedBy = TokenHashSet(words: (try yaml.stringList("restatedBy") ?? []).map { $0.lowercased() })
        regimeStatutes = Set(try yaml.stringList("regimeStatutes") ?? [])
        grantedStatus = (try yaml.stringList("grantedStatus") ?? []).map { $0.lowercased() }
        if report == .unknownProvisions, tables.chapters.isEmpty {
            throw YAMLMapping.error(yaml.path, yaml.mark, "”unknown-provisions” behöver ”tables” med lagarnas kapitel och paragrafer")
        }
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        // The cue phrases of the block, found once, and only where a whole law is cited.
        var cueHits: [TermHit]?
        for citation in context.citations {
            let range = context.scalarRange(tokens: citation.tokens)
            let match = context.block.text(in: range)
            switch report {
            case .citations:
                if let statute = citation.statute, skipStatutes.contains(statute) { continue }
                // A whole law, by name or number, is a reference only where it is invoked as
                // the source of a duty; the abbreviation rule asks for a bare name to be written out.
                if citation.kind == .name || citation.kind == .statute {
                    if let cues {
                        if cueHits == nil { cueHits = cues.hits(in: context.tokens, scalars: context.block.scalars) }
                        if !invokedAsDuty(citation, cueHits ?? [], context.tokens) { continue }
                    } else if citation.kind == .name {
                        continue
                    }
                }
                findings.append(RuleFinding(range: range, message: citationMessage(citation, match: match, context: context)))
            case .unknownProvisions:
                if let problem = unknownProvision(citation) {
                    findings.append(RuleFinding(range: range, message: MessageTemplate.fill(metadata.message, values: [
                        "match": match, "statute": problem.statute, "provision": problem.provision, "detail": problem.detail,
                    ])))
                }
            case .repealed:
                if let statute = citation.statute, let current = repealed[statute] {
                    findings.append(RuleFinding(range: range, message: MessageTemplate.fill(metadata.message, values: [
                        "match": match, "statute": statute, "detail": current,
                    ]), suggestions: []))
                }
            }
        }
    }

    /// Whether a duty cue ends right before the citation, in its sentence ("uteslutas i
    /// enlighet med LOU"); or, before a law by number or full name, a statute cue in a sentence
    /// that does not merely name the law the procurement is made under and does not go on to say
    /// what the law requires, or an obey cue with no explanation after it.
    private func invokedAsDuty(_ citation: LegalCitation, _ cueHits: [TermHit], _ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        let start = citation.tokens.lowerBound
        let sentence = tokens[start].sentence
        let before = cueHits.filter { $0.tokens.upperBound == start && tokens[$0.tokens.lowerBound].sentence == sentence }
        if let duty = before.first(where: { $0.payload == Self.dutyCue }) {
            let previous = duty.tokens.lowerBound - 1
            return !(citation.kind == .statute && previous >= 0 && tokens[previous].sentence == sentence
                     && restatedBy.contains(tokens[previous].hash))
        }
        guard citation.kind == .statute else { return false }
        if let cue = before.first(where: { $0.payload == Self.statuteCue }) {
            if (text.sentences[sentence].lowerBound..<start).contains(where: { namingVerbs.contains(tokens[$0].hash) }) { return false }
            // `ska enligt lagen … använda`, `Enligt lagen … ska`: the sentence says what.
            let previous = cue.tokens.lowerBound - 1, next = citation.tokens.upperBound
            if previous >= 0, tokens[previous].sentence == sentence, Self.modals.contains(tokens[previous].hash) { return false }
            if next < tokens.count, tokens[next].sentence == sentence, Self.modals.contains(tokens[next].hash) { return false }
            let status = max(text.sentences[sentence].lowerBound, cue.tokens.lowerBound - 3)..<cue.tokens.lowerBound
            if status.contains(where: { index in grantedStatus.contains { text.key(of: tokens[index]).hasPrefix($0) } }) { return false }
            return !explained(citation, sentence: sentence, cueHits, text)
        }
        guard before.contains(where: { $0.payload == Self.obeyCue }) else { return false }
        if let statute = citation.statute, regimeStatutes.contains(statute) { return false }
        return !explained(citation, sentence: sentence, cueHits, text)
    }

    /// Whether the text says what the law means: an explanation after it in its sentence (`,
    /// vilket innebär att`) or opening the next (`Det betyder att …`).
    private func explained(_ citation: LegalCitation, sentence: Int, _ cueHits: [TermHit], _ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        return cueHits.contains { hit in
            guard hit.payload == Self.explanation else { return false }
            let at = tokens[hit.tokens.lowerBound].sentence
            return (at == sentence && hit.tokens.lowerBound >= citation.tokens.upperBound)
                || (at == sentence + 1 && hit.tokens.lowerBound == text.sentences[at].lowerBound)
        }
    }

    private func citationMessage(_ citation: LegalCitation, match: String, context: BlockContext) -> String {
        var message = MessageTemplate.fill(metadata.message, values: ["match": match])
        guard let summaryMessage, citation.kind == .provision, let provision = citation.provisions.first,
              let chapter = provision.chapter else { return message }
        var statute = citation.statute
        if statute == nil, let defaultStatute, context.documentContext.namedStatutes.contains(defaultStatute) {
            statute = defaultStatute
        }
        guard let statute, let summary = tables.summary(statute: statute, chapter: chapter, section: provision.sections.first)
        else { return message }
        message += " " + MessageTemplate.fill(summaryMessage, values: [
            "summary": summary.text, "provision": summary.key, "statute": statute,
        ])
        return message
    }

    /// The first cited chapter or section that the named statute does not have.
    private func unknownProvision(_ citation: LegalCitation) -> (statute: String, provision: String, detail: String)? {
        guard citation.kind == .provision, let statute = citation.statute, let chapters = tables.chapters[statute] else {
            return nil
        }
        for provision in citation.provisions {
            guard let chapter = provision.chapter else { continue }
            guard let known = chapters[chapter] else {
                let count = chapters.values.filter { !$0.repealed }.count
                return (statute, "\(chapter) kap.", "\(statute) har \(count) kapitel")
            }
            if known.repealed {
                return (statute, "\(chapter) kap.", "kapitlet har upphävts")
            }
            for section in provision.sections where !known.sections.contains(section) {
                let span = known.sections.first.map { first in "\(first)–\(known.sections.last ?? first)" } ?? ""
                return (statute, "\(chapter) kap. \(section) §", "\(chapter) kap. har \(span) §§")
            }
        }
        return nil
    }
}

extension LegalReferenceRule {
    public var behaviour: String {
        switch report {
        case .citations:
            "Flaggar varje hänvisning till lagparagrafer, EU-rätt, förarbeten och domar, en gång per hel "
                + "hänvisning. För de bestämmelser i LOU som upphandlingar oftast hänvisar till förklarar meddelandet "
                + "vad bestämmelsen innebär."
        case .unknownProvisions:
            "Flaggar hänvisningar till kapitel och paragrafer som inte finns i LOU, LUF, LUK eller LUFS, "
                + "enligt tabeller som tagits fram ur lagtexterna."
        case .repealed:
            "Flaggar hänvisningar till de upphävda lagarna från 2007 (LOU 2007:1091, LUF 2007:1092)."
        }
    }
}

extension LegalReferenceRule: RuleKind {
    static let name = "legal-reference"
    static let keys = ["report", "tables", "summaries", "summaryMessage", "defaultStatute", "repealed", "skipStatutes", "dutyCues", "statuteCues", "obeyCues", "explanations", "namingVerbs", "restatedBy", "regimeStatutes", "grantedStatus"]
}
