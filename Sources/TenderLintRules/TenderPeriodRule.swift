import TenderLintCore

/// A tender period shorter than the law allows (11 kap. LOU), from the dates the document
/// gives for publication and for the last day for tenders: an open procedure needs 35 days (30
/// when tenders may be sent electronically), a restricted or negotiated one 30 (25); below the
/// thresholds the law asks for "skälig tid", and a period under `reasonableDays` is a warning.
public struct TenderPeriodRule: Rule {
    public let metadata: RuleMetadata
    /// Phrases that label the last day for tenders and the day of publication.
    let deadlineLabels: [String]
    let publicationLabels: [String]
    /// Phrases that show tenders are sent electronically (which shortens the minimum).
    let electronicCues: [String]
    /// Minimum days by procedure, and the electronic minimum.
    let minimumDays: [String: (paper: Int, electronic: Int)]
    /// Below the thresholds: a period shorter than this is a warning.
    let reasonableDays: Int
    let messageBelowThreshold: String

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        func list(_ key: String) throws(TenderLintError) -> [String] {
            let phrases = try yaml.stringList(key) ?? []
            guard !phrases.isEmpty else {
                throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen tender-period behöver ”\(key)”")
            }
            for phrase in phrases where TermMatcher.words(of: phrase) == nil {
                throw YAMLMapping.error(yaml.path, yaml.mark, "”\(phrase)” under ”\(key)” innehåller inga ord")
            }
            return phrases
        }
        deadlineLabels = try list("deadlineLabels")
        publicationLabels = try list("publicationLabels")
        electronicCues = try list("electronicCues")
        var minimums: [String: (Int, Int)] = [:]
        for node in try yaml.sequence("minimumDays") ?? [] {
            var item = try YAMLMapping(node, path: yaml.path, what: "en tidsfrist")
            let procedure = try item.string("procedure", required: true)!.lowercased()
            guard let paper = try item.int("days"), let electronic = try item.int("electronic") else {
                throw item.error(at: node, "en tidsfrist behöver ”days” och ”electronic”")
            }
            minimums[procedure] = (paper, electronic)
            try item.finish()
        }
        guard !minimums.isEmpty else {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen tender-period behöver ”minimumDays”")
        }
        minimumDays = minimums
        reasonableDays = try yaml.int("reasonableDays") ?? 15
        messageBelowThreshold = try yaml.string("messageBelowThreshold", required: true)!

    }

    static let publicationBase = 1 << 20
    static let electronicBase = 2 << 20

    public var terms: [TermSpec] {
        deadlineLabels.enumerated().map { TermSpec(text: $1, payload: $0) }
            + publicationLabels.enumerated().map { TermSpec(text: $1, payload: Self.publicationBase + $0) }
            + electronicCues.enumerated().map { TermSpec(text: $1, payload: Self.electronicBase + $0) }
    }

    enum Label { case deadline, publication }

    /// A labelled date: which block, its scalar range there, and the day.
    struct Dated {
        var block: Int
        var range: Range<Int>
        var day: Int
    }

    /// What the blocks have shown so far.
    struct Survey {
        var deadline: Dated?
        var publication: Dated?
        var electronic = false
        /// A table cell holding a label and no date: the next cell's date is its value.
        var pending: (block: Int, label: Label)?
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        let notes: Notes<Survey> = context.documentContext.memo("\(metadata.id)/dates") { Notes(Survey()) }
        if hits.contains(where: { $0.payload >= Self.electronicBase }) { notes.value.electronic = true }
        let labels = hits.filter { $0.payload < Self.electronicBase }
        let pending = notes.value.pending.flatMap { $0.block == context.blockIndex - 1 ? $0.label : nil }
        notes.value.pending = nil
        guard context.block.part == nil, !labels.isEmpty || pending != nil else { return }
        let tokens = context.tokens.tokens
        let dates = context.quantities.filter { $0.kind == .date && $0.day?.dayNumber != nil }
        if dates.isEmpty {
            if case .tableCell = context.block.kind, let last = labels.max(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                notes.value.pending = (context.blockIndex, last.payload < Self.publicationBase ? .deadline : .publication)
            }
            return
        }
        for date in dates {
            // The label nearest before the date in its sentence, else the label cell before.
            let sentence = tokens[date.tokens.lowerBound].sentence
            let label = labels.filter { $0.tokens.upperBound <= date.tokens.lowerBound && tokens[$0.tokens.lowerBound].sentence == sentence }
                .max { $0.tokens.lowerBound < $1.tokens.lowerBound }
                .map { $0.payload < Self.publicationBase ? Label.deadline : .publication } ?? pending
            let dated = Dated(block: context.blockIndex, range: context.scalarRange(tokens: date.tokens), day: date.day!.dayNumber!)
            switch label {
            case .deadline?: if notes.value.deadline == nil { notes.value.deadline = dated }
            case .publication?: if notes.value.publication == nil { notes.value.publication = dated }
            case nil: break
            }
        }
    }

    public func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)]) {
        let notes: Notes<Survey> = documentContext.memo("\(metadata.id)/dates") { Notes(Survey()) }
        let survey = notes.value
        guard let deadline = survey.deadline, let publication = survey.publication, deadline.day > publication.day else { return }
        let days = deadline.day - publication.day
        let block = documentContext.document.blocks[deadline.block]
        let values = ["match": block.text(in: deadline.range), "figure": "\(days) dagar"]
        if let procedure = documentContext.contract.procedure?.lowercased(), let minimum = minimumDays[procedure] {
            let required = survey.electronic ? minimum.electronic : minimum.paper
            guard days < required else { return }
            var filled = values
            filled["limit"] = "\(required) dagar"
            filled["detail"] = procedure + (survey.electronic ? " med elektroniska anbud" : "")
            findings.append((deadline.block, RuleFinding(range: deadline.range, message: MessageTemplate.fill(metadata.message, values: filled))))
        } else if days < reasonableDays {
            var filled = values
            filled["limit"] = "\(reasonableDays) dagar"
            findings.append((deadline.block, RuleFinding(
                range: deadline.range, message: MessageTemplate.fill(messageBelowThreshold, values: filled), severity: .warning)))
        }
    }
}

extension TenderPeriodRule: RuleKind {
    static let name = "tender-period"
    static let keys = ["deadlineLabels", "publicationLabels", "electronicCues", "minimumDays", "reasonableDays", "messageBelowThreshold"]
}
