import TenderLintCore
import TenderLintEngine

/// Workflow commands for GitHub Actions: one `::error file=…,line=…::message` per finding, the
/// most severe first (GitHub shows only a limited number of annotations per step), then a
/// summary line. Values are escaped as GitHub requires: `%`, CR and LF in messages; also `:`
/// and `,` in properties.
public struct GitHubReporter: Reporter {
    public init() {}

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .suggestion: "notice"
        }
    }

    /// A message: `%`, CR and LF escaped — scalar by scalar, so that a combining mark after
    /// them does not hide them.
    public static func escapeData(_ text: String) -> String { escape(text, property: false) }

    /// A property value: as a message, and `:` and `,` too.
    public static func escapeProperty(_ text: String) -> String { escape(text, property: true) }

    static func escape(_ text: String, property: Bool) -> String {
        ScalarEscaping.escape(text) { scalar in
            switch scalar {
            case "%": "%25"
            case "\r": "%0D"
            case "\n": "%0A"
            case ":" where property: "%3A"
            case "," where property: "%2C"
            default: nil
            }
        }
    }

    public func render(_ report: LintReport) -> String {
        var entries: [(severity: Severity, path: String, finding: Finding)] = []
        for file in report.files {
            for finding in file.findings { entries.append((finding.severity, file.path, finding)) }
        }
        // Most severe first; otherwise in the files' and findings' order.
        let ordered = entries.enumerated().sorted { lhs, rhs in
            lhs.element.severity != rhs.element.severity ? lhs.element.severity > rhs.element.severity : lhs.offset < rhs.offset
        }.map(\.element)
        var output = ""
        // Files that could not be read come first: they are errors of the run.
        for error in report.errors {
            let file = error.path.map { "file=" + Self.escapeProperty($0) + (error.line.map { ",line=\($0)" } ?? "") } ?? ""
            output += "::error \(file)::\(Self.escapeData("filen kunde inte granskas: " + error.message))\n"
        }
        for entry in ordered {
            let finding = entry.finding
            let properties = [
                "file=" + Self.escapeProperty(entry.path),
                "line=\(finding.range.start.line)", "endLine=\(finding.range.end.line)",
                "col=\(finding.range.start.column)", "endColumn=\(finding.range.end.column)",
                "title=" + Self.escapeProperty("tenderlint " + finding.rule),
            ]
            output += "::\(Self.command(finding.severity)) \(properties.joined(separator: ","))::\(Self.escapeData(finding.message))\n"
        }
        let counts = Severity.allCases.reversed().map { severity in
            severity.swedishCount(entries.filter { $0.severity == severity }.count)
        }
        let files = report.files.count == 1 ? "1 fil" : "\(report.files.count) filer"
        output += "tenderlint: \(files) granskade, \(entries.count) fynd (" + counts.joined(separator: ", ") + ")"
            + (report.errors.isEmpty ? "" : ", \(report.errors.count) fel i indata") + "\n"
        return output
    }
}
