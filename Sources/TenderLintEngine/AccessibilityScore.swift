import Foundation
import TenderLintCore
import TenderLintLanguage

/// How accessible a tender is to a supplier, 0–100: 100 less the points each part takes.
///
/// | part | measure (m) | points |
/// |---|---|---|
/// | `lix` | the document's LIX | 0.8 × (m − 30), at least 0 |
/// | `longSentences` | % of the words that stand in sentences of more than 25 words | 0.6 × m |
/// | `jargon` | jargon findings per 1 000 words | 20 × (1 − e^(−m/20)) |
/// | `legalReferences` | legal-reference findings per 1 000 words | 15 × (1 − e^(−m/5)) |
/// | `exclusionary` | 2 per exclusionary error or warning, 1 per suggestion | 30 × (1 − e^(−m/10)) |
///
/// Every part grows with its measure (the last three ever more slowly, so that no single kind
/// of problem takes the whole score). `value` = max(0, 100 − the sum of the parts' points),
/// each part's points rounded to one decimal first, so the parts shown add up to what the
/// score lost.
public struct AccessibilityScore: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        /// `lix`, `longSentences`, `jargon`, `legalReferences`, `exclusionary`.
        public var name: String
        /// What was measured, in the unit the table names.
        public var measure: Double
        /// The points the part takes off.
        public var points: Double
    }

    public var parts: [Part]

    public var value: Double { max(0, (100 - parts.reduce(0) { $0 + $1.points }) * 10).rounded() / 10 }

    public init(metrics: LIXCount, findings: [Finding]) {
        let words = Double(max(metrics.words, 1))
        func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }
        func saturating(_ measure: Double, most: Double, scale: Double) -> Double { most * (1 - exp(-measure / scale)) }
        let jargon = Double(findings.filter { $0.category == .jargon }.count) * 1000 / words
        let legal = Double(findings.filter { $0.category == .legalReference }.count) * 1000 / words
        let exclusionary = findings.filter { $0.category == .exclusionary }
        let serious = exclusionary.filter { $0.severity >= .warning }.count
        let weight = Double(2 * serious + (exclusionary.count - serious))
        let longShare = 100 * Double(metrics.wordsInLongSentences) / words
        parts = [
            Part(name: "lix", measure: round(metrics.lix), points: round(0.8 * max(0, metrics.lix - 30))),
            Part(name: "longSentences", measure: round(longShare), points: round(0.6 * longShare)),
            Part(name: "jargon", measure: round(jargon), points: round(saturating(jargon, most: 20, scale: 20))),
            Part(name: "legalReferences", measure: round(legal), points: round(saturating(legal, most: 15, scale: 5))),
            Part(name: "exclusionary", measure: weight, points: round(saturating(weight, most: 30, scale: 10))),
        ]
    }

    /// The parts' names in Swedish, for reports.
    public static let swedishNames: [String: String] = [
        "lix": "LIX", "longSentences": "långa meningar (% av orden)", "jargon": "krångelord per 1 000 ord",
        "legalReferences": "lagrumshänvisningar per 1 000 ord", "exclusionary": "utestängande krav (vikt)",
    ]
}
