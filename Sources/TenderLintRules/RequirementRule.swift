import Foundation
import TenderLintCore
import TenderLintLanguage

/// A requirement that asks for too much: a trigger term (`ISO 14001`, `årsomsättning`,
/// `referensuppdrag`, `kontor`) in a sentence that makes a demand, not cleared by a phrase
/// that makes it fair (`eller likvärdigt`, a stated reason), and — when the rule says so — with
/// a figure next to it that goes beyond a limit: a number, a duration, a distance, or an
/// amount compared with the contract's estimated yearly value.
///
/// One kind in two files: this one (the YAML schema and the demand reading) and `+Figures`
/// (the figure a demand states, its age, the place it names, specification lines).
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
        /// A larger figure is not what the rule counts: `levererat minst 5 000 portioner` is a
        /// volume, not a count of assignments.
        var upTo: Double?
        /// Flag when the amount is above this many times the contract's yearly value …
        var aboveValueTimes: Double?
        /// … or, with `atLimit`, at it too (a reference as large as the whole contract).
        var atLimit: Bool
        /// … or, when set, its whole value (a reference assignment's value against the contract's;
        /// an amount written per year still against the yearly value).
        var againstWholeContract: Bool
        var unit: Quantity.Unit?
        /// Words of which one must stand just before the figure (`de senaste 5 åren`).
        var preceded: Set<String>
        /// Words that make the figure a ceiling, not a demand on size, when one stands just
        /// before it (`inte fler än tio olika medarbetare`).
        var notPreceded: Set<String>
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
        /// Words that open the demand a trigger belongs to: the finding starts at the first one at
        /// most 12 tokens before the trigger in its sentence (`lägst kreditvärdighet AA enligt Dun & Bradstreet`,
        /// `erfarenhet av integration mot Heroma, som är regionens nuvarande …`).
        case spanFrom

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
    /// The trigger counts only with a name right after it (`nameAfter: true`): a capitalized word
    /// or an acronym, perhaps after one lower-case word (`certifierad av SHL`, `certifierade av
    /// tillverkaren Geveko`), and the finding spans through the name.
    let nameAfter: Bool
    /// When a name follows a trigger that is not a name itself (`av modellen HÅG Capisco 8106`),
    /// the finding runs through it (`spanName: true`); unlike `nameAfter`, a trigger without one
    /// still counts.
    let spanName: Bool
    /// A specification line (`Skrivare: HP LaserJet`, `Kontor | Ort | Gävle`) is a demand by
    /// itself.
    let specLines: Bool
    /// In a section on evaluation (its heading says `Utvärdering` or `Tilldelning`), every line is
    /// an award criterion (`Lokal förankring i Skellefteå	30 %`), which shuts out as surely as a
    /// requirement.
    let evaluationSections: Bool
    /// Each trigger of a sentence is a demand of its own (`everyTrigger: true`): two labels or two
    /// makes named in one sentence are two findings; otherwise the first speaks for the sentence.
    let everyTrigger: Bool
    /// A trigger right after a name (`Hedeby kommun`, `Åsbacka kommun kräver …`) names one
    /// body, often the buyer itself, not a kind of customer.
    let notAfterNames: Bool
    /// The `unless` words qualify one demand ("eller likvärdigt"): in a next sentence that
    /// makes its own demand with a modal verb, they are that demand's.
    let ownDemandEndsScope: Bool
    /// The sentence must name a date (an interview "den 14 oktober 2026"): one fixed occasion.
    let withDate: Bool
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
        nameAfter = try yaml.bool("nameAfter") ?? false
        spanName = try yaml.bool("spanName") ?? false
        specLines = try yaml.bool("specLines") ?? false
        evaluationSections = try yaml.bool("evaluationSections") ?? false
        everyTrigger = try yaml.bool("everyTrigger") ?? false
        notAfterNames = try yaml.bool("notAfterNames") ?? false
        withDate = try yaml.bool("withDate") ?? false
        ownDemandEndsScope = try yaml.bool("ownDemandEndsScope") ?? false
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

    static func phrases(_ yaml: inout YAMLMapping, _ key: String) throws(TenderLintError) -> [String] {
        let list = try yaml.stringList(key) ?? []
        try validate(&yaml, key, list)
        return list
    }

    static func validate(_ yaml: inout YAMLMapping, _ key: String, _ list: [String]) throws(TenderLintError) {
        for phrase in list where TermMatcher.words(of: phrase) == nil {
            throw YAMLMapping.error(yaml.path, yaml.mark, "”\(phrase)” under ”\(key)” innehåller inga ord")
        }
    }

    static func quantityTest(_ yaml: inout YAMLMapping) throws(TenderLintError) -> QuantityTest {
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
            aboveForWorks: try yaml.double("aboveForWorks"), below: try yaml.double("below"), upTo: try yaml.double("upTo"),
            aboveValueTimes: try yaml.double("aboveValueTimes"), atLimit: try yaml.bool("atLimit") ?? false,
            againstWholeContract: try Self.against(&yaml), unit: unit,
            preceded: Set((try yaml.stringList("preceded") ?? []).map { $0.lowercased() }),
            notPreceded: Set((try yaml.stringList("notPreceded") ?? []).map { $0.lowercased() }))
        if test.above == nil && test.below == nil && test.aboveValueTimes == nil {
            throw YAMLMapping.error(yaml.path, yaml.mark, "”quantity” behöver ”above”, ”below” eller ”aboveValueTimes”")
        }
        return test
    }

    /// `against: year` (the default) or `against: contract`.
    static func against(_ yaml: inout YAMLMapping) throws(TenderLintError) -> Bool {
        switch try yaml.string("against") {
        case nil, "year": return false
        case "contract": return true
        default: throw yaml.error(at: yaml.mapping[.init("against")], "”against” ska vara year eller contract")
        }
    }

    static let modals = TokenHashSet(words: ["ska", "skall", "måste"])

    /// Whether any sentence of a block has a modal verb.
    static func hasModal(inBlock text: TokenizedText) -> Bool {
        text.tokens.contains { modals.contains($0.hash) }
    }

    /// Whether a sentence makes a demand with a modal verb of its own.
    static func hasModal(_ sentence: Int, _ text: TokenizedText) -> Bool {
        guard sentence < text.sentences.count else { return false }
        return text.sentences[sentence].contains { modals.contains(text.tokens[$0].hash) }
    }

    /// Whether the token before `index`, in its sentence, is a name: a capitalized word that is
    /// not its sentence's first, or that the Swedish lexicon does not know in lower case.
    static func followsName(_ index: Int, _ text: TokenizedText) -> Bool {
        guard index > 0 else { return false }
        let previous = text.tokens[index - 1]
        guard previous.kind == .word, previous.isCapitalized, previous.sentence == text.tokens[index].sentence else { return false }
        if text.sentences[previous.sentence].lowerBound != index - 1 { return true }
        guard let lexicon = SwedishLexicon.shared else { return false }
        return !lexicon.spells(text.key(of: previous))
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !hits.isEmpty else { return }
        // A heading names a subject (`5.2 Material och fabrikat`); it demands nothing. A text's
        // first line counts only as a title guess, so a lone requirement line is still read.
        // A first line with text after it and no modal verb is a title too (`Tilldelningskriterium
        // 2 Lokal närvaro`); a lone line is still read as the requirement it may be.
        if case .heading = context.block.kind,
           context.blockIndex > 0 || (context.document.blocks.count > 1 && !Self.hasModal(inBlock: context.tokens)) { return }
        let triggerCount = triggers.count + names.count
        let triggerHits = TermMatcher.leftmostLongest(TermMatcher.removingExceptions(hits).filter { $0.payload < triggerCount })
        guard !triggerHits.isEmpty else { return }
        // A rule that weighs a figure needs one in a trigger's sentence: without it, the phrase
        // lists are not read at all (the block's quantities are found once, for every rule).
        if quantity != nil {
            let tokens = context.tokens.tokens
            let sentences = Set(triggerHits.map { tokens[$0.tokens.lowerBound].sentence })
            guard context.quantities.contains(where: { sentences.contains(tokens[$0.tokens.lowerBound].sentence) }) else { return }
        }
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
            || (evaluationSections && Self.isEvaluationHeading(context.block.section))
        var reportedSentences = Set<Int>()
        var reportedEnds: [Int: Int] = [:]
        var genericSentences = Set<Int>()
        for hit in triggerHits {
            let sentence = sentenceOf(hit)
            // A question asks; it demands nothing (`Godtas ett kreditbetyg från Creditsafe?`).
            if context.tokens.key(of: tokens[context.tokens.sentences[sentence].upperBound - 1]) == "?" { continue }
            // One finding per requirement: the first trigger of a sentence speaks for it; with
            // `everyTrigger`, each (`märkta med Bra Miljöval och … certifierat enligt OEKO-TEX`).
            if everyTrigger {
                // A word for a make with no name after it (`Följande fabrikat ska användas:
                // Gyproc`) already speaks for the names that follow.
                if genericSentences.contains(sentence) { continue }
                // Not one right after the last (`Svanen eller Bra Miljöval`, `X®`): alternatives
                // of one demand …
                if let end = reportedEnds[sentence], hit.tokens.lowerBound <= end + 1 {
                    // … and a list goes on from it (`ISO 9001, ISO 14001 och ISO 45001`).
                    reportedEnds[sentence] = max(end, hit.tokens.upperBound)
                    continue
                }
            } else {
                guard !reportedSentences.contains(sentence) else { continue }
            }
            if !headingDemands, !demandSentences.contains(sentence),
               !(specLines && Self.isSpecLine(sentence, context: context)) { continue }
            if hasContext, !contextSentences.contains(sentence) { continue }
            var placeEnd: Int?
            if nearPlace {
                placeEnd = self.placeEnd(after: hit, context: context)
                if placeEnd == nil { continue }
            }
            if nameAfter || (spanName && !context.tokens.tokens[hit.tokens.upperBound - 1].isCapitalized) {
                let end = Self.nameEnd(after: hit, context: context)
                if nameAfter, end == nil { continue }
                placeEnd = end ?? placeEnd
            }
            if notAfterNames, Self.followsName(hit.tokens.lowerBound, context.tokens) { continue }
            let date = withDate ? context.quantities.first(where: {
                $0.kind == .date && tokens[$0.tokens.lowerBound].sentence == sentence
            }) : nil
            if withDate, date == nil { continue }
            switch unlessScope {
            case .sentence: if unlessSentences.contains(sentence) { continue }
            case .nextSentence:
                // The next sentence speaks for this one ("Likvärdiga produkter godtas.", "Skälet
                // är …"); for a rule whose `unless` words qualify a demand (`ownDemandEndsScope`),
                // not when it makes a demand of its own with a modal verb ("VVS-installatören ska
                // vara behörig enligt Säker Vatten eller motsvarande").
                if unlessSentences.contains(sentence)
                    || (unlessSentences.contains(sentence + 1) && !(ownDemandEndsScope && Self.hasModal(sentence + 1, context.tokens))) {
                    continue
                }
            case .block: if !unlessSentences.isEmpty { continue }
            }
            let triggerRange = context.scalarRange(tokens: hit.tokens)
            if context.isInCitation(triggerRange) { continue }
            let match = context.block.text(in: triggerRange)
            var values = ["match": match, "term": match]
            var range = triggerRange
            if let placeEnd {
                // The demand is the place as much as the premises: `uppställningsplats … inom 15 km
                // från Resecentrum i Sollefteå`.
                range = triggerRange.lowerBound..<context.scalarRange(tokens: (placeEnd - 1)..<placeEnd).upperBound
            }
            if let date {
                // The occasion: from the trigger to the date ("intervju … den 14 oktober 2026").
                let dateRange = context.scalarRange(tokens: date.tokens)
                range = min(range.lowerBound, dateRange.lowerBound)..<max(range.upperBound, dateRange.upperBound)
            }
            var severity: Severity?
            var message = metadata.message
            if let test = quantity {
                guard let figure = figure(for: hit, test: test, context: context) else { continue }
                range = min(range.lowerBound, figure.range.lowerBound)..<max(range.upperBound, figure.range.upperBound)
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
                        guard let kronor = figure.quantity.kronor, kronor > factor * value || (test.atLimit && kronor >= factor * value) else { continue }
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
            if let opening = kept.filter({
                PhraseList(payload: $0.payload) == .spanFrom && sentenceOf($0) == sentence
                    && $0.tokens.upperBound <= hit.tokens.lowerBound && hit.tokens.lowerBound - $0.tokens.lowerBound <= 12
            }).min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                range = min(range.lowerBound, context.scalarRange(tokens: opening.tokens).lowerBound)..<range.upperBound
            }
            reportedSentences.insert(sentence)
            reportedEnds[sentence] = max(hit.tokens.upperBound, placeEnd ?? 0)
            if spanName, placeEnd == nil, !hit.tokens.contains(where: { tokens[$0].isCapitalized }) {
                genericSentences.insert(sentence)
            }
            values["span"] = context.block.text(in: range)
            var finding = RuleFinding(range: range, message: MessageTemplate.fill(message, values: values))
            finding.severity = severity
            findings.append(finding)
        }
    }

    /// A figure in a duration's unit (`unit: years` turns 36 månader into 3).
}

extension RequirementRule: RuleKind {
    static let name = "requirement"
    static let keys = ["triggers", "names", "exceptions", "unless", "unlessScope", "demand", "context", "nearPlace", "nameAfter", "spanName", "specLines", "evaluationSections", "everyTrigger", "notAfterNames", "withDate", "ownDemandEndsScope", "spanFrom", "quantity", "messageWhenValueUnknown", "severityWhenValueUnknown"]
}
