import Foundation
import TenderLintCore
import TenderLintEngine

/// The compiler-style report for people at a terminal: one `path:line:col: severity: message
/// [rule]` line per finding, the source line with the match underlined, suggestions, and a
/// summary in Swedish. Colour only when asked (the command line asks on a terminal).
public struct TextReporter: Reporter {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func severityCode(_ severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .suggestion: "1;36"
        }
    }

    public func render(_ report: LintReport) -> String {
        var output = ""
        for file in report.files {
            for notice in file.notices {
                output += "\(paint(file.path, "1")): \(paint("note", "1;34")): \(notice)\n"
            }
            for finding in file.findings {
                output += renderFinding(finding, in: file)
            }
            if let score = file.metrics.score {
                output += "\(paint(file.path, "1")): \(paint("tillgänglighet", "1;35")): " + ScoreReporter.describe(score, lix: file.metrics.lix) + "\n"
            }
        }
        for error in report.errors {
            let location = error.path.map { path in
                path + (error.line.map { ":\($0)" } ?? "") + (error.line != nil ? error.column.map { ":\($0)" } ?? "" : "")
            }
            output += (location.map { paint($0, "1") + ": " } ?? "") + paint("error", "1;31") + ": \(error.message)\n"
        }
        if !report.files.isEmpty || !report.errors.isEmpty { output += "\n" }
        output += summary(report)
        return output
    }

    func renderFinding(_ finding: Finding, in file: FileReport) -> String {
        let location = "\(file.path):\(finding.range.start.line):\(finding.range.start.column)"
        var output = "\(paint(location, "1")): \(paint(finding.severity.rawValue, severityCode(finding.severity))): "
            + "\(finding.message) \(paint("[\(finding.rule)]", "2"))\n"
        if let source = file.source, finding.range.start.line <= source.lineCount {
            let line = source.line(finding.range.start.line)
            let number = String(finding.range.start.line)
            let gutter = String(repeating: " ", count: number.count)
            var shown = String.UnicodeScalarView()
            for scalar in line { shown.append(scalar == "\t" ? " " : scalar) }
            let startColumn = finding.range.start.column
            let endColumn = finding.range.end.line == finding.range.start.line
                ? finding.range.end.column : line.count + 1
            let width = max(1, endColumn - startColumn)
            let marker = "^" + String(repeating: "~", count: width - 1)
            output += " \(paint(number, "2")) | \(String(shown))\n"
            output += " \(gutter) | \(String(repeating: " ", count: max(0, startColumn - 1)))\(paint(marker, severityCode(finding.severity)))\n"
        } else if finding.blockIndex < file.blocks.count {
            output += paragraphExcerpt(finding, block: file.blocks[finding.blockIndex])
        }
        if !file.format.isPlainText {
            let place = [finding.section.map { "avsnitt ”\($0)”" }, finding.part.map { "del \($0)" }].compactMap { $0 }
            if !place.isEmpty { output += "   \(paint("var", "2")): \(place.joined(separator: ", "))\n" }
        }
        if !finding.suggestions.isEmpty {
            output += "   \(paint("förslag", "32")): \(finding.suggestions.joined(separator: ", "))\n"
        }
        return output
    }

    /// The paragraph of a DOCX/ODT finding (a window of it when long) with the match underlined.
    func paragraphExcerpt(_ finding: Finding, block: Block) -> String {
        let scalars = block.scalars
        let start = finding.textRange.lowerBound, end = finding.textRange.upperBound
        let from = start > 50 ? start - 40 : 0
        let to = scalars.count - end > 50 ? end + 40 : scalars.count
        var shown = String.UnicodeScalarView()
        if from > 0 { shown.append("…") }
        for scalar in scalars[from..<to] { shown.append(scalar == "\t" ? " " : scalar) }
        if to < scalars.count { shown.append("…") }
        let number = "¶\(finding.range.start.line)"
        let gutter = String(repeating: " ", count: number.count)
        let offset = start - from + (from > 0 ? 1 : 0)
        let marker = "^" + String(repeating: "~", count: max(0, end - start - 1))
        return " \(paint(number, "2")) | \(String(shown))\n"
            + " \(gutter) | \(String(repeating: " ", count: offset))\(paint(marker, severityCode(finding.severity)))\n"
    }

    func summary(_ report: LintReport) -> String {
        let findings = report.files.flatMap(\.findings)
        let fileWord = report.files.count == 1 ? "fil" : "filer"
        var line = "\(report.files.count) \(fileWord) granskade, \(findings.count) fynd"
        let bySeverity = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = findings.filter { $0.severity == severity }.count
            return count > 0 ? severity.swedishCount(count) : nil
        }
        if !bySeverity.isEmpty { line += " (" + bySeverity.joined(separator: ", ") + ")" }
        var output = paint(line, "1") + "\n"
        for category in Category.allCases {
            let inCategory = findings.filter { $0.category == category }
            guard !inCategory.isEmpty else { continue }
            let parts = Severity.allCases.reversed().compactMap { severity -> String? in
                let count = inCategory.filter { $0.severity == severity }.count
                return count > 0 ? severity.swedishCount(count) : nil
            }
            let name = "\(category.swedishName) (\(category.rawValue))"
            output += "  \(name.padding(toLength: max(40, name.count + 1), withPad: " ", startingAt: 0)) \(inCategory.count)  "
                + parts.joined(separator: ", ") + "\n"
        }
        if !report.errors.isEmpty {
            output += paint("\(report.errors.count) fel i indata (filer, regler eller konfiguration)", "1;31") + "\n"
        }
        return output
    }
}
