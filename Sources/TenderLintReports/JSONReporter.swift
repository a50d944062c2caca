import TenderLintCore
import TenderLintLanguage
import TenderLintEngine

/// The findings JSON of DESIGN.md (a contract): one object with the tool, every file with
/// its metrics and findings, and every error.
public struct JSONReporter: Reporter {
    public init() {}

    public static let toolVersion = "0.1.0"

    public func render(_ report: LintReport) -> String {
        Self.value(report).serialized() + "\n"
    }

    public static func value(_ report: LintReport) -> JSONValue {
        .object([
            ("tool", .object([("name", .string("tenderlint")), ("version", .string(toolVersion))])),
            ("files", .array(report.files.map(file))),
            ("errors", .array(report.errors.map(error))),
        ])
    }

    static func file(_ file: FileReport) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("path", .string(file.path)),
            ("format", .string(file.format.rawValue)),
            ("encoding", .string(file.encoding)),
            ("language", .string(file.metrics.language)),
        ]
        if !file.metrics.otherLanguages.isEmpty {
            fields.append(("otherLanguages", .array(file.metrics.otherLanguages.map { passage in
                .object([
                    ("language", .string(passage.language)),
                    ("line", .int(passage.range.start.line)), ("column", .int(passage.range.start.column)),
                    ("endLine", .int(passage.range.end.line)), ("endColumn", .int(passage.range.end.column)),
                ])
            })))
        }
        if !file.notices.isEmpty { fields.append(("notices", .array(file.notices.map(JSONValue.string)))) }
        var metrics: [(String, JSONValue)] = [
            ("words", .int(file.metrics.words)),
            ("sentences", .int(file.metrics.sentences)),
            ("lix", .double(rounded(file.metrics.lix))),
            ("lixBand", .string(LIXCount.band(file.metrics.lix))),
            ("longSentences", .int(file.metrics.total.longSentences)),
        ]
        if let score = file.metrics.score {
            metrics.append(("score", .object([
                ("value", .double(score.value)),
                ("parts", .object(score.parts.map { part in
                    (part.name, .object([("measure", .double(part.measure)), ("points", .double(part.points))]))
                })),
            ])))
        }
        metrics.append(("sections", .array(file.metrics.sections.map { section in
            .object([
                ("heading", section.heading.map(JSONValue.string) ?? .null),
                ("words", .int(section.count.words)),
                ("sentences", .int(section.count.sentences)),
                ("lix", .double(rounded(section.count.lix))),
            ])
        })))
        fields.append(("metrics", .object(metrics)))
        fields.append(("findings", .array(file.findings.map(finding))))
        return .object(fields)
    }

    static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    static func finding(_ finding: Finding) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("rule", .string(finding.rule)),
            ("category", .string(finding.category.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("match", .string(finding.match)),
            ("suggestions", .array(finding.suggestions.map(JSONValue.string))),
            ("line", .int(finding.range.start.line)),
            ("column", .int(finding.range.start.column)),
            ("endLine", .int(finding.range.end.line)),
            ("endColumn", .int(finding.range.end.column)),
            ("section", finding.section.map(JSONValue.string) ?? .null),
        ]
        if let part = finding.part { fields.append(("part", .string(part))) }
        fields.append(("fingerprint", .string(finding.fingerprint)))
        return .object(fields)
    }

    static func error(_ error: TenderLintError) -> JSONValue {
        var fields: [(String, JSONValue)] = [("path", error.path.map(JSONValue.string) ?? .null)]
        if let line = error.line { fields.append(("line", .int(line))) }
        if let column = error.column { fields.append(("column", .int(column))) }
        fields.append(("message", .string(error.message)))
        return .object(fields)
    }
}
