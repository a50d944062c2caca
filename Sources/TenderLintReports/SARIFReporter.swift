import Foundation
import TenderLintCore
import TenderLintRules
import TenderLintEngine

/// SARIF 2.1.0 for code scanning (GitHub and others): every rule the run used with its
/// descriptions and help, every finding as a result with a region in Unicode code points,
/// a fingerprint that survives edits elsewhere in the file, and artifact URIs relative to the
/// directory the run started in (`%SRCROOT%`).
public struct SARIFReporter: Reporter {
    /// The directory artifact URIs are relative to (`%SRCROOT%`).
    public var root: String

    public init(root: String = FileManager.default.currentDirectoryPath) {
        self.root = root
    }

    public func render(_ report: LintReport) -> String {
        Self.value(report, root: root).serialized() + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .suggestion: "note"
        }
    }

    /// A path relative to `root` when it lies inside it, with `/` separators; else a file URI.
    static func uri(_ path: String, root: String) -> (uri: String, relative: Bool) {
        let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: root, isDirectory: true)).standardizedFileURL.path
        let base = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "%"))
        if absolute.hasPrefix(prefix) {
            let relative = String(absolute.dropFirst(prefix.count))
            return (relative.addingPercentEncoding(withAllowedCharacters: allowed) ?? relative, true)
        }
        return (URL(fileURLWithPath: absolute).absoluteString, false)
    }

    public static func value(_ report: LintReport, root: String) -> JSONValue {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        let rules: [JSONValue] = report.rules.map { rule in
            var help = rule.advice ?? rule.summary
            if let basis = rule.legalBasis { help += "\n\nRättslig grund: " + basis }
            return .object([
                ("id", .string(rule.id)),
                ("name", .string(rule.id.split(separator: "/").map(String.init).joined(separator: "-"))),
                ("shortDescription", .object([("text", .string(rule.summary))])),
                ("fullDescription", .object([("text", .string(rule.rationale))])),
                ("help", .object([("text", .string(help))])),
                ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
                ("properties", .object([("category", .string(rule.category.rawValue))])),
            ])
        }
        var artifacts: [JSONValue] = []
        var results: [JSONValue] = []
        for (artifactIndex, file) in report.files.enumerated() {
            let location = uri(file.path, root: root)
            var artifactLocation: [(String, JSONValue)] = [("uri", .string(location.uri))]
            if location.relative { artifactLocation.append(("uriBaseId", .string("%SRCROOT%"))) }
            artifacts.append(.object([("location", .object(artifactLocation))]))
            for finding in file.findings {
                var result: [(String, JSONValue)] = [("ruleId", .string(finding.rule))]
                if let index = ruleIndex[finding.rule] { result.append(("ruleIndex", .int(index))) }
                result += [
                    ("level", .string(level(finding.severity))),
                    ("message", .object([("text", .string(finding.message))])),
                    ("locations", .array([.object([("physicalLocation", .object([
                        ("artifactLocation", .object(artifactLocation + [("index", .int(artifactIndex))])),
                        ("region", .object([
                            ("startLine", .int(finding.range.start.line)),
                            ("startColumn", .int(finding.range.start.column)),
                            ("endLine", .int(finding.range.end.line)),
                            ("endColumn", .int(finding.range.end.column)),
                            ("snippet", .object([("text", .string(finding.match))])),
                        ])),
                    ]))])])),
                    // Rule, matched words and the words around them: not the position.
                    ("partialFingerprints", .object([("tenderlint/v1", .string(finding.fingerprint))])),
                ]
                if let section = finding.section {
                    result.append(("properties", .object([("section", .string(section))])))
                }
                results.append(.object(result))
            }
        }
        let notifications: [JSONValue] = report.errors.map { error in
            var notification: [(String, JSONValue)] = [("level", .string("error")), ("message", .object([("text", .string(error.message))]))]
            if let path = error.path {
                var region: [(String, JSONValue)] = []
                if let line = error.line { region.append(("startLine", .int(line))) }
                if let column = error.column { region.append(("startColumn", .int(column))) }
                let location = uri(path, root: root)
                var physical: [(String, JSONValue)] = [("artifactLocation", .object(
                    [("uri", .string(location.uri))] + (location.relative ? [("uriBaseId", .string("%SRCROOT%"))] : [])))]
                if !region.isEmpty { physical.append(("region", .object(region))) }
                notification.append(("locations", .array([.object([("physicalLocation", .object(physical))])])))
            }
            return .object(notification)
        }
        let rootURI = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL.absoluteString
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("tenderlint")),
                    ("version", .string(JSONReporter.toolVersion)),
                    ("semanticVersion", .string(JSONReporter.toolVersion)),
                    ("rules", .array(rules)),
                ]))])),
                ("invocations", .array([.object([
                    ("executionSuccessful", .bool(report.errors.isEmpty)),
                    ("toolExecutionNotifications", .array(notifications)),
                ])])),
                ("originalUriBaseIds", .object([("%SRCROOT%", .object([("uri", .string(rootURI.hasSuffix("/") ? rootURI : rootURI + "/"))]))])),
                ("artifacts", .array(artifacts)),
                ("results", .array(results)),
                ("columnKind", .string("unicodeCodePoints")),
            ])])),
        ])
    }
}
