import TenderLintCore
import TenderLintLanguage

/// Contract facts a tender states in its own text: "Det uppskattade värdet är ca 3 miljoner
/// kronor per år", "Avtalstiden är två (2) år med option på förlängning i 1 + 1 år", "Upphandlingen
/// genomförs som ett förenklat förfarande", "totalentreprenad". Front matter and the
/// configuration are told first; these fill what they leave open.
extension ContractFacts {
    /// The facts the document's own text states (its main text, first statement of each), read
    /// with the rule pack's words (`data/kontraktsuppgifter.yml`).
    public static func stated(in document: Document, vocabulary words: StatedFactsVocabulary) -> ContractFacts {
        var facts = ContractFacts()
        guard !words.isEmpty else { return facts }
        var lengthCandidate: Double?
        for block in document.blocks where block.part == nil && block.placeholders.isEmpty {
            guard ScalarScan.containsAny(block.scalars, words.cues) else { continue }
            let text = Tokenizer.tokenize(block.scalars)
            let quantities = QuantityRecognizer(text).quantities()
            for sentence in text.sentences.indices {
                let range = text.sentences[sentence]
                let keys = range.map { text.key(of: text.tokens[$0]) }
                let inSentence = quantities.filter { range.contains($0.tokens.lowerBound) }
                if facts.estimatedValue == nil, keys.contains(where: words.value.contains), keys.contains(where: words.estimate.contains),
                   let money = inSentence.first(where: { $0.kind == .money && $0.unit == .kronor }) {
                    facts.estimatedValue = money.value
                    facts.valuePeriod = money.period.map { $0 == .total ? .total : .year } ?? period(of: keys, words)
                    // `60 miljoner kronor under fyra år`: a total over the years it names.
                    if money.period == nil, let span = inSentence.first(where: {
                        $0.kind == .duration && $0.tokens.lowerBound == money.tokens.upperBound + 1
                    }), ["under", "för", "över"].contains(text.key(of: text.tokens[money.tokens.upperBound])),
                       let years = span.years, years >= 1 {
                        facts.valuePeriod = .total
                        if lengthCandidate == nil { lengthCandidate = years }
                    }
                }
                if lengthCandidate == nil, keys.contains(where: words.length.contains)
                    || (words.runsSubject.map(keys.contains) == true && keys.contains(where: words.runsVerbs.contains)) {
                    lengthCandidate = years(inBlock: text, from: sentence, quantities: quantities, words)
                }
                if facts.procedure == nil {
                    for procedure in words.procedures {
                        let found = keys.indices.contains { start in
                            start + procedure.words.count <= keys.count
                                && Array(keys[start..<(start + procedure.words.count)]) == procedure.words
                        }
                        if found {
                            facts.procedure = procedure.name
                            break
                        }
                    }
                }
                if facts.contractKind == nil, keys.contains(where: words.works.contains) { facts.contractKind = words.worksKind }
            }
        }
        facts.contractYears = lengthCandidate
        return facts
    }

    /// The contract's length as a block states it from sentence `first` on: a total said as
    /// such (`den sammanlagda avtalstiden kan bli högst fyra år`), else the span of its dates
    /// (`fr.o.m. 2027-02-01 … som längst t.o.m. 2031-01-31`), else the first duration plus the
    /// options (`två år med option på 1 + 1 år`, `ett år i taget, högst två gånger`).
    private static func years(
        inBlock text: TokenizedText, from first: Int, quantities: [Quantity], _ words: StatedFactsVocabulary
    ) -> Double? {
        let range = text.sentences[first].lowerBound..<(text.sentences.last?.upperBound ?? 0)
        let inRange = quantities.filter { range.contains($0.tokens.lowerBound) }
        for sentence in first..<text.sentences.count {
            let tokens = text.sentences[sentence]
            guard let word = tokens.first(where: { words.total.contains(text.key(of: text.tokens[$0])) }) else { continue }
            // The duration after the total word: in `förlänga med ett år i taget, högst två gånger,
            // dvs. som längst t.o.m. 2030-05-31` the year is an option, not the whole length.
            if let total = inRange.first(where: {
                $0.kind == .duration && tokens.contains($0.tokens.lowerBound) && $0.tokens.lowerBound > word
            })?.years, total >= 0.25 {
                return total
            }
        }
        let days = inRange.compactMap { $0.day?.dayNumber }
        if days.count >= 2, let low = days.min(), let high = days.max(), high - low >= 90 {
            return (Double(high - low + 1) / 365.25 * 4).rounded() / 4
        }
        return years(in: text, sentence: text.sentences[first],
                     quantities: inRange.filter { text.sentences[first].contains($0.tokens.lowerBound) }, words)
    }

    /// The length of the contract a sentence states, options included: `två (2) år med option
    /// på förlängning i 1 + 1 år` is 4 years, `24 månader` 2 years.
    private static func years(
        in text: TokenizedText, sentence: Range<Int>, quantities: [Quantity], _ words: StatedFactsVocabulary
    ) -> Double? {
        var total = 0.0
        var found = false
        for quantity in quantities where quantity.kind == .duration {
            guard let years = quantity.years, years >= 0.25 else { continue }
            var added = addedYears(quantity, years: years, from: sentence.lowerBound, joiners: ["+", "plus"], text: text, quantities: quantities)
            // Options count only when the sentence speaks of them before the duration.
            let isOption = (sentence.lowerBound..<quantity.tokens.lowerBound).contains {
                words.option.contains(text.key(of: text.tokens[$0]))
            }
            // `ett år i taget, högst två gånger`
            if isOption, let times = quantities.first(where: {
                $0.kind == .number && $0.tokens.upperBound < text.tokens.count
                    && text.key(of: text.tokens[$0.tokens.upperBound]) == words.times
            }) {
                added *= times.value
            }
            if !found || isOption {
                total += added
                found = true
            }
        }
        return found ? total : nil
    }

    /// A duration's years with the numbers joined to it before (`1 + 1 år` is two years; with
    /// `plus` among `joiners`, `ett (1) plus ett (1) år` too), read back no further than `from`.
    static func addedYears(
        _ quantity: Quantity, years: Double, from lowerBound: Int, joiners: Set<String>, text: TokenizedText, quantities: [Quantity]
    ) -> Double {
        var added = years
        var cursor = quantity.tokens.lowerBound - 1
        while cursor - 1 >= lowerBound, joiners.contains(text.key(of: text.tokens[cursor])) {
            if let number = quantities.first(where: { $0.tokens.upperBound == cursor && $0.kind == .number }) {
                added += number.value * (years / quantity.value)
                cursor = number.tokens.lowerBound - 1
            } else if let value = QuantityRecognizer.units[text.key(of: text.tokens[cursor - 1])] {
                // `ett plus ett år`: a number word the recognizer leaves alone (`ett` is also an article).
                added += Double(value) * (years / quantity.value)
                cursor -= 2
            } else {
                break
            }
        }
        return added
    }

    /// The period a value sentence names in words when its amount has none: `årliga`, `per år`, `totala`.
    private static func period(of keys: [String], _ words: StatedFactsVocabulary) -> ValuePeriod? {
        if keys.contains(where: words.yearly.contains) || (!words.perYear.isEmpty && words.perYear.allSatisfy(keys.contains)) {
            return .year
        }
        if keys.contains(where: words.wholeContract.contains) {
            return .total
        }
        return nil
    }
}
