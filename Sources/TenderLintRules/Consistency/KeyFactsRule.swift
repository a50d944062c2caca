import Foundation
import TenderLintCore
import TenderLintLanguage

/// Key facts a tender states more than once, compared wherever they are stated: within one
/// document, and across the files of a tender package. Each fact is data (`facts:`): its name,
/// the phrases that state it, phrases that make a sentence about something else, and the kind
/// of value it has.
public struct KeyFactsRule: PackageRule {
    public enum ValueKind: String, Sendable, CaseIterable {
        /// A date with a year: `sista anbudsdag 2027-03-15`, `den 15 mars 2027`.
        case date
        /// A date, or a duration (`giltigt i sex månader`).
        case dateOrDuration = "date-or-duration"
        /// A length in months: from two dates (`från och med 2027-08-01 till och med
        /// 2030-07-31`) or a duration (`tre år`), before any option (`med option på 1 + 1 år`).
        case period
        /// An amount in kronor, compared per year or in total.
        case money
        /// A count written just before the phrase: `tre delområden`, `två (2) delkontrakt`.
        case count
        /// A number of days: `betalning sker 30 dagar efter …`, `fakturor betalas inom 45 dagar`.
        case days
    }

    struct Fact: Sendable {
        var name: String
        var value: ValueKind
        var cues: [String]
        var unless: [String]
        var stopAt: Set<String>
        /// For a period: words before a duration that make it the whole length, options included
        /// (`sammanlagda`, `totalt`); the block's length and options are added up against it.
        var totalAt: Set<String>
    }

    public let metadata: RuleMetadata
    let facts: [Fact]
    /// The message for a difference between files (`{fact}`, `{value}`, `{other}`, `{where}`).
    let packageMessage: String
    let phrases: TermMatcher
    let memoKey: String

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        memoKey = metadata.id + "/statements"
        var facts: [Fact] = []
        for node in try yaml.sequence("facts") ?? [] {
            var entry = try YAMLMapping(node, path: yaml.path, what: "ett faktum under ”facts”")
            let name = try entry.string("name", required: true)!
            let valueName = try entry.string("value", required: true)!
            guard let value = ValueKind(rawValue: valueName) else {
                throw entry.error(at: entry.mapping[.init("value")], "”value” ska vara en av: "
                    + ValueKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let cues = try entry.stringList("cues") ?? []
            if cues.isEmpty { throw entry.error(at: node, "faktumet ”\(name)” behöver ”cues”") }
            facts.append(Fact(
                name: name, value: value, cues: cues, unless: try entry.stringList("unless") ?? [],
                stopAt: Set((try entry.stringList("stopAt") ?? []).map { $0.lowercased() }),
                totalAt: Set((try entry.stringList("totalAt") ?? []).map { $0.lowercased() })))
            try entry.finish()
        }
        if facts.isEmpty { throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen key-facts behöver ”facts”") }
        self.facts = facts
        packageMessage = try MessageTemplate.read(&yaml, "packageMessage", required: true)!
        var cueSpecs: [TermSpec] = []
        var unlessSpecs: [TermSpec] = []
        for (factIndex, fact) in facts.enumerated() {
            for phrase in fact.cues + fact.unless where TermMatcher.words(of: phrase) == nil {
                throw YAMLMapping.error(yaml.path, yaml.mark, "”\(phrase)” under ”\(fact.name)” innehåller inga ord")
            }
            cueSpecs += fact.cues.map { TermSpec(text: $0, payload: factIndex) }
            unlessSpecs += fact.unless.map { TermSpec(text: $0, payload: factIndex) }
        }
        // Phrases in which a fact's words state nothing (`under avtalstiden`).
        let exceptions = try ExistenceRule.exceptions(&yaml)
        terms = cueSpecs + exceptions.enumerated().map { TermSpec(text: $1, payload: TermMatcher.exceptionPayload($0)) }
        phrases = TermMatcher.local(unlessSpecs)
    }

    /// The facts' phrases go into the shared matcher; their `unless` phrases are looked for in
    /// the blocks where one hit.
    public let terms: [TermSpec]

    /// The statements noted so far in the document, in reading order.
    private func noted(_ documentContext: DocumentContext) -> Notes<[PackageNote]> {
        documentContext.memo(memoKey) { Notes<[PackageNote]>([]) }
    }

    /// Notes every statement of a fact in the block: a phrase that states it and its value.
    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        let block = context.block
        guard !hits.isEmpty, block.part == nil, block.placeholders.isEmpty, !block.kind.isHeading else { return }
        let text = context.tokens
        let hits = TermMatcher.removingExceptions(hits)
        guard !hits.isEmpty else { return }
        let recognizer = QuantityRecognizer(text)
        let unless = phrases.hits(in: text, scalars: block.scalars)
        let notes = noted(context.documentContext)
        for (factIndex, fact) in facts.enumerated() where fact.value == .period && !fact.totalAt.isEmpty {
            if let cue = hits.first(where: { $0.payload == factIndex }),
               let finding = lengthSum(fact, after: cue, text: text, quantities: context.quantities, context: context) {
                findings.append(finding)
            }
        }
        for sentence in text.sentences.indices {
            let inSentence = hits.filter { text.tokens[$0.tokens.lowerBound].sentence == sentence }
            // No figure, no statement: the block's quantities are found only when one may be there.
            guard !inSentence.isEmpty, recognizer.mayHoldQuantity(in: text.sentences[sentence]) else { continue }
            for (factIndex, fact) in facts.enumerated() {
                guard let cue = inSentence.first(where: { $0.payload == factIndex }),
                      !unless.contains(where: { $0.payload == factIndex && text.tokens[$0.tokens.lowerBound].sentence == sentence })
                else { continue }
                notes.value += statements(of: fact, cue: cue, sentence: sentence, text: text, quantities: context.quantities,
                                          block: context.blockIndex, context: context)
            }
        }
    }


    /// What the sentence states of the fact: one statement, or for a period said both ways
    /// (`gäller i två år, från 2025-04-01 till och med 2028-03-31`, `från … till och med …, det
    /// vill säga tre år`) two, its length and its dates, which the document's comparison then
    /// holds against each other.
    private func statements(
        of fact: Fact, cue: TermHit, sentence: Int, text: TokenizedText, quantities: [Quantity], block: Int,
        context: BlockContext
    ) -> [PackageNote] {
        let range = text.sentences[sentence]
        let stop = Self.stop(of: fact, after: cue, in: range, text: text)
        // A period by its dates (`från och med 2027-08-01 till och med 2030-07-31`), else as any fact.
        guard fact.value == .period, let span = Self.span(after: cue, before: stop, in: range, quantities: quantities) else {
            return statement(of: fact, cue: cue, sentence: sentence, text: text, quantities: quantities, block: block, context: context)
                .map { [$0] } ?? []
        }
        let spanTokens = span.start.tokens.lowerBound..<span.end.tokens.upperBound
        let dates = PackageNote(
            kind: fact.name, value: "\(Int((Double(span.days) / 30.44).rounded())) mån",
            shown: span.start.formatted + "–" + span.end.formatted, range: context.scalarRange(tokens: spanTokens), in: context,
            rule: metadata.id)
        // The length beside the dates: before them, right after the phrase (`gäller i två år,
        // från …`), or just after them (`…, det vill säga tre år`).
        guard let duration = quantities.first(where: { quantity in
            quantity.kind == .duration && range.contains(quantity.tokens.lowerBound) && quantity.tokens.lowerBound < stop
                && ((quantity.tokens.lowerBound >= cue.tokens.upperBound && quantity.tokens.upperBound <= spanTokens.lowerBound)
                    || (quantity.tokens.lowerBound >= spanTokens.upperBound && quantity.tokens.lowerBound - spanTokens.upperBound <= 5))
        }), let years = duration.years, years >= 0.25 else { return [dates] }
        let lengthValue = "\(Int((years * 12).rounded())) mån"
        // A finding on the later of the two runs back over the earlier: it is about the pair
        // (`två år, från 2025-04-01 till 2028-03-31`).
        let pair = context.scalarRange(tokens: min(duration.tokens.lowerBound, spanTokens.lowerBound)..<max(
            duration.tokens.upperBound, spanTokens.upperBound))
        if duration.tokens.lowerBound < spanTokens.lowerBound {
            let length = PackageNote(kind: fact.name, value: lengthValue, shown: duration.formatted,
                                     range: context.scalarRange(tokens: duration.tokens), in: context, rule: metadata.id)
            return [length, PackageNote(kind: fact.name, value: dates.value, shown: dates.shown, range: pair, in: context, rule: metadata.id)]
        }
        return [dates, PackageNote(kind: fact.name, value: lengthValue, shown: duration.formatted, range: pair, in: context, rule: metadata.id)]
    }

    /// A length, its options and its stated total in one block that do not add up: `gäller i två
    /// år …, med möjlighet till förlängning i högst ett år. … sammanlagda löptid kan därmed bli
    /// högst fyra (4) år`. Each duration after the phrase is the length (the first), an option
    /// (after an option word in its sentence) or the total (after a total word), read up to the
    /// total; `1 + 1 år` and `ett (1) plus ett (1) år` are two years, and `ett år i taget` leaves the count of options open.
    private func lengthSum(_ fact: Fact, after cue: TermHit, text: TokenizedText, quantities: [Quantity],
                           context: BlockContext) -> RuleFinding? {
        // A length and its options with no total after them are carried to the next block that
        // states the total (`2.1 Avtalstid … option att förlänga med högst två år` and `2.2
        // Avtalets längd inklusive samtliga optioner är högst fem år`).
        let carried: Notes<(base: Double, options: [Double])?> = context.documentContext.memo(metadata.id + "/length") { Notes(nil) }
        var base: Double?
        var options: [Double] = []
        var totalSeen = false
        defer {
            if !totalSeen, let base, !options.isEmpty { carried.value = (base, options) }
        }
        for quantity in quantities where quantity.kind == .duration && quantity.tokens.lowerBound >= cue.tokens.upperBound {
            guard let years = quantity.years, years >= 0.25 else { continue }
            let sentence = text.tokens[quantity.tokens.lowerBound].sentence
            let before = max(text.sentences[sentence].lowerBound, quantity.tokens.lowerBound - 8)..<quantity.tokens.lowerBound
            let keys = before.map { text.key(of: text.tokens[$0]) }
            if keys.contains(where: fact.totalAt.contains) {
                totalSeen = true
                if base == nil, options.isEmpty, let earlier = carried.value {
                    (base, options) = (earlier.base, earlier.options)
                    carried.value = nil
                }
                guard let base, !options.isEmpty else { return nil }
                let sum = base + options.reduce(0, +)
                guard abs(sum - years) >= 1.0 / 12 else { return nil }
                let parts = ([base] + options).map { Self.yearsShown($0) }.joined(separator: " + ")
                let range = context.scalarRange(tokens: quantity.tokens)
                return RuleFinding(range: range, message: MessageTemplate.fill(metadata.message, values: [
                    "fact": fact.name, "value": quantity.formatted + " totalt",
                    "other": parts + " = " + Self.yearsShown(sum), "where": "i samma stycke",
                ]))
            }
            if keys.contains(where: fact.stopAt.contains) || keys.contains(where: { $0.hasPrefix("förläng") || $0.hasPrefix("option") }) {
                // `ett år i taget`: as many times as the total allows; nothing to add up.
                // After a stated most (`med högst två (2) år, ett år i taget`) it only says how.
                let after = quantity.tokens.upperBound
                if after + 1 < text.tokens.count, text.key(of: text.tokens[after]) == "i", text.key(of: text.tokens[after + 1]) == "taget" {
                    if options.isEmpty { carried.value = nil; return nil }
                    continue
                }
                options.append(ContractFacts.addedYears(
                    quantity, years: years, from: before.lowerBound, joiners: ["+", "plus"], text: text, quantities: quantities))
            } else if base == nil {
                base = years
            }
        }
        return nil
    }

    /// `2 år`, `18 månader`.
    static func yearsShown(_ years: Double) -> String {
        let months = Int((years * 12).rounded())
        return months % 12 == 0 ? "\(months / 12) år" : "\(months) månader"
    }

    /// Where a statement ends: its sentence's first option word after the phrase (`… med option
    /// på förlängning i 1 + 1 år` is not the length), else the sentence's end.
    static func stop(of fact: Fact, after cue: TermHit, in range: Range<Int>, text: TokenizedText) -> Int {
        range.first { index in index >= cue.tokens.upperBound && fact.stopAt.contains(text.key(of: text.tokens[index])) }
            ?? range.upperBound
    }

    /// A period's dates: a first date soon after the phrase (within 8 tokens) and a later one
    /// within 6 tokens of it (`från 2025-04-01 till och med 2028-03-31`), before any option word;
    /// `days` counts both ends.
    static func span(after cue: TermHit, before stop: Int, in range: Range<Int>, quantities: [Quantity])
        -> (start: Quantity, end: Quantity, days: Int)? {
        let dates = quantities.filter { quantity in
            quantity.kind == .date && quantity.day?.year != nil && range.contains(quantity.tokens.lowerBound)
                && quantity.tokens.lowerBound >= cue.tokens.upperBound && quantity.tokens.lowerBound < stop
        }
        guard let first = dates.first, first.tokens.lowerBound - cue.tokens.upperBound <= 8,
              let second = dates.dropFirst().first, second.tokens.lowerBound - first.tokens.upperBound <= 6,
              let start = first.day?.dayNumber, let end = second.day?.dayNumber, end > start else { return nil }
        return (first, second, end - start + 1)
    }

    private func statement(
        of fact: Fact, cue: TermHit, sentence: Int, text: TokenizedText, quantities: [Quantity], block: Int,
        context: BlockContext
    ) -> PackageNote? {
        let range = text.sentences[sentence]
        let stop = Self.stop(of: fact, after: cue, in: range, text: text)
        // The value follows its phrase closely (`Sista anbudsdag är den 15 mars 2027`, `Avtalet
        // gäller i tre år`); a figure further off or before it is about something else (`sex
        // månader innan avtalet löper ut`, `tilldelningsbeslut senast 2027-04-16, innan anbudens
        // giltighetstid går ut`). Money may come further on; a count stands just before.
        let reach = fact.value == .money ? 16 : 8
        let inSentence = quantities.filter { quantity in
            range.contains(quantity.tokens.lowerBound) && quantity.tokens.lowerBound < stop
                && (fact.value == .count
                    || (quantity.tokens.lowerBound >= cue.tokens.upperBound && quantity.tokens.lowerBound - cue.tokens.upperBound <= reach))
        }
        func note(_ kind: String, _ value: String, _ shown: String, _ tokens: Range<Int>) -> PackageNote {
            PackageNote(
                kind: kind, value: value, shown: shown, range: context.scalarRange(tokens: tokens), in: context, rule: metadata.id)
        }
        let dates = inSentence.filter { $0.kind == .date && $0.day?.year != nil }
        switch fact.value {
        case .date:
            guard let date = dates.first else { return nil }
            return note(fact.name, date.formatted, date.formatted, date.tokens)
        case .dateOrDuration:
            if let date = dates.first { return note(fact.name, date.formatted, date.formatted, date.tokens) }
            guard let duration = inSentence.first(where: { $0.kind == .duration }), let years = duration.years else { return nil }
            let months = Int((years * 12).rounded())
            return note(fact.name, "\(months) mån", duration.formatted, duration.tokens)
        case .period:
            guard let duration = inSentence.first(where: { $0.kind == .duration }),
                  let years = duration.years, years >= 0.25 else { return nil }
            let months = Int((years * 12).rounded())
            return note(fact.name, "\(months) mån", duration.formatted, duration.tokens)
        case .money:
            guard let money = inSentence.first(where: { $0.kind == .money }), let kronor = money.kronor else { return nil }
            let keys = range.map { text.key(of: text.tokens[$0]) }
            let total = money.period == .total || keys.contains { ["totalt", "sammanlagt", "sammanlagda", "hela"].contains($0) }
            let yearly = money.period == .year || keys.contains { ["årligen", "årliga", "årligt", "årsvärde"].contains($0) }
            let period = total ? "totalt" : yearly ? "per år" : ""
            let shown = money.formatted + (period.isEmpty ? "" : " " + period)
            return note(fact.name + (period.isEmpty ? "" : " " + period), "\(Int(kronor.rounded()))", shown, money.tokens)
        case .days:
            guard let duration = inSentence.first(where: { $0.kind == .duration && $0.unit == .days }) else { return nil }
            return note(fact.name, Quantity.group(duration.value), duration.formatted, duration.tokens)
        case .count:
            guard let count = inSentence.last(where: { $0.kind == .number && $0.tokens.upperBound <= cue.tokens.lowerBound
                                                       && cue.tokens.lowerBound - $0.tokens.upperBound <= 1 }) else { return nil }
            // A row label of a table tiered by the count (`Två delområden	minst 20 sjuksköterskor`)
            // states no count of the procurement's own.
            if count.tokens.lowerBound == range.lowerBound, range.count <= 3 { return nil }
            return note(fact.name, Quantity.group(count.value), Quantity.group(count.value), count.tokens)
        }
    }

    /// Within a document: a statement that differs from the fact's first statement.
    public func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)]) {
        let notes = self.notes(documentContext)
        var first: [String: PackageNote] = [:]
        for note in notes {
            guard let earlier = first[note.kind] else {
                first[note.kind] = note
                continue
            }
            guard earlier.value != note.value else { continue }
            let block = documentContext.document.blocks[earlier.block]
            let line = block.map.position(at: earlier.range.lowerBound).line
            let place = documentContext.document.format.isPlainText ? "på rad \(line)" : "i stycke \(line)"
            findings.append((note.block, RuleFinding(range: note.range, message: MessageTemplate.fill(metadata.message, values: [
                "fact": note.kind, "value": note.shown, "other": earlier.shown, "where": place,
            ]))))
        }
    }

    /// Every statement of every fact in the document's main text, in reading order.
    public func notes(_ documentContext: DocumentContext) -> [PackageNote] { noted(documentContext).value }

    /// Across files: a file whose statements of a fact all differ from the tender document's.
    public func checkPackage(_ members: [PackageMember]) -> [(member: Int, note: Int, message: String)] {
        var results: [(member: Int, note: Int, message: String)] = []
        for (memberIndex, member) in members.enumerated() {
            for kind in Set(member.notes.map(\.kind)).sorted() {
                guard let reference = Self.reference(for: memberIndex, in: members, kind: kind) else { continue }
                let theirs = members[reference].notes.filter { $0.kind == kind }
                let mine = member.notes.enumerated().filter { $0.element.kind == kind }
                guard !theirs.isEmpty, Set(theirs.map(\.value)).isDisjoint(with: mine.map(\.element.value)) else { continue }
                for (noteIndex, note) in mine {
                    results.append((memberIndex, noteIndex, MessageTemplate.fill(packageMessage, values: [
                        "fact": kind, "value": note.shown, "other": theirs[0].shown, "where": "i " + members[reference].name,
                    ])))
                }
            }
        }
        return results
    }
}

extension KeyFactsRule {
    public var behaviour: String {
        "Jämför uppgifterna " + facts.map { "”\($0.name.lowercased())”" }.joined(separator: ", ")
            + " där de anges i dokumentet, och mellan filerna i samma upphandling (samma mapp)."
    }
}

extension KeyFactsRule: RuleKind {
    static let name = "key-facts"
    static let keys = ["facts", "exceptions", "packageMessage"]
}
