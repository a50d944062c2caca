import Foundation
import TenderLintLanguage
import TenderLintEngine

/// The accessibility score in words: one line per file in the text report, and the table of
/// `tenderlint score`, which ranks many tenders so a region can compare them.
public struct ScoreReporter: Reporter {
    public init() {}

    /// The table of `tenderlint score`.
    public func render(_ report: LintReport) -> String { Self.table(report) }

    /// `62,4/100 — LIX 45,2 (medelsvår) −15,2; långa meningar 20 % av orden −6,0; …`
    public static func describe(_ score: AccessibilityScore, lix: Double) -> String {
        let parts = score.parts.map { part -> String in
            let measure: String
            switch part.name {
            case "lix": measure = "LIX \(Quantity.oneDecimal(part.measure)) (\(LIXCount.band(lix)))"
            case "longSentences": measure = "långa meningar \(Quantity.oneDecimal(part.measure)) % av orden"
            case "jargon": measure = "krångelord \(Quantity.oneDecimal(part.measure)) per 1 000 ord"
            case "legalReferences": measure = "lagrumshänvisningar \(Quantity.oneDecimal(part.measure)) per 1 000 ord"
            default: measure = "utestängande krav (vikt \(Quantity.oneDecimal(part.measure)))"
            }
            return measure + " −" + Quantity.oneDecimal(part.points)
        }
        return "\(Quantity.oneDecimal(score.value))/100 — " + parts.joined(separator: "; ")
    }

    /// The files sorted by score, best first (ties by path), one row each with the parts.
    public static func table(_ report: LintReport) -> String {
        let files = report.files.filter { $0.metrics.score != nil }.sorted { lhs, rhs in
            let left = lhs.metrics.score!.value, right = rhs.metrics.score!.value
            return left != right ? left > right : lhs.path < rhs.path
        }
        let header = ["poäng", "LIX", "långa meningar %", "krångelord/1000", "lagrum/1000", "utestängande (vikt)", "fil"]
        var rows: [[String]] = []
        for file in files {
            let score = file.metrics.score!
            let measure = { (name: String) in Quantity.oneDecimal(score.parts.first { $0.name == name }?.measure ?? 0) }
            rows.append([Quantity.oneDecimal(score.value), measure("lix"), measure("longSentences"), measure("jargon"),
                         measure("legalReferences"), measure("exclusionary"), file.path])
        }
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                // Numbers right-aligned, the path left-aligned and last.
                index == cells.count - 1 ? cell : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }
        var output = line(header) + "\n"
        for row in rows { output += line(row) + "\n" }
        if files.count > 1 {
            let values = files.map { $0.metrics.score!.value }
            let mean = values.reduce(0, +) / Double(values.count)
            output += "\n\(files.count) filer, medel \(Quantity.oneDecimal(mean)), lägst \(Quantity.oneDecimal(values.min()!)), högst \(Quantity.oneDecimal(values.max()!))\n"
        }
        return output
    }
}
