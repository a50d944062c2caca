import Foundation
import TenderLintLanguage

extension RequirementRule {
    func measure(_ quantity: Quantity, _ test: QuantityTest) -> Double {
        switch test.unit {
        case .years: quantity.years ?? quantity.value
        case .hours: quantity.hours ?? quantity.value
        default: quantity.value
        }
    }

    /// The figure nearest the trigger, of the test's kind, on the test's side, in its sentence;
    /// for a test against the contract's value also a multiple of it (`tre gånger värdet`); for a
    /// test in years also a year the company must date from (`sedan 2015`), with how it is written.
    func figure(for hit: TermHit, test: QuantityTest, context: BlockContext)
        -> (quantity: Quantity, range: Range<Int>, times: Double?, label: String?)? {
        let tokens = context.tokens.tokens
        let sentence = context.tokens.sentences[tokens[hit.tokens.lowerBound].sentence]
        var best: (quantity: Quantity, distance: Int, times: Double?, label: String?)?
        for var quantity in context.quantities where sentence.contains(quantity.tokens.lowerBound) {
            // The tail of a case number or a ratio (`SBN 2026/088`, `24/7`) counts nothing.
            if quantity.kind == .number, quantity.tokens.lowerBound > sentence.lowerBound,
               ["/", "-"].contains(context.tokens.key(of: tokens[quantity.tokens.lowerBound - 1])) { continue }
            var times: Double?
            var label: String?
            if test.unit == .years, let age = Self.age(since: quantity, context: context) {
                // `verksamt sedan 2015`, `registrerat före 2020-01-01`: the years since then,
                // named in the message as written.
                label = context.block.text(in: context.scalarRange(tokens: age.tokens))
                quantity = age
            } else if test.kind == .money, quantity.kind == .number, quantity.value >= 1e6,
                      (QuantityRecognizer.multipliers[context.tokens.key(of: tokens[quantity.tokens.upperBound - 1])] ?? 0) >= 1e6 {
                // `minst 50 miljoner` without `kr`: in a demand measured in money, an amount.
                quantity = Quantity(kind: .money, value: quantity.value, unit: .kronor, tokens: quantity.tokens)
            } else if quantity.kind != test.kind {
                // `fyra gånger det uppskattade årliga värdet`
                guard test.aboveValueTimes != nil, quantity.kind == .number, quantity.tokens.upperBound < sentence.upperBound,
                      context.tokens.key(of: tokens[quantity.tokens.upperBound]) == "gånger" else { continue }
                times = quantity.value
            }
            if let upTo = test.upTo, quantity.value > upTo { continue }
            let distance: Int
            if quantity.tokens.lowerBound >= hit.tokens.upperBound {
                guard test.side != .before else { continue }
                distance = quantity.tokens.lowerBound - hit.tokens.upperBound
                if let within = test.withinAfter ?? test.within, distance > within { continue }
                // A year is the company's start only right after the verb: `verksamt inom
                // städ sedan 2015`, not `det system kommunen använt sedan 2012`.
                if label != nil, distance > 3 { continue }
                if let words = test.followedBy, quantity.tokens.upperBound < sentence.upperBound {
                    let next = tokens[quantity.tokens.upperBound]
                    // A clause ends at punctuation, not at the slash or dash of a case number
                    // (`referens SBN 2026/088`).
                    let key = context.tokens.key(of: next)
                    guard (next.kind == .punctuation && !["/", "-", "–"].contains(key)) || words.contains(key) else { continue }
                }
            } else if quantity.tokens.upperBound <= hit.tokens.lowerBound {
                guard test.side != .after else { continue }
                distance = hit.tokens.lowerBound - quantity.tokens.upperBound
                if let within = test.within, distance > within { continue }
            } else if quantity.tokens.contains(hit.tokens.lowerBound) {
                // The trigger is the figure's unit, or starts with it: `minst tre avslutade
                // räkenskapsår`, `minst 5 års verksamhet`.
                distance = 0
            } else {
                continue
            }
            // The three words before the figure: a ceiling (`högst 12`) or the word it needs (`de senaste 5 åren`).
            let before = max(sentence.lowerBound, quantity.tokens.lowerBound - 3)..<quantity.tokens.lowerBound
            if !test.notPreceded.isEmpty,
               before.contains(where: { test.notPreceded.contains(context.tokens.key(of: tokens[$0])) }) { continue }
            if !test.preceded.isEmpty, label == nil,
               !before.contains(where: { test.preceded.contains(context.tokens.key(of: tokens[$0])) }) { continue }
            if best == nil || distance < best!.distance { best = (quantity, distance, times, label) }
        }
        guard let best else { return nil }
        let end = best.times == nil ? best.quantity.tokens.upperBound : best.quantity.tokens.upperBound + 1
        return (best.quantity, context.scalarRange(tokens: best.quantity.tokens.lowerBound..<end), best.times, best.label)
    }

    static let yearlyWords: Set<String> = [
        "årsvärde", "årsvärdet", "årligt", "årliga", "årlig", "årsvolym", "årsvolymen", "årsbelopp", "årsomfattning",
    ]

    /// Whether an amount is said to be yearly before it (`ett årsvärde om minst 5 Mkr`, `ett
    /// årligt värde som överstiger 3 Mkr`), between the trigger and the amount.
    static func saysYearly(before figure: Int, hit: TermHit, context: BlockContext) -> Bool {
        let tokens = context.tokens.tokens
        let start = min(hit.tokens.lowerBound, figure)
        return (start..<figure).contains { yearlyWords.contains(context.tokens.key(of: tokens[$0])) }
    }

    /// The words before a year that make it the start of an age (`sedan 2015`, `före 2020`,
    /// `bildats efter 2021`).
    static let sinceWords: Set<String> = ["sedan", "före", "innan", "senast", "från", "efter"]

    /// A year or a date after `sedan`/`före`/`innan`/`senast`/`från`, as the years from then to
    /// this year: a duration the age tests can measure, still spanning the year's tokens so the
    /// finding names it (`sedan 2015`). A year in the future is no age.
    static func age(since quantity: Quantity, context: BlockContext) -> Quantity? {
        let year: Int
        switch quantity.kind {
        case .number:
            guard quantity.value == quantity.value.rounded(), (1900...2100).contains(quantity.value) else { return nil }
            year = Int(quantity.value)
        case .date:
            guard let written = quantity.day?.year else { return nil }
            year = written
        default:
            return nil
        }
        // `sedan 2015`, `sedan minst 2015`, `sedan år 2018`
        var before = quantity.tokens.lowerBound - 1
        for _ in 0..<2 where before > 0 && !sinceWords.contains(context.tokens.key(of: context.tokens.tokens[before]))
            && ["minst", "år", "senast", "tidigast"].contains(context.tokens.key(of: context.tokens.tokens[before])) {
            before -= 1
        }
        guard before >= 0, sinceWords.contains(context.tokens.key(of: context.tokens.tokens[before])) else { return nil }
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        guard year <= thisYear else { return nil }
        return Quantity(kind: .duration, value: Double(thisYear - year), unit: .years, tokens: before..<quantity.tokens.upperBound)
    }

    static let travelWords: Set<String> = [
        "bilväg", "körväg", "restid", "körtid", "resväg", "bilresa", "resa", "avstånd", "från",
    ]

    static let placeWords: Set<String> = [
        "kommunen", "länet", "regionen", "staden", "orten", "området", "närheten", "närområdet", "tätorten", "centralorten",
        "kommungränsen", "regiongränsen", "länsgränsen", "upphandlande", "beställarens", "kommunens", "regionens",
        "driftområdet", "entreprenadområdet", "avtalsområdet",
    ]

    /// Municipalities as a group: `kommuner`, `medlemskommunerna`, `ägarkommuner`.
    static func isMunicipalities(_ key: String) -> Bool {
        key.hasSuffix("kommuner") || key.hasSuffix("kommunerna")
    }

    /// Nouns that end a named place: `Åsele kommun`, `Dalarnas län`, `Kiruna centrum`.
    static let placeNouns: Set<String> = [
        "kommun", "län", "region", "stad", "centrum", "innerstad", "tätort", "hamn", "socken", "församling",
    ]

    static let determiners: Set<String> = [
        "varje", "alla", "samtliga", "närmaste", "respektive", "den", "det", "de", "en", "ett", "kundens", "beställarens",
    ]

    /// Adjectives that sit between a preposition and its place: `i centrala Borås`.
    static let placeAdjectives: Set<String> = [
        "centrala", "norra", "södra", "östra", "västra", "mellersta", "inre", "hela", "samma",
    ]

    /// Where the place a trigger (`kontor`, `depå`) is tied to ends, when one follows within a
    /// few tokens: `i kommunen`, `inom länet`, `i centrala Borås`, `inom 15 km från Resecentrum
    /// i Sollefteå`, `nära centralorten`. A distance may stand a little further off (`ett
    /// stationsnät som gör det möjligt att tanka inom 5 km från …`). Nil when none does.
    func placeEnd(after hit: TermHit, context: BlockContext) -> Int? {
        let tokens = context.tokens.tokens
        let sentence = tokens[hit.tokens.lowerBound].sentence
        let key = { (index: Int) in context.tokens.key(of: tokens[index]) }
        let inSentence = { (index: Int) in index < tokens.count && tokens[index].sentence == sentence }
        var index = hit.tokens.upperBound
        // A label and its place: `Kontorsort: Karlstad`.
        if inSentence(index + 1), key(index) == ":", tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized {
            return namedPlaceEnd(from: index + 1, context: context)
        }
        while inSentence(index), index - hit.tokens.upperBound <= 12 {
            let near = index - hit.tokens.upperBound <= 7
            if ["i", "inom", "nära", "utanför", "max", "högst", "maximalt"].contains(key(index)), inSentence(index + 1) {
                var place = index + 1
                if near, Self.placeAdjectives.contains(key(place)), inSentence(place + 1), tokens[place + 1].isCapitalized { place += 1 }
                let next = tokens[place]
                if near, Self.placeWords.contains(key(place)) { return namedPlaceEnd(from: place, context: context) }
                if near, let end = memberPlaceEnd(from: place, context: context) { return end }
                if near, next.kind == .word, next.isCapitalized { return namedPlaceEnd(from: place, context: context) }
                if let figure = context.quantities.first(where: { $0.tokens.lowerBound == index + 1 }) {
                    // `inom 5 mil från`, and `inom 45 minuters bilväg från Karlstad`
                    if figure.kind == .distance { return distanceEnd(after: figure.tokens.upperBound, context: context) }
                    if near, figure.kind == .duration, inSentence(figure.tokens.upperBound),
                       Self.travelWords.contains(key(figure.tokens.upperBound)) {
                        return distanceEnd(after: figure.tokens.upperBound, context: context)
                    }
                }
                if near, ["en", "ett"].contains(key(index + 1)), inSentence(index + 2), ["radie", "avstånd"].contains(key(index + 2)) {
                    // `inom en radie av 30 km från kommunhuset`
                    if inSentence(index + 4), key(index + 3) == "av" || key(index + 3) == "på",
                       let figure = context.quantities.first(where: { $0.tokens.lowerBound == index + 4 }), figure.kind == .distance {
                        return distanceEnd(after: figure.tokens.upperBound, context: context)
                    }
                    return index + 3
                }
            }
            index += 1
        }
        return nil
    }

    /// The end of a place named from `start`: its words while they are names, place words or
    /// `i`/`inom` followed by a name (`Resecentrum i Sollefteå`, `Stockholms innerstad`).
    func namedPlaceEnd(from start: Int, context: BlockContext) -> Int {
        let tokens = context.tokens.tokens
        let sentence = tokens[start].sentence
        var end = start + 1
        while end < tokens.count, tokens[end].sentence == sentence, end - start < 6 {
            let token = tokens[end]
            let key = context.tokens.key(of: token)
            if token.kind == .word, token.isCapitalized || Self.placeWords.contains(key) || Self.placeNouns.contains(key) {
                end += 1
            } else if ["i", "inom"].contains(key), end + 1 < tokens.count, tokens[end + 1].sentence == sentence, tokens[end + 1].isCapitalized {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// The end of a place that is one or each of a group of municipalities, from the word after
    /// `i`/`inom`: `någon av förbundets medlemskommuner`, `en av ägarkommunerna`, `var och en av
    /// de 14 kommunerna`, `varje avropande kommun`, `respektive kommun`.
    func memberPlaceEnd(from place: Int, context: BlockContext) -> Int? {
        let tokens = context.tokens.tokens
        let sentence = tokens[place].sentence
        let key = { (index: Int) in context.tokens.key(of: tokens[index]) }
        let inSentence = { (index: Int) in index < tokens.count && tokens[index].sentence == sentence }
        // `var och en av` reads as `en av`.
        let one = key(place) == "var" && inSentence(place + 3) && key(place + 1) == "och" && key(place + 2) == "en" ? place + 2 : place
        if ["någon", "en", "ett", "något"].contains(key(one)), inSentence(one + 2), key(one + 1) == "av" {
            var member = one + 2
            while member - one < 5, inSentence(member), tokens[member].kind == .word || tokens[member].kind == .number,
                  !Self.isMunicipalities(key(member)) { member += 1 }
            return inSentence(member) && Self.isMunicipalities(key(member)) ? member + 1 : nil
        }
        if ["varje", "respektive", "samtliga", "alla"].contains(key(place)) {
            var member = place + 1
            while member - place <= 2, inSentence(member), tokens[member].kind == .word || tokens[member].kind == .number {
                // `varje avropande kommun`, `varje medlemskommun`
                if Self.placeNouns.contains(key(member)) || key(member).hasSuffix("kommun") || Self.isMunicipalities(key(member)) {
                    return member + 1
                }
                member += 1
            }
        }
        return nil
    }

    /// Words that may stand before the name they introduce: `certifierade av tillverkaren Geveko`,
    /// `certifierade som Red Hat Certified Engineer`.
    static let nameNouns: Set<String> = [
        "tillverkaren", "leverantören", "programvaruleverantören", "systemleverantören", "företaget", "organisationen",
        "branschorganisationen", "testföretaget", "utbildningsföretaget", "certifieringsorganet", "som",
    ]

    /// A word before the name it introduces, or a compound of one (`laddboxtillverkaren Laddsmart`).
    static func isNameNoun(_ key: String) -> Bool {
        nameNouns.contains(key) || ["tillverkaren", "leverantören", "företaget"].contains { key.count > $0.count && key.hasSuffix($0) }
    }

    /// The end of the name right after a trigger (`certifierad av SHL`, `certifierade av
    /// tillverkaren Geveko`, `ackrediterat av Swedac`), through the words of a longer name
    /// (`Kodak Alaris`); nil when no name follows.
    static func nameEnd(after hit: TermHit, context: BlockContext) -> Int? {
        let tokens = context.tokens.tokens
        let sentence = tokens[hit.tokens.lowerBound].sentence
        let isName = { (index: Int) in
            index < tokens.count && tokens[index].sentence == sentence && tokens[index].kind == .word && tokens[index].isCapitalized
                && !Self.isAcronymCompound(context.block.text(in: tokens[index].range))
        }
        var start = hit.tokens.upperBound
        if !isName(start), start < tokens.count, tokens[start].sentence == sentence,
           Self.isNameNoun(context.tokens.key(of: tokens[start])), isName(start + 1) {
            start += 1
        }
        guard isName(start) else { return nil }
        var end = start + 1
        // The rest of the name, a model number too: `HÅG Capisco 8106`.
        while end - start < 4, isName(end) || (end < tokens.count && tokens[end].sentence == sentence && tokens[end].kind == .number) {
            end += 1
        }
        return end
    }

    /// An acronym joined to a common noun (`IT-system`, `VA-arbeten`, `GIS-verktyg`) names a kind
    /// of thing, not a product; `Cambio-specialist` keeps its name.
    static func isAcronymCompound(_ word: String) -> Bool {
        guard let dash = word.lastIndex(of: "-") else { return false }
        let head = word[..<dash], tail = word[word.index(after: dash)...]
        return head.count >= 2 && head.allSatisfy { $0.isUppercase || $0.isNumber }
            && tail.count >= 3 && tail.allSatisfy(\.isLowercase)
    }

    /// The end of a distance's point of reference: `… från Resecentrum i Sollefteå`, `… från
    /// kundens adress`, or the figure itself (`inom 5 mil`).
    func distanceEnd(after figureEnd: Int, context: BlockContext) -> Int {
        let tokens = context.tokens.tokens
        guard figureEnd > 0 else { return figureEnd }
        let sentence = tokens[figureEnd - 1].sentence
        var index = figureEnd
        while index < tokens.count, tokens[index].sentence == sentence, index - figureEnd < 2,
              ["bilväg", "körväg", "restid", "körtid", "resväg", "fågelvägen", "räknat"].contains(context.tokens.key(of: tokens[index])) {
            index += 1
        }
        guard index + 1 < tokens.count, tokens[index + 1].sentence == sentence, tokens[index + 1].kind == .word,
              ["från", "till", "av", "runt", "kring"].contains(context.tokens.key(of: tokens[index])) else { return index }
        // `från kundens adress`, `från varje arbetsplats`: a genitive or a determiner and its
        // noun; otherwise the named place.
        let first = index + 1
        let firstKey = context.tokens.key(of: tokens[first])
        if !tokens[first].isCapitalized, firstKey.hasSuffix("s") || Self.determiners.contains(firstKey), first + 1 < tokens.count,
           tokens[first + 1].sentence == sentence, tokens[first + 1].kind == .word {
            return first + 2
        }
        return namedPlaceEnd(from: first, context: context)
    }

    /// Words that make a sentence describe rather than specify: `Befintlig skrivare: HP
    /// LaserJet, som används i receptionen` is the buyer telling what it has.
    static let describingWords: Set<String> = [
        "är", "var", "har", "hade", "finns", "fanns", "används", "användes", "gäller", "avser", "anges", "angavs", "framgår",
        "innebär", "beskrivs", "redovisas", "bör", "kan", "får", "önskas", "önskvärt", "befintlig", "befintliga", "befintligt",
        "nuvarande", "idag", "i dag", "exempel", "exempelvis", "t.ex.", "bland", "om", "?",
        // The buyer telling what it does: `Kreditbetyg: beställaren hämtar kreditupplysning från UC`.
        "hämtar", "inhämtar", "kontrollerar", "gör", "tar", "begär", "bedömer", "prövar", "beställaren", "kommunen", "regionen",
    ]

    /// A line of a requirement specification, which states a demand without a verb: a label
    /// and its value (`Skrivare: HP LaserJet Pro`, `Kontorsort: Karlstad`) or a table row
    /// (`Kontor | Ort | Gävle`), with no word that makes it a description or a question.
    static func isSpecLine(_ sentence: Int, context: BlockContext) -> Bool {
        let tokens = context.tokens.tokens
        let range = context.tokens.sentences[sentence]
        var separated = false
        for index in range {
            let key = context.tokens.key(of: tokens[index])
            if key == ":" || key == "|" { separated = true }
            if describingWords.contains(key) { return false }
        }
        return separated
    }

    /// A section whose heading says it is about evaluation (`5.1 Utvärdering`, `Tilldelningskriterier`).
    static func isEvaluationHeading(_ section: String?) -> Bool {
        guard let section = section?.lowercased() else { return false }
        return DocumentContext.contains(section, "utvärdering") || DocumentContext.contains(section, "tilldelning")
    }

    /// A section whose heading says it holds requirements (`Ska-krav`, `Kvalificeringskrav`).
    static func isDemandHeading(_ section: String?) -> Bool {
        guard let section = section?.lowercased() else { return false }
        return DocumentContext.contains(section, "krav")
    }
}
