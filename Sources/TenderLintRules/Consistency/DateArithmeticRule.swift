import TenderLintCore
import TenderLintLanguage

/// Two dates and the time between them said again in words that do not agree: `påbörjas
/// 2025-05-05 och vara färdigställd 2025-10-31, det vill säga en byggtid om 20 veckor` (the dates
/// are 25 weeks apart), `Sista dag för frågor är 2026-03-02, det vill säga tio dagar före sista
/// anbudsdag 2026-03-16` (fourteen days). Only calendar time is counted: working days depend on
/// holidays and are left alone.
public struct DateArithmeticRule: Rule {
    public let metadata: RuleMetadata
    /// Words that say the same thing again: `det vill säga`, `dvs.`.
    let restate: [String]
    /// Words between a duration and the later date it counts from (`före`, `efter`).
    let relations: Set<String>
    /// Unit words that count calendar time (`dagar`, `veckor`); `arbetsdagar` is not one.
    let calendarUnits: Set<String>
    /// Sentences about the contract's own length, which the key-facts rule compares.
    let unless: TermMatcher

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        guard let restate = try yaml.stringList("restate"), !restate.isEmpty else {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen date-arithmetic behöver ”restate”")
        }
        self.restate = restate
        relations = Set((try yaml.stringList("relations") ?? []).map { $0.lowercased() })
        calendarUnits = Set((try yaml.stringList("calendarUnits") ?? []).map { $0.lowercased() })
        unless = TermMatcher.local((try yaml.stringList("unless") ?? []).map { TermSpec(text: $0, payload: 0) })
    }

    public var terms: [TermSpec] { restate.map { TermSpec(text: $0, payload: 0) } }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        let block = context.block
        guard !hits.isEmpty, !block.kind.isHeading, block.placeholders.isEmpty else { return }
        let text = context.tokens
        let quantities = context.quantities
        let skipped = Set(unless.hits(in: text, scalars: block.scalars).map { text.tokens[$0.tokens.lowerBound].sentence })
        for cue in hits {
            let sentence = text.tokens[cue.tokens.lowerBound].sentence
            guard !skipped.contains(sentence) else { continue }
            let range = text.sentences[sentence]
            // The duration said right after the cue (`det vill säga en byggtid om 20 veckor`).
            guard let duration = quantities.first(where: { quantity in
                quantity.kind == .duration && range.contains(quantity.tokens.lowerBound)
                    && quantity.tokens.lowerBound >= cue.tokens.upperBound && quantity.tokens.lowerBound - cue.tokens.upperBound <= 4
            }), let days = calendarDays(duration, text) else { continue }
            let dates = quantities.filter { $0.kind == .date && range.contains($0.tokens.lowerBound) && $0.day?.dayNumber != nil }
            let before = dates.filter { $0.tokens.upperBound <= cue.tokens.lowerBound }
            let next = duration.tokens.upperBound
            var span: (from: Quantity, to: Quantity, findingEnd: Int)?
            if next < range.upperBound, relations.contains(text.key(of: text.tokens[next])),
               let first = before.last,
               let other = dates.first(where: { $0.tokens.lowerBound > next && $0.tokens.lowerBound - next <= 8 }) {
                // `2026-03-02, det vill säga tio dagar före sista anbudsdag 2026-03-16`
                let end = (next..<other.tokens.lowerBound).last {
                    text.tokens[$0].kind == .word && !["den", "dagen", "på", "i"].contains(text.key(of: text.tokens[$0]))
                } ?? next
                span = (first, other, end + 1)
            } else if before.count >= 2, let last = before.last {
                // `påbörjas 2025-05-05 och vara färdigställd 2025-10-31, det vill säga 20 veckor`
                span = (before[before.count - 2], last, duration.tokens.upperBound)
            }
            guard let span, let from = span.from.day?.dayNumber, let to = span.to.day?.dayNumber, from != to else { continue }
            let apart = abs(to - from)
            let slack = max(1, days.unit / 2)
            // A period's two ends both count (`1 april till 31 mars` is a year).
            guard abs(apart - days.count) > slack, abs(apart + 1 - days.count) > slack else { continue }
            let shown = days.unit >= 28
                ? Quantity.group((Double(apart) / 30.44 * 10).rounded() / 10) + " månader"
                : days.unit == 7 ? Quantity.group((Double(apart) / 7 * 10).rounded() / 10) + " veckor" : "\(apart) dagar"
            let findingRange = context.scalarRange(tokens: duration.tokens.lowerBound..<span.findingEnd)
            findings.append(RuleFinding(range: findingRange, message: MessageTemplate.fill(metadata.message, values: [
                "value": duration.formatted, "other": span.from.formatted + " och " + span.to.formatted, "figure": shown,
            ])))
        }
    }

    /// The duration in calendar days and the size of its unit in days, or nil for working days,
    /// hours and other units.
    private func calendarDays(_ duration: Quantity, _ text: TokenizedText) -> (count: Int, unit: Int)? {
        let unitWord = text.key(of: text.tokens[duration.tokens.upperBound - 1])
        guard calendarUnits.contains(unitWord) else { return nil }
        let units: [Quantity.Unit: Int] = [.days: 1, .weeks: 7, .months: 30, .years: 365]
        guard let unit = units[duration.unit], let years = duration.years else { return nil }
        return (Int((years * 365.25).rounded()), unit)
    }
}

extension DateArithmeticRule: RuleKind {
    static let name = "date-arithmetic"
    static let keys = ["restate", "relations", "calendarUnits", "unless"]
}
