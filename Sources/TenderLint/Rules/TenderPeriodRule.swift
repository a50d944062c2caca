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
            return phrases.map { $0.lowercased() }
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

    /// A labelled date: which block, its scalar range there, and the day.
    struct Dated {
        var block: Int
        var range: Range<Int>
        var day: Int
    }

    struct Survey {
        var deadline: Dated?
        var publication: Dated?
        var electronic = false
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        let survey: Survey = context.documentContext.memo("\(metadata.id)/dates") { self.survey(context.document) }
        guard let deadline = survey.deadline, deadline.block == context.blockIndex,
              let publication = survey.publication, deadline.day > publication.day else { return }
        let days = deadline.day - publication.day
        let procedure = context.contract.procedure?.lowercased()
        let values = ["match": context.block.text(in: deadline.range), "figure": "\(days) dagar"]
        if let procedure, let minimum = minimumDays[procedure] {
            let required = survey.electronic ? minimum.electronic : minimum.paper
            guard days < required else { return }
            var filled = values
            filled["limit"] = "\(required) dagar"
            filled["detail"] = procedure + (survey.electronic ? " med elektroniska anbud" : "")
            findings.append(RuleFinding(range: deadline.range, message: MessageTemplate.fill(metadata.message, values: filled)))
        } else if days < reasonableDays {
            var filled = values
            filled["limit"] = "\(reasonableDays) dagar"
            findings.append(RuleFinding(range: deadline.range, message: MessageTemplate.fill(messageBelowThreshold, values: filled),
                                        severity: .warning))
        }
    }

    enum Label { case deadline, publication }

    /// Which label stands last in `text` (the one nearest a date after it).
    private func nearestLabel(in text: String) -> Label? {
        func lastOffset(_ labels: [String]) -> Int? {
            labels.compactMap { label in text.range(of: label, options: .backwards).map { text.distance(from: text.startIndex, to: $0.lowerBound) } }.max()
        }
        switch (lastOffset(deadlineLabels), lastOffset(publicationLabels)) {
        case let (deadline?, publication?): return deadline > publication ? .deadline : .publication
        case (_?, nil): return .deadline
        case (nil, _?): return .publication
        case (nil, nil): return nil
        }
    }

    /// The first dated deadline and publication in the main text: a date in the same sentence
    /// as a label, or in the table cell right after a cell that holds the label.
    private func survey(_ document: Document) -> Survey {
        var survey = Survey()
        var previousText = ""
        for (index, block) in document.blocks.enumerated() where block.part == nil {
            let text = block.text.lowercased()
            defer {
                if case .tableCell = block.kind { previousText = text } else { previousText = "" }
            }
            if !survey.electronic, electronicCues.contains(where: { DocumentContext.contains(text, $0) }) { survey.electronic = true }
            let labelHere = deadlineLabels.contains { DocumentContext.contains(text, $0) }
                || publicationLabels.contains { DocumentContext.contains(text, $0) }
            let labelBefore = deadlineLabels.contains { DocumentContext.contains(previousText, $0) }
                || publicationLabels.contains { DocumentContext.contains(previousText, $0) }
            guard labelHere || labelBefore else { continue }
            let tokens = Tokenizer.tokenize(block.scalars)
            for quantity in QuantityRecognizer(tokens).quantities() where quantity.kind == .date {
                guard let day = quantity.day?.dayNumber else { continue }
                // The label nearest before the date in its sentence, else the cell before.
                let sentence = tokens.sentences[tokens.tokens[quantity.tokens.lowerBound].sentence]
                let before = (sentence.lowerBound..<quantity.tokens.lowerBound).map { tokens.key(of: tokens.tokens[$0]) }
                    .joined(separator: " ")
                let label = nearestLabel(in: labelHere ? before : "") ?? nearestLabel(in: previousText)
                let dated = Dated(
                    block: index, range: tokens.tokens[quantity.tokens.lowerBound].start..<tokens.tokens[quantity.tokens.upperBound - 1].end,
                    day: day)
                switch label {
                case .deadline?: if survey.deadline == nil { survey.deadline = dated }
                case .publication?: if survey.publication == nil { survey.publication = dated }
                case nil: break
                }
            }
        }
        return survey
    }
}
