import Foundation
import TenderLintCore
import TenderLintLanguage

/// A requirement that asks for too much: a trigger term (`ISO 14001`, `årsomsättning`,
/// `referensuppdrag`, `kontor`) in a sentence that makes a demand, not cleared by a phrase
/// that makes it fair (`eller likvärdigt`, a stated reason), and — when the rule says so — with
/// a figure next to it that goes beyond a limit: a number, a duration, a distance, or an
/// amount compared with the contract's estimated yearly value.
public struct RequirementRule: Rule {
    public enum UnlessScope: String, Sendable {
        /// The trigger's sentence.
        case sentence
        /// The trigger's sentence and the one after it in the same block.
        case nextSentence = "next-sentence"
        /// The whole block (a list item, a table cell or a paragraph).
        case block
    }

    public enum Side: String, Sendable {
        case before, after, either
    }

    /// The figure a requirement is measured by, and its limit.
    public struct QuantityTest: Sendable {
        var kind: Quantity.Kind
        var side: Side
        /// At most this many tokens between the trigger and the figure (nil: the sentence) …
        var within: Int?
        /// … or, for a figure after the trigger, this many when set (`antalet anställda hos
        /// leverantören ska uppgå till minst 40`).
        var withinAfter: Int?
        /// When set, a figure after the trigger must end its clause or be followed by one of these
        /// words (`sysselsätta minst 200 personer`, not `medarbetare minst två utbildningsdagar`).
        var followedBy: Set<String>?
        /// Flag when the figure (in `unit` for durations) is above this …
        var above: Double?
        /// … or above this for works contracts (byggentreprenad).
        var aboveForWorks: Double?
        /// Flag when the figure is below this (a response time of under 24 hours).
        var below: Double?
        /// Flag when the amount is above this many times the contract's yearly value …
        var aboveValueTimes: Double?
        /// … or, when set, its whole value (a reference assignment's value against the contract's;
        /// an amount written per year still against the yearly value).
        var againstWholeContract: Bool
        var unit: Quantity.Unit?
        /// Words of which one must stand just before the figure (`de senaste 5 åren`).
        var preceded: Set<String>
    }

    /// The phrase lists looked for around a trigger, in the blocks where one hit.
    enum PhraseList: Int, CaseIterable {
        /// Phrases that clear a demand (`eller likvärdigt`, a stated reason).
        case unless
        /// Words that make a sentence a demand (`ska`, `krav`).
        case demand
        /// Phrases of which one must stand in the trigger's sentence (a trigger listed here too
        /// satisfies it by itself).
        case context

        var key: String { String(describing: self) }
        /// Payloads of the local matcher: the list in the high bits, the phrase in the low.
        var base: Int { (rawValue + 1) << 20 }
        init(payload: Int) { self.init(rawValue: (payload >> 20) - 1)! }
    }

    /// A single word the term matcher cannot express: `*ending` matches compounds
    /// (`*företaget` for `städföretaget`, `skolskjutsföretaget`: too many to list), `^word` only
    /// the first word of a sentence (`^då`: a leading `Då …, ska` gives a reason; `även då
    /// kontoret är stängt` does not).
    struct MarkedWord {
        var word: String
        var isEnding: Bool
        var list: PhraseList

        /// `*ending` or `^word`, or nil for an ordinary phrase.
        init?(_ phrase: String, list: PhraseList) {
            guard phrase.count > 2, let mark = phrase.first, mark == "*" || mark == "^" else { return nil }
            let word = phrase.dropFirst()
            guard !word.contains(where: { $0 == " " || $0 == "*" || $0 == "^" }) else { return nil }
            self.word = word.lowercased()
            isEnding = mark == "*"
            self.list = list
        }

        func matches(_ key: String, opensSentence: Bool) -> Bool {
            isEnding ? key.utf8.count > word.utf8.count && key.hasSuffix(word) : opensSentence && key == word
        }
    }

    public let metadata: RuleMetadata
    let triggers: [String]
    /// Case-sensitive triggers: brand names and acronyms (`HP`, `UC`).
    let names: [String]
    let exceptions: [String]
    let unlessScope: UnlessScope
    /// Which of the phrase lists the rule has at all (a list of marked words only counts).
    let hasDemand: Bool
    let hasContext: Bool
    /// The trigger must be tied to a place: `i kommunen`, `inom länet`, `i Falun`, `inom 5 mil`.
    let nearPlace: Bool
    /// A specification line (`Skrivare: HP LaserJet`, `Kontor | Ort | Gävle`) is a demand by
    /// itself.
    let specLines: Bool
    let quantity: QuantityTest?
    /// The message and severity when the test needs the contract's value and none is known.
    let messageWhenValueUnknown: String?
    let severityWhenValueUnknown: Severity?

    /// Only the triggers go into the shared matcher; the phrases around them are looked for in
    /// the blocks where a trigger hit (`phrases`).
    public var terms: [TermSpec] {
        triggers.enumerated().map { TermSpec(text: $1, payload: $0) }
            + names.enumerated().map { TermSpec(text: $1, payload: triggers.count + $0, caseSensitive: true) }
            + exceptions.enumerated().map { TermSpec(text: $1, payload: TermMatcher.exceptionPayload($0)) }
    }

    let phrases: TermMatcher
    let markedWords: [MarkedWord]

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        triggers = try Self.phrases(&yaml, "triggers")
        names = try Self.phrases(&yaml, "names")
        if triggers.isEmpty && names.isEmpty {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen requirement behöver ”triggers” eller ”names”")
        }
        exceptions = try ExistenceRule.exceptions(&yaml)
        var specs: [TermSpec] = []
        var marked: [MarkedWord] = []
        var present = Set<PhraseList>()
        for list in PhraseList.allCases {
            var plain: [String] = []
            for phrase in try yaml.stringList(list.key) ?? [] {
                if let word = MarkedWord(phrase, list: list) { marked.append(word) } else { plain.append(phrase) }
            }
            try Self.validate(&yaml, list.key, plain)
            specs += plain.enumerated().map { TermSpec(text: $1, payload: list.base + $0) }
            if !plain.isEmpty || marked.contains(where: { $0.list == list }) { present.insert(list) }
        }
        phrases = TermMatcher.local(specs)
        markedWords = marked
        hasDemand = present.contains(.demand)
        hasContext = present.contains(.context)
        nearPlace = try yaml.bool("nearPlace") ?? false
        specLines = try yaml.bool("specLines") ?? false
        if let name = try yaml.string("unlessScope") {
            guard let scope = UnlessScope(rawValue: name) else {
                throw yaml.error(at: yaml.mapping[.init("unlessScope")], "”unlessScope” ska vara sentence, next-sentence eller block")
            }
            unlessScope = scope
        } else {
            unlessScope = .nextSentence
        }
        if var test = try yaml.mapping("quantity", what: "”quantity”") {
            quantity = try Self.quantityTest(&test)
            try test.finish()
        } else {
            quantity = nil
        }
        messageWhenValueUnknown = try MessageTemplate.read(&yaml, "messageWhenValueUnknown")
        if let name = try yaml.string("severityWhenValueUnknown") {
            guard let severity = Severity(rawValue: name) else {
                throw yaml.error(at: yaml.mapping[.init("severityWhenValueUnknown")], "okänd allvarlighetsgrad ”\(name)”")
            }
            severityWhenValueUnknown = severity
        } else {
            severityWhenValueUnknown = nil
        }
    }

    private static func phrases(_ yaml: inout YAMLMapping, _ key: String) throws(TenderLintError) -> [String] {
        let list = try yaml.stringList(key) ?? []
        try validate(&yaml, key, list)
        return list
    }

    private static func validate(_ yaml: inout YAMLMapping, _ key: String, _ list: [String]) throws(TenderLintError) {
        for phrase in list where TermMatcher.words(of: phrase) == nil {
            throw YAMLMapping.error(yaml.path, yaml.mark, "”\(phrase)” under ”\(key)” innehåller inga ord")
        }
    }

    private static func quantityTest(_ yaml: inout YAMLMapping) throws(TenderLintError) -> QuantityTest {
        let kindName = try yaml.string("kind", required: true)!
        guard let kind = Quantity.Kind(rawValue: kindName), [.number, .money, .duration, .distance, .percentage].contains(kind) else {
            throw yaml.error(at: yaml.mapping[.init("kind")], "”kind” ska vara number, money, duration, distance eller percentage")
        }
        let sideName = try yaml.string("side") ?? "after"
        guard let side = Side(rawValue: sideName) else {
            throw yaml.error(at: yaml.mapping[.init("side")], "”side” ska vara before, after eller either")
        }
        var unit: Quantity.Unit?
        if let unitName = try yaml.string("unit") {
            guard let named = Quantity.Unit(rawValue: unitName), [.years, .hours].contains(named) else {
                throw yaml.error(at: yaml.mapping[.init("unit")], "”unit” ska vara years eller hours")
            }
            unit = named
        }
        let test = QuantityTest(
            kind: kind, side: side, within: try yaml.int("within"), withinAfter: try yaml.int("withinAfter"),
            followedBy: try yaml.stringList("followedBy").map { Set($0.map { $0.lowercased() }) }, above: try yaml.double("above"),
            aboveForWorks: try yaml.double("aboveForWorks"), below: try yaml.double("below"),
            aboveValueTimes: try yaml.double("aboveValueTimes"), againstWholeContract: try Self.against(&yaml), unit: unit,
            preceded: Set((try yaml.stringList("preceded") ?? []).map { $0.lowercased() }))
        if test.above == nil && test.below == nil && test.aboveValueTimes == nil {
            throw YAMLMapping.error(yaml.path, yaml.mark, "”quantity” behöver ”above”, ”below” eller ”aboveValueTimes”")
        }
        return test
    }

    /// `against: year` (the default) or `against: contract`.
    private static func against(_ yaml: inout YAMLMapping) throws(TenderLintError) -> Bool {
        switch try yaml.string("against") {
        case nil, "year": return false
        case "contract": return true
        default: throw yaml.error(at: yaml.mapping[.init("against")], "”against” ska vara year eller contract")
        }
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !hits.isEmpty else { return }
        // A heading names a subject (`5.2 Material och fabrikat`); it demands nothing. A text's
        // first line counts only as a title guess, so a lone requirement line is still read.
        if case .heading = context.block.kind, context.blockIndex > 0 { return }
        let triggerCount = triggers.count + names.count
        let triggerHits = TermMatcher.leftmostLongest(TermMatcher.removingExceptions(hits).filter { $0.payload < triggerCount })
        guard !triggerHits.isEmpty else { return }
        let kept = phrases.hits(in: context.tokens, scalars: context.block.scalars)
        let tokens = context.tokens.tokens
        let sentenceOf = { (hit: TermHit) in tokens[hit.tokens.lowerBound].sentence }
        // The sentences holding a phrase of each list.
        var marked = [Set<Int>](repeating: [], count: PhraseList.allCases.count)
        for hit in kept { marked[PhraseList(payload: hit.payload).rawValue].insert(sentenceOf(hit)) }
        if !markedWords.isEmpty {
            for (index, token) in tokens.enumerated() where token.kind == .word {
                let key = context.tokens.key(of: token)
                let opensSentence = context.tokens.sentences[token.sentence].lowerBound == index
                for word in markedWords where word.matches(key, opensSentence: opensSentence) {
                    marked[word.list.rawValue].insert(token.sentence)
                }
            }
        }
        let unlessSentences = marked[PhraseList.unless.rawValue]
        let demandSentences = marked[PhraseList.demand.rawValue]
        let contextSentences = marked[PhraseList.context.rawValue]
        let headingDemands = !hasDemand || Self.isDemandHeading(context.block.section)
        var reportedSentences = Set<Int>()
        for hit in triggerHits {
            let sentence = sentenceOf(hit)
            // A question asks; it demands nothing (`Godtas ett kreditbetyg från Creditsafe?`).
            if context.tokens.key(of: tokens[context.tokens.sentences[sentence].upperBound - 1]) == "?" { continue }
            // One finding per requirement: the first trigger of a sentence speaks for it.
            guard !reportedSentences.contains(sentence) else { continue }
            if !headingDemands, !demandSentences.contains(sentence),
               !(specLines && Self.isSpecLine(sentence, context: context)) { continue }
            if hasContext, !contextSentences.contains(sentence) { continue }
            if nearPlace, !isNearPlace(hit, context: context) { continue }
            switch unlessScope {
            case .sentence: if unlessSentences.contains(sentence) { continue }
            case .nextSentence: if unlessSentences.contains(sentence) || unlessSentences.contains(sentence + 1) { continue }
            case .block: if !unlessSentences.isEmpty { continue }
            }
            let triggerRange = context.scalarRange(tokens: hit.tokens)
            if context.isInCitation(triggerRange) { continue }
            let match = context.block.text(in: triggerRange)
            var values = ["match": match, "term": match]
            var range = triggerRange
            var severity: Severity?
            var message = metadata.message
            if let test = quantity {
                guard let figure = figure(for: hit, test: test, context: context) else { continue }
                range = min(triggerRange.lowerBound, figure.range.lowerBound)..<max(triggerRange.upperBound, figure.range.upperBound)
                values["figure"] = figure.label ?? figure.quantity.formatted
                if let factor = test.aboveValueTimes, let times = figure.times {
                    // `fyra gånger det uppskattade årliga värdet`: the multiple is the figure.
                    guard times > factor else { continue }
                    values["figure"] = Quantity.group(times) + " gånger värdet"
                    values["limit"] = Quantity.group(factor) + " gånger värdet"
                    values["value"] = context.contract.yearlyValue.map {
                        Quantity(kind: .money, value: $0, unit: .kronor, tokens: 0..<0).formatted
                    } ?? "okänt"
                } else if let factor = test.aboveValueTimes {
                    let whole = test.againstWholeContract && figure.quantity.period != .year
                        && !Self.saysYearly(before: figure.quantity.tokens.lowerBound, hit: hit, context: context)
                    if let value = whole ? context.contract.totalValue : context.contract.yearlyValue {
                        guard let kronor = figure.quantity.kronor, kronor > factor * value else { continue }
                        values["value"] = Quantity(kind: .money, value: value, unit: .kronor, tokens: 0..<0).formatted
                        values["limit"] = Quantity(kind: .money, value: factor * value, unit: .kronor, tokens: 0..<0).formatted
                    } else {
                        guard let unknownMessage = messageWhenValueUnknown else { continue }
                        message = unknownMessage
                        severity = severityWhenValueUnknown
                    }
                } else {
                    let measured = measure(figure.quantity, test)
                    if let below = test.below {
                        guard measured < below else { continue }
                        values["limit"] = Quantity.group(below)
                    } else {
                        let limit = (context.contract.isWorks ? test.aboveForWorks : nil) ?? test.above ?? 0
                        guard measured > limit else { continue }
                        values["limit"] = Quantity.group(limit)
                    }
                }
            }
            reportedSentences.insert(sentence)
            var finding = RuleFinding(range: range, message: MessageTemplate.fill(message, values: values))
            finding.severity = severity
            findings.append(finding)
        }
    }

    /// A figure in a duration's unit (`unit: years` turns 36 månader into 3).
    private func measure(_ quantity: Quantity, _ test: QuantityTest) -> Double {
        switch test.unit {
        case .years: quantity.years ?? quantity.value
        case .hours: quantity.hours ?? quantity.value
        default: quantity.value
        }
    }

    /// The figure nearest the trigger, of the test's kind, on the test's side, in its sentence;
    /// for a test against the contract's value also a multiple of it (`tre gånger värdet`); for a
    /// test in years also a year the company must date from (`sedan 2015`), with how it is written.
    private func figure(for hit: TermHit, test: QuantityTest, context: BlockContext)
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
            } else if quantity.kind != test.kind {
                // `fyra gånger det uppskattade årliga värdet`
                guard test.aboveValueTimes != nil, quantity.kind == .number, quantity.tokens.upperBound < sentence.upperBound,
                      context.tokens.key(of: tokens[quantity.tokens.upperBound]) == "gånger" else { continue }
                times = quantity.value
            }
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
            if !test.preceded.isEmpty, label == nil {
                let before = max(sentence.lowerBound, quantity.tokens.lowerBound - 3)..<quantity.tokens.lowerBound
                guard before.contains(where: { test.preceded.contains(context.tokens.key(of: tokens[$0])) }) else { continue }
            }
            if best == nil || distance < best!.distance { best = (quantity, distance, times, label) }
        }
        guard let best else { return nil }
        let end = best.times == nil ? best.quantity.tokens.upperBound : best.quantity.tokens.upperBound + 1
        return (best.quantity, context.scalarRange(tokens: best.quantity.tokens.lowerBound..<end), best.times, best.label)
    }

    private static let yearlyWords: Set<String> = [
        "årsvärde", "årsvärdet", "årligt", "årliga", "årlig", "årsvolym", "årsvolymen", "årsbelopp", "årsomfattning",
    ]

    /// Whether an amount is said to be yearly before it (`ett årsvärde om minst 5 Mkr`, `ett
    /// årligt värde som överstiger 3 Mkr`), between the trigger and the amount.
    private static func saysYearly(before figure: Int, hit: TermHit, context: BlockContext) -> Bool {
        let tokens = context.tokens.tokens
        let start = min(hit.tokens.lowerBound, figure)
        return (start..<figure).contains { yearlyWords.contains(context.tokens.key(of: tokens[$0])) }
    }

    /// The words before a year that make it the start of an age (`sedan 2015`, `före 2020`,
    /// `bildats efter 2021`).
    private static let sinceWords: Set<String> = ["sedan", "före", "innan", "senast", "från", "efter"]

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

    private static let travelWords: Set<String> = [
        "bilväg", "körväg", "restid", "körtid", "resväg", "bilresa", "resa", "avstånd", "från",
    ]

    private static let placeWords: Set<String> = [
        "kommunen", "länet", "regionen", "staden", "orten", "området", "närheten", "närområdet", "tätorten", "centralorten",
        "kommungränsen", "regiongränsen", "länsgränsen", "upphandlande", "beställarens", "kommunens", "regionens",
    ]

    /// Whether a trigger (`kontor`, `depå`) is tied to a place within a few tokens after it:
    /// `i kommunen`, `inom länet`, `i Falun`, `inom 5 mil från`, `nära centralorten`.
    private func isNearPlace(_ hit: TermHit, context: BlockContext) -> Bool {
        let tokens = context.tokens.tokens
        let sentence = tokens[hit.tokens.lowerBound].sentence
        var index = hit.tokens.upperBound
        // A label and its place: `Kontorsort: Karlstad`.
        if index + 1 < tokens.count, context.tokens.key(of: tokens[index]) == ":", tokens[index + 1].kind == .word,
           tokens[index + 1].isCapitalized, tokens[index + 1].sentence == sentence { return true }
        while index < tokens.count, index - hit.tokens.upperBound <= 7, tokens[index].sentence == sentence {
            let key = context.tokens.key(of: tokens[index])
            if ["i", "inom", "nära", "utanför", "max", "högst", "maximalt"].contains(key), index + 1 < tokens.count {
                let next = tokens[index + 1]
                if Self.placeWords.contains(context.tokens.key(of: next)) { return true }
                if next.kind == .word, next.isCapitalized, next.sentence == sentence { return true }
                if let figure = context.quantities.first(where: { $0.tokens.lowerBound == index + 1 }) {
                    // `inom 5 mil från`, and `inom 45 minuters bilväg från Karlstad`
                    if figure.kind == .distance { return true }
                    if figure.kind == .duration, figure.tokens.upperBound < tokens.count,
                       Self.travelWords.contains(context.tokens.key(of: tokens[figure.tokens.upperBound])) { return true }
                }
                if ["en", "ett"].contains(context.tokens.key(of: next)), index + 2 < tokens.count,
                   ["radie", "avstånd"].contains(context.tokens.key(of: tokens[index + 2])) { return true }
            }
            index += 1
        }
        return false
    }

    /// Words that make a sentence describe rather than specify: `Befintlig skrivare: HP
    /// LaserJet, som används i receptionen` is the buyer telling what it has.
    private static let describingWords: Set<String> = [
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

    /// A section whose heading says it holds requirements (`Ska-krav`, `Kvalificeringskrav`).
    static func isDemandHeading(_ section: String?) -> Bool {
        guard let section = section?.lowercased() else { return false }
        return DocumentContext.contains(section, "krav")
    }
}
