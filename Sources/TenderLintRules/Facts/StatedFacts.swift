import TenderLintCore
import TenderLintLanguage

/// Contract facts a tender states in its own text: "Det uppskattade värdet är ca 3 miljoner
/// kronor per år", "Avtalstiden är två (2) år med option på förlängning i 1 + 1 år", "Upphandlingen
/// genomförs som ett förenklat förfarande", "totalentreprenad". Front matter and the
/// configuration are told first; these fill what they leave open.
extension ContractFacts {
    /// Words that mark a sentence about the contract's value, and words that say it is an estimate.
    private static let valueWords: Set<String> = [
        "värde", "värdet", "kontraktsvärde", "kontraktsvärdet", "avtalsvärde", "avtalsvärdet", "upphandlingsvärde",
        "upphandlingsvärdet", "värdera", "värderas", "volym", "volymen", "omfattning", "omfattningen",
    ]
    private static let estimateWords: Set<String> = [
        "uppskattat", "uppskattade", "uppskattas", "beräknat", "beräknade", "beräknas", "bedömt", "bedömda", "bedöms",
        "totala", "sammanlagda", "årliga", "förväntat", "förväntade", "uppgår", "ca", "cirka", "omkring", "ungefär",
    ]
    private static let lengthWords: Set<String> = [
        "avtalstid", "avtalstiden", "avtalsperiod", "avtalsperioden", "kontraktstid", "kontraktstiden", "löptid", "löptiden",
    ]
    private static let optionWords: Set<String> = [
        "option", "optioner", "förlängning", "förlängningar", "förlängas", "förlänga", "förlängningsoption", "förlängningsoptioner",
    ]
    private static let procedures: [(words: [String], name: String)] = [
        (["öppet", "förfarande"], "öppet förfarande"), (["selektivt", "förfarande"], "selektivt förfarande"),
        (["förenklat", "förfarande"], "förenklat förfarande"), (["förhandlat", "förfarande"], "förhandlat förfarande"),
        (["urvalsförfarande"], "urvalsförfarande"), (["direktupphandling"], "direktupphandling"),
        (["konkurrenspräglad", "dialog"], "konkurrenspräglad dialog"), (["innovationspartnerskap"], "innovationspartnerskap"),
    ]
    private static let worksWords: Set<String> = [
        "byggentreprenad", "totalentreprenad", "utförandeentreprenad", "generalentreprenad", "byggentreprenaden",
        "totalentreprenaden", "utförandeentreprenaden", "entreprenadkontrakt",
    ]
    /// Only sentences holding one of these (lowercased) are tokenized and read.
    private static let cues = ["värde", "avtalstid", "avtalsperiod", "kontraktstid", "löptid", "avtalet gäller", "förfarande",
                               "direktupphandl", "entreprenad", "urvalsförfarande"].map { Array($0.unicodeScalars) }

    /// The facts the document's own text states (its main text, first statement of each).
    public static func stated(in document: Document) -> ContractFacts {
        var facts = ContractFacts()
        var lengthCandidate: Double?
        for block in document.blocks where block.part == nil && block.placeholders.isEmpty {
            guard ScalarScan.containsAny(block.scalars, cues) else { continue }
            let text = Tokenizer.tokenize(block.scalars)
            let quantities = QuantityRecognizer(text).quantities()
            for sentence in text.sentences.indices {
                let range = text.sentences[sentence]
                let keys = range.map { text.key(of: text.tokens[$0]) }
                let inSentence = quantities.filter { range.contains($0.tokens.lowerBound) }
                if facts.estimatedValue == nil, keys.contains(where: valueWords.contains), keys.contains(where: estimateWords.contains),
                   let money = inSentence.first(where: { $0.kind == .money && $0.unit == .kronor }) {
                    facts.estimatedValue = money.value
                    facts.valuePeriod = money.period.map { $0 == .total ? .total : .year } ?? period(of: keys)
                }
                if lengthCandidate == nil, keys.contains(where: lengthWords.contains)
                    || (keys.contains("avtalet") && keys.contains { ["gäller", "löper"].contains($0) }) {
                    lengthCandidate = years(inBlock: text, from: sentence, quantities: quantities)
                }
                if facts.procedure == nil {
                    for procedure in procedures {
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
                if facts.contractKind == nil, keys.contains(where: worksWords.contains) { facts.contractKind = "byggentreprenad" }
            }
        }
        facts.contractYears = lengthCandidate
        return facts
    }

    private static let totalWords: Set<String> = [
        "sammanlagda", "sammanlagd", "sammanlagt", "totala", "total", "totalt", "längst", "maximala", "maximal", "maximalt",
    ]

    /// The contract's length as a block states it from sentence `first` on: a total said as
    /// such (`den sammanlagda avtalstiden kan bli högst fyra år`), else the span of its dates
    /// (`fr.o.m. 2027-02-01 … som längst t.o.m. 2031-01-31`), else the first duration plus the
    /// options (`två år med option på 1 + 1 år`, `ett år i taget, högst två gånger`).
    private static func years(inBlock text: TokenizedText, from first: Int, quantities: [Quantity]) -> Double? {
        let range = text.sentences[first].lowerBound..<(text.sentences.last?.upperBound ?? 0)
        let inRange = quantities.filter { range.contains($0.tokens.lowerBound) }
        for sentence in first..<text.sentences.count {
            let tokens = text.sentences[sentence]
            guard tokens.contains(where: { totalWords.contains(text.key(of: text.tokens[$0])) }) else { continue }
            if let total = inRange.first(where: { $0.kind == .duration && tokens.contains($0.tokens.lowerBound) })?.years,
               total >= 0.25 {
                return total
            }
        }
        let days = inRange.compactMap { $0.day?.dayNumber }
        if days.count >= 2, let low = days.min(), let high = days.max(), high - low >= 90 {
            return (Double(high - low + 1) / 365.25 * 4).rounded() / 4
        }
        return years(in: text, sentence: text.sentences[first], quantities: inRange.filter { text.sentences[first].contains($0.tokens.lowerBound) })
    }

    /// The length of the contract a sentence states, options included: `två (2) år med option
    /// på förlängning i 1 + 1 år` is 4 years, `24 månader` 2 years.
    private static func years(in text: TokenizedText, sentence: Range<Int>, quantities: [Quantity]) -> Double? {
        var total = 0.0
        var found = false
        for quantity in quantities where quantity.kind == .duration {
            guard let years = quantity.years, years >= 0.25 else { continue }
            // `1 + 1 år`: numbers joined by `+` before the duration count too.
            var added = years
            var cursor = quantity.tokens.lowerBound - 1
            while cursor - 1 >= sentence.lowerBound, text.key(of: text.tokens[cursor]) == "+",
                  let number = quantities.first(where: { $0.tokens.upperBound == cursor && $0.kind == .number }) {
                added += number.value * (years / quantity.value)
                cursor = number.tokens.lowerBound - 1
            }
            // Options count only when the sentence speaks of them before the duration.
            let isOption = (sentence.lowerBound..<quantity.tokens.lowerBound).contains {
                optionWords.contains(text.key(of: text.tokens[$0]))
            }
            // `ett år i taget, högst två gånger`
            if isOption, let times = quantities.first(where: {
                $0.kind == .number && $0.tokens.upperBound < text.tokens.count
                    && text.key(of: text.tokens[$0.tokens.upperBound]) == "gånger"
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

    /// The period a value sentence names in words when its amount has none: `årliga`, `per år`, `totala`.
    private static func period(of keys: [String]) -> ValuePeriod? {
        if keys.contains(where: ["årligen", "årliga", "årligt", "årlig"].contains) || (keys.contains("per") && keys.contains("år")) {
            return .year
        }
        if keys.contains(where: ["totalt", "sammanlagt", "totala", "sammanlagda", "avtalsperioden", "avtalstiden"].contains) {
            return .total
        }
        return nil
    }
}
