import Foundation
import TenderLintCore
import TenderLintRules
import TenderLintEngine
import TenderLintReports
import TenderLintAnnotation

/// What the server does with an upload, independent of HTTP: the rules and the region's
/// templates are loaded once at start into one `LintSession`; each upload is read, linted and
/// rendered from memory, so no document is ever written to disk.
public final class LintService: Sendable {
    public struct Template: Sendable, Equatable {
        /// The name offered in the drop-down: the file name without its extension.
        public var name: String
        public var path: String
    }

    /// An uploaded document.
    public struct Upload: Sendable {
        public var filename: String
        public var data: Data

        public init(filename: String, data: Data) {
            self.filename = filename
            self.data = data
        }
    }

    public enum Output: String, Sendable, CaseIterable {
        case json
        case sarif
        case html
        case docx
        case odt
    }

    /// A rendered answer.
    public struct Result: Sendable {
        public var body: Data
        public var contentType: String
        /// For a download: the file name to save as.
        public var filename: String?
        public var findings: Int
    }

    /// Why an upload gets no report (the HTTP status is the server's to choose).
    public enum Failure: Error, Equatable, Sendable {
        /// Not a format tenderlint reads.
        case unsupported(String)
        /// Read but refused: broken, encrypted, hostile, too large.
        case unreadable(String)
        /// No such template.
        case unknownTemplate(String)
    }

    public let templates: [Template]
    public let rules: [RuleMetadata]
    /// Rule files that could not be loaded (reported at start).
    public let ruleErrors: [TenderLintError]
    /// The session every upload is linted in: the rules and templates are loaded into it once.
    private let session = LintSession()
    private let defaultRules: String?
    private let ruleDirectories: [String]

    /// Loads the default rule pack (and `ruleDirectories` on top), and every template in
    /// `templatesDirectory` (`.md`, `.docx`, `.dotx`, `.odt`, `.ott`; a template that cannot be
    /// read is an error).
    public init(defaultRules: String?, ruleDirectories: [String] = [], templatesDirectory: String? = nil,
                limits: ReadLimits = ReadLimits()) throws(TenderLintError) {
        self.defaultRules = defaultRules
        self.ruleDirectories = ruleDirectories
        let (ruleSet, errors) = session.rules(in: (defaultRules.map { [$0] } ?? []) + ruleDirectories)
        var templates: [Template] = []
        if let templatesDirectory {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: templatesDirectory)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                guard let format = DocumentFormat(path: name), format != .text, format != .fodt else { continue }
                // Absolute, as a request names it (`LintRequest.templatePath`): one cache entry.
                let path = URL(fileURLWithPath: (templatesDirectory as NSString).appendingPathComponent(name))
                    .standardizedFileURL.path
                _ = try session.template(at: path, limits: limits)
                let template = Template(name: (name as NSString).deletingPathExtension, path: path)
                guard !templates.contains(where: { $0.name == template.name }) else { continue }
                templates.append(template)
            }
        }
        self.templates = templates
        self.rules = ruleSet.rules.map(\.metadata).sorted { $0.id < $1.id }
        ruleErrors = errors
    }

    /// Lints one upload from memory and renders it: the document never touches the disk.
    /// Synchronous and CPU-bound: call it off the event loop.
    public func lint(_ upload: Upload, template: String?, output: Output) throws(Failure) -> Result {
        let filename = Self.safeName(upload.filename)
        guard let format = DocumentFormat(path: filename) else {
            throw .unsupported("\(filename): filformatet stöds inte; ladda upp .docx, .odt, .md eller .txt")
        }
        var templatePath: String?
        if let template {
            guard let known = templates.first(where: { $0.name == template }) else {
                throw .unknownTemplate("mallen ”\(template)” finns inte på servern")
            }
            templatePath = known.path
        }
        if output == .odt, let refusal = AnnotatedCopy.refusal(.odt, from: format) { throw .unsupported(refusal) }

        var request = LintRequest(paths: [], defaultRulesDirectory: defaultRules)
        request.extraRuleDirectories = ruleDirectories
        request.uploads = [LintRequest.Upload(name: filename, bytes: [UInt8](upload.data))]
        request.templatePath = templatePath
        request.keepBlocks = output == .docx
        var report = session.lint(request)
        // Rule files that could not be loaded were reported at start (`ruleErrors`) and do not
        // stop the others: only the upload's own error refuses it, and the uploader's report
        // never names the server's files.
        if let error = report.errors.first(where: { $0.path == filename }) {
            throw .unreadable("\(filename): \(error.message)")
        }
        report.errors = []
        let findings = report.findingCount
        switch output {
        case .docx, .odt:
            guard let file = report.files.first else { throw .unreadable("\(filename): dokumentet kunde inte läsas") }
            let kind: AnnotatedCopy.Kind = output == .docx ? .docx : .odt
            var options = AnnotatedCopy.Options()
            options.original = upload.data
            let copy: Data
            do {
                guard let data = try AnnotatedCopy.write(file, as: kind, rules: report.rules, to: nil, options: options).data
                else { throw TenderLintError(path: filename, message: "") }
                copy = data
            } catch {
                throw .unreadable("\(filename): den kommenterade kopian kunde inte göras")
            }
            let contentType = output == .docx
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/vnd.oasis.opendocument.text"
            let name = (AnnotatedCopy.defaultPath(for: filename, kind: kind) as NSString).lastPathComponent
            return Result(body: copy, contentType: contentType, filename: name, findings: findings)
        case .json, .sarif, .html:
            let format = ReportFormat(rawValue: output.rawValue)!
            let stem = (filename as NSString).deletingPathExtension
            return Result(body: Data(format.reporter().render(report).utf8), contentType: format.mediaType,
                          filename: format == .sarif ? "\(stem).sarif" : nil, findings: findings)
        }
    }

    /// The last path component of an uploaded name, with no control characters, no leading
    /// dots and at most 120 characters; "dokument" when nothing is left.
    public static func safeName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var cleaned = String(String.UnicodeScalarView(last.unicodeScalars.filter {
            !$0.properties.generalCategory.isControlOrFormat && $0 != ":" && $0 != "\""
        }))
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        if cleaned.unicodeScalars.count > 120 {
            let ext = (cleaned as NSString).pathExtension
            cleaned = String(cleaned.prefix(100)) + (ext.isEmpty ? "" : "." + ext)
        }
        return cleaned.isEmpty ? "dokument" : cleaned
    }
}

extension Unicode.GeneralCategory {
    var isControlOrFormat: Bool {
        switch self {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned: true
        default: false
        }
    }
}
