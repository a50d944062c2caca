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
            let line = Array(source.line(finding.range.start.line))
            let start = max(0, finding.range.start.column - 1)
            let end = finding.range.end.line == finding.range.start.line ? finding.range.end.column - 1 : line.count
            output += excerpt(line, start..<max(start, end), label: String(finding.range.start.line), severity: finding.severity)
        } else if finding.blockIndex < file.blocks.count {
            output += excerpt(file.blocks[finding.blockIndex].scalars, finding.textRange,
                              label: "¶\(finding.range.start.line)", severity: finding.severity)
        }
        if !file.format.isPlainText {
            let place = [finding.section.map { "avsnitt ”\(Self.shortTitle($0))”" }, finding.part.map { "del \($0)" }].compactMap { $0 }
            if !place.isEmpty { output += "   \(paint("var", "2")): \(place.joined(separator: ", "))\n" }
        }
        if !finding.suggestions.isEmpty {
            output += "   \(paint("förslag", "32")): \(finding.suggestions.joined(separator: ", "))\n"
        }
        return output
    }

    /// Columns of source shown before the match, and at most in all, on an excerpt line.
    static let contextBefore = 30
    static let lineWidth = 100
    /// The longest underline: a longer match gets this much and its length in characters.
    static let markerWidth = 40

    /// One line of source (a text line, or a DOCX/ODT paragraph) with the match underlined, as
    /// compilers show long lines: a window of at most `lineWidth` columns around the start of
    /// the match, cut with "…", and an underline of at most `markerWidth` columns that says how
    /// long a longer match is.
    func excerpt(_ scalars: some Collection<Unicode.Scalar>, _ range: Range<Int>, label: String, severity: Severity) -> String {
        let scalars = Array(scalars)
        let start = min(range.lowerBound, scalars.count), end = min(max(range.upperBound, start), scalars.count)
        var from = start > Self.contextBefore + 10 ? start - Self.contextBefore : 0
        // Start the window at a word when one starts nearby.
        if from > 0, let space = scalars[from..<min(from + 10, start)].firstIndex(of: " ") { from = space + 1 }
        let to = min(scalars.count, from + Self.lineWidth)
        var shown = String.UnicodeScalarView()
        if from > 0 { shown.append("…") }
        for scalar in scalars[from..<to] { shown.append(scalar == "\t" ? " " : scalar) }
        if to < scalars.count { shown.append("…") }
        let gutter = String(repeating: " ", count: label.count)
        let offset = start - from + (from > 0 ? 1 : 0)
        let width = max(1, end - start)
        let visible = min(width, to - start, Self.markerWidth)
        var marker = "^" + String(repeating: "~", count: max(0, visible - 1))
        if width > visible { marker += "… (\(width) tecken)" }
        return " \(paint(label, "2")) | \(String(shown))\n"
            + " \(gutter) | \(String(repeating: " ", count: offset))\(paint(marker, severityCode(severity)))\n"
    }

    /// A section as a reader names it: its number and heading, cut at a word with "…" when a
    /// whole clause stands in the heading.
    static func shortTitle(_ heading: String, limit: Int = 60) -> String {
        let scalars = Array(heading.unicodeScalars)
        guard scalars.count > limit else { return heading }
        var cut = limit
        while cut > limit / 2, scalars[cut] != " " { cut -= 1 }
        if cut == limit / 2 { cut = limit }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<cut])
        return String(view).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + " …"
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
