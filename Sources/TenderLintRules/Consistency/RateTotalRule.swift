import TenderLintCore
import TenderLintLanguage

/// A yearly figure and the total the text gives for it that do not add up: `3 miljoner kronor
/// per år, totalt 9 miljoner kronor för avtalets fyra år`, `40 000 analyser per år … under
/// avtalets fyra år sammanlagt 120 000 analyser`. The years are the ones the total names
/// (`för avtalets fyra år`, `under de tre åren`); a total over the contract period (`under
/// avtalsperioden`, `inklusive optioner`) is held against the contract's length as the document
/// states it (its length, each option added, the whole length), and said nothing about when the
/// document states no length.
public struct RateTotalRule: Rule {
    enum Cue: Int {
        /// After a count's noun: `analyser beställs per år`.
        case rate
        /// Before a total: `totalt`, `vilket ger`.
        case total
        /// A total over the contract period, its options included: the longest length is meant.
        case longest
        /// A total over the contract period, options or not.
        case period
        /// A sentence that states the contract's length: `avtalet gäller`, `förlängning`.
        case length
        /// A figure said roughly: `cirka`, `omkring`.
        case approximate
    }

    public let metadata: RuleMetadata
    let cues: [(text: String, cue: Cue)]
    /// Words right before a duration that make it the years the total is over (`för avtalets
    /// fyra år`, `under de tre åren`, `avtalstiden om fyra år`).
    let yearsAfter: Set<String>
    /// Words before a duration that make it the whole length, options included (`totalt`,
    /// `sammanlagda`).
    let lengthTotalWords: Set<String>
    /// How far a total may be from the product: exactly stated figures, and rough ones.
    let tolerance: Double
    let approximateTolerance: Double

    /// Rough figures are looked for only in a block with a yearly figure: `cirka` is too common
    /// a word for the shared matcher.
    let approximate: TermMatcher

    public var terms: [TermSpec] {
        cues.filter { $0.cue != .approximate }.map { TermSpec(text: $0.text, payload: $0.cue.rawValue) }
    }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        var cues: [(String, Cue)] = []
        for (key, cue) in [("rateCues", Cue.rate), ("totalCues", .total), ("longestCues", .longest), ("periodCues", .period),
                           ("lengthCues", .length), ("approximateCues", .approximate)] {
            let list = try yaml.stringList(key) ?? []
            if list.isEmpty, cue != .approximate {
                throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen rate-total behöver ”\(key)”")
            }
            cues += list.map { ($0, cue) }
        }
        self.cues = cues
        approximate = TermMatcher.local(cues.filter { $0.1 == .approximate }.map { TermSpec(text: $0.0, payload: Cue.approximate.rawValue) })
        yearsAfter = Set((try yaml.stringList("yearsAfter") ?? []).map { $0.lowercased() })
        lengthTotalWords = Set((try yaml.stringList("lengthTotalWords") ?? []).map { $0.lowercased() })
        tolerance = try yaml.double("tolerance") ?? 0.03
        approximateTolerance = try yaml.double("approximateTolerance") ?? 0.1
    }

    /// A total whose years the document's contract length decides, kept for `finish`.
    struct Pending {
        var block: Int
        var range: Range<Int>
        var rate: Double
        var total: Double
        var longest: Bool
        var tolerance: Double
        var shownRate: String
        var shownTotal: String
        var unit: String
    }

    struct Noted {
        /// Each stated length of the contract and the running sums of a block's lengths
        /// (`två år med option på ett plus ett år`: 2, 3 and 4 years).
        var lengths: [Double] = []
        /// Whole lengths stated as such: `den sammanlagda avtalstiden är högst fyra år`.
        var wholeLengths: [Double] = []
        var pending: [Pending] = []
    }

    private var memoKey: String { metadata.id + "/notes" }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        // Only a block with a yearly count or a contract length needs its figures read: most
        // blocks with `totalt` or `avtalstid` have neither.
        guard hits.contains(where: { $0.payload == Cue.rate.rawValue || $0.payload == Cue.length.rawValue }) || (
            hits.contains(where: { $0.payload != Cue.length.rawValue }) && ScalarScan.containsAny(context.block.scalars, Self.yearly)
        ), !context.block.kind.isHeading, context.block.placeholders.isEmpty else { return }
        let text = context.tokens
        let hits = hits + approximate.hits(in: text, scalars: context.block.scalars)
        let notes: Notes<Noted> = context.documentContext.memo(memoKey) { .init(Noted()) }
        let sentenceOf = { (token: Int) in text.tokens[token].sentence }
        func has(_ cue: Cue, inSentence sentence: Int) -> Bool {
            hits.contains { $0.payload == cue.rawValue && sentenceOf($0.tokens.lowerBound) == sentence }
        }
        let quantities = context.quantities
        // The contract's lengths: each duration in a sentence about the length, the running sum
        // of a length and its options (`ett plus ett år` is two years, `ett år i taget, högst
        // tre gånger` three), and a whole length stated as such (`totalt högst fyra år`).
        var running = 0.0
        var firstDate: (sentence: Int, day: Int)?
        for quantity in quantities where quantity.kind == .duration || quantity.kind == .date {
            let sentence = sentenceOf(quantity.tokens.lowerBound)
            guard has(.length, inSentence: sentence) else { continue }
            if quantity.kind == .date {
                // `gäller fr.o.m. 2026-06-01 t.o.m. 2028-05-31`: the length by its dates.
                guard let day = quantity.day?.dayNumber else { continue }
                if let first = firstDate, first.sentence == sentence, day > first.day {
                    let years = (Double(day - first.day + 1) / 365.25 * 4).rounded() / 4
                    running += years
                    notes.value.lengths += [years, running]
                    firstDate = nil
                } else {
                    firstDate = (sentence, day)
                }
                continue
            }
            guard let years = quantity.years, years >= 0.25 else { continue }
            let range = text.sentences[sentence]
            let before = max(range.lowerBound, quantity.tokens.lowerBound - 4)..<quantity.tokens.lowerBound
            let after = quantity.tokens.upperBound..<min(range.upperBound, quantity.tokens.upperBound + 2)
            // `högst fyra år totalt`, and a sum said again (`1 + 1 år, det vill säga fyra år`).
            if before.contains(where: { lengthTotalWords.contains(text.key(of: text.tokens[$0])) })
                || after.contains(where: { lengthTotalWords.contains(text.key(of: text.tokens[$0])) })
                || (running > 0 && abs(years - running) < 0.01) {
                notes.value.lengths.append(years)
                notes.value.wholeLengths.append(years)
                continue
            }
            var added = ContractFacts.addedYears(
                quantity, years: years, from: range.lowerBound, joiners: ["+", "plus"], text: text, quantities: quantities)
            let next = quantity.tokens.upperBound
            if next + 1 < range.upperBound, text.key(of: text.tokens[next]) == "i", text.key(of: text.tokens[next + 1]) == "taget" {
                // As many times as the sentence says, else an open count: nothing to add up.
                guard let times = quantities.first(where: { number in
                    number.kind == .number && range.contains(number.tokens.lowerBound) && number.tokens.upperBound < range.upperBound
                        && text.key(of: text.tokens[number.tokens.upperBound]) == "gånger"
                }) else { continue }
                added *= times.value
            }
            running += added
            notes.value.lengths += [added, running]
        }
        // The yearly figures and the totals after them.
        let rates = quantities.indices.compactMap { index -> (index: Int, noun: String?)? in
            let quantity = quantities[index]
            if quantity.kind == .money, quantity.period == .year { return (index, nil) }
            guard quantity.kind == .number, let noun = noun(after: quantity, in: text) else { return nil }
            let sentence = sentenceOf(quantity.tokens.lowerBound)
            let isRate = hits.contains { hit in
                hit.payload == Cue.rate.rawValue && sentenceOf(hit.tokens.lowerBound) == sentence
                    && hit.tokens.lowerBound > quantity.tokens.upperBound && hit.tokens.lowerBound - quantity.tokens.upperBound <= 5
            }
            return isRate ? (index, noun) : nil
        }
        for rate in rates {
            let rateQuantity = quantities[rate.index]
            let rateSentence = sentenceOf(rateQuantity.tokens.lowerBound)
            // The first figure of the same kind after it, in its sentence or the next two.
            guard let totalIndex = quantities.indices.first(where: { index in
                index > rate.index && (rateSentence...(rateSentence + 2)).contains(sentenceOf(quantities[index].tokens.lowerBound))
                    && (rate.noun == nil
                        ? quantities[index].kind == .money && quantities[index].unit == rateQuantity.unit
                        : quantities[index].kind == .number && noun(after: quantities[index], in: text).map {
                            Self.sameNoun($0, rate.noun!)
                        } == true)
            }) else { continue }
            let total = quantities[totalIndex]
            let sentence = sentenceOf(total.tokens.lowerBound)
            guard total.period != .year, total.period != .month, total.value > rateQuantity.value else { continue }
            let sentenceRange = text.sentences[sentence]
            let after = max(sentenceRange.lowerBound, sentence == rateSentence ? rateQuantity.tokens.upperBound : 0)
            // What makes it a total over years: a total word before it, and the years or the
            // contract period named in its sentence.
            let totalWord = hits.contains { hit in
                [Cue.total.rawValue, Cue.longest.rawValue].contains(hit.payload) && hit.tokens.lowerBound >= after && hit.tokens.lowerBound < total.tokens.lowerBound
            } || total.period == .total
            guard totalWord else { continue }
            let years = quantities.last { quantity in
                quantity.kind == .duration && sentenceRange.contains(quantity.tokens.lowerBound) && quantity.tokens.lowerBound >= after
                    && (quantity.years ?? 0) >= 1
                    && (max(sentenceRange.lowerBound, quantity.tokens.lowerBound - 3)..<quantity.tokens.lowerBound).contains {
                        yearsAfter.contains(text.key(of: text.tokens[$0]))
                    }
            }?.years
            let longest = has(.longest, inSentence: sentence)
            guard years != nil || longest || has(.period, inSentence: sentence) || total.period == .total else { continue }
            let rough = has(.approximate, inSentence: sentence) || has(.approximate, inSentence: rateSentence)
            // The amount without its period (`under hela avtalstiden`), a count with its noun.
            var range = total.amountTokens
            var unit = ""
            if let noun = rate.noun {
                range = range.lowerBound..<(range.upperBound + 1)
                unit = " " + noun
            }
            let pending = Pending(
                block: context.blockIndex, range: context.scalarRange(tokens: range), rate: rateQuantity.value, total: total.value,
                longest: longest, tolerance: rough ? approximateTolerance : tolerance,
                shownRate: rate.noun == nil ? rateQuantity.formatted : Quantity.group(rateQuantity.value) + unit,
                shownTotal: rate.noun == nil ? total.formatted : Quantity.group(total.value) + unit, unit: unit)
            if let years {
                if let finding = mismatch(pending, years: [years], shownYears: years) { findings.append(finding) }
            } else {
                notes.value.pending.append(pending)
            }
        }
    }

    public func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)]) {
        let notes: Notes<Noted> = documentContext.memo(memoKey) { .init(Noted()) }
        guard !notes.value.pending.isEmpty else { return }
        var lengths = notes.value.lengths
        // The longest: a whole length stated as such, else the length the contract facts give
        // (the document's first statement of its length), else the longest the statements add up to.
        let whole = documentContext.contract.contractYears
        guard let longest = notes.value.wholeLengths.max() ?? whole ?? lengths.max() else { return }
        if let whole { lengths.append(whole) }
        for pending in notes.value.pending {
            let years = pending.longest ? [longest] : lengths
            if let finding = mismatch(pending, years: years, shownYears: longest) {
                findings.append((pending.block, finding))
            }
        }
    }

    /// A finding when no number of years makes the yearly figure the total.
    private func mismatch(_ pending: Pending, years: [Double], shownYears: Double) -> RuleFinding? {
        guard !years.contains(where: { abs(pending.rate * $0 - pending.total) <= pending.tolerance * pending.total }) else {
            return nil
        }
        let product = pending.rate * shownYears
        let shownProduct = pending.unit.isEmpty
            ? Quantity(kind: .money, value: product, unit: .kronor, tokens: 0..<0).formatted
            : Quantity.group(product.rounded()) + pending.unit
        return RuleFinding(range: pending.range, message: MessageTemplate.fill(metadata.message, values: [
            "value": pending.shownTotal, "other": pending.shownRate, "limit": KeyFactsRule.yearsShown(shownYears), "figure": shownProduct,
        ]))
    }

    /// What a yearly amount says of its period (`per år`, `/år`, `om året`, `årligen`).
    static let yearly: [[Unicode.Scalar]] = ["per år", "/år", "om året", "årlig"].map { Array($0.unicodeScalars) }

    /// The noun a count counts: the word right after the number (`40 000 analyser`).
    private func noun(after quantity: Quantity, in text: TokenizedText) -> String? {
        let next = quantity.tokens.upperBound
        guard next < text.tokens.count, text.tokens[next].kind == .word,
              text.tokens[next].sentence == text.tokens[quantity.tokens.lowerBound].sentence else { return nil }
        let word = text.key(of: text.tokens[next])
        return word.count >= 3 ? word : nil
    }

    /// `analyser` and `analyserna`, `resor` and `resorna`: one noun.
    static func sameNoun(_ a: String, _ b: String) -> Bool {
        a == b || (a.count >= 5 && b.count >= 5 && a.prefix(5) == b.prefix(5))
    }
}

extension RateTotalRule: RuleKind {
    static let name = "rate-total"
    static let keys = ["rateCues", "totalCues", "longestCues", "periodCues", "lengthCues", "approximateCues", "yearsAfter", "lengthTotalWords",
                       "tolerance", "approximateTolerance"]
}
