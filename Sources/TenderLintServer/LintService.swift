import Foundation
import TenderLintCore
import TenderLintRules
import TenderLintEngine
import TenderLintReports
import TenderLintAnnotation

/// What the server does with an upload, independent of HTTP: the rules and the region's
/// templates are loaded once at start; each upload is written to a private temporary folder
/// (mode 0700, its file 0600), linted, rendered, and deleted before the answer leaves.
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
        /// The server could not do its part (a temporary file).
        case server(String)
    }

    public let templates: [Template]
    public let rules: [RuleMetadata]
    /// Rule files that could not be loaded (reported at start).
    public let ruleErrors: [TenderLintError]
    private let linters: [String: Linter]
    private let limits: ReadLimits
    /// This process's folder for uploads: `tenderlint-server-<pid>` in the temporary folder.
    public let uploadsDirectory: URL

    /// Loads the default rule pack (and `ruleDirectories` on top), and every template in
    /// `templatesDirectory` (`.md`, `.docx`, `.dotx`, `.odt`, `.ott`; a template that cannot be
    /// read is an error).
    public init(defaultRules: String?, ruleDirectories: [String] = [], templatesDirectory: String? = nil,
                limits: ReadLimits = ReadLimits()) throws(TenderLintError) {
        var rules: [any Rule] = []
        var errors: [TenderLintError] = []
        for directory in (defaultRules.map { [$0] } ?? []) + ruleDirectories {
            let pack = RuleLoader.loadPack(at: directory)
            rules += pack.rules
            errors += pack.errors
        }
        let ruleSet = RuleSet(rules: rules)
        var templates: [Template] = []
        var linters = ["": Linter(ruleSet: ruleSet)]
        if let templatesDirectory {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: templatesDirectory)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                guard let format = DocumentFormat(path: name), format != .text, format != .fodt else { continue }
                let path = (templatesDirectory as NSString).appendingPathComponent(name)
                let loaded = try TenderLintRules.Template.load(path: path, limits: limits)
                var configuration = Configuration()
                configuration.template = TemplateSetting(path: path)
                let template = Template(name: (name as NSString).deletingPathExtension, path: path)
                guard linters[template.name] == nil else { continue }
                templates.append(template)
                linters[template.name] = Linter(ruleSet: ruleSet, configuration: configuration, template: loaded)
            }
        }
        self.templates = templates
        self.linters = linters
        self.rules = ruleSet.rules.map(\.metadata).sorted { $0.id < $1.id }
        ruleErrors = errors
        self.limits = limits
        uploadsDirectory = Self.prepareUploadsDirectory()
    }

    /// Makes this process's upload folder (0700), and removes those of server processes that
    /// are gone: an upload whose lint outlived its answer is deleted when the lint ends, but a
    /// process that was killed meanwhile would otherwise leave it behind.
    static func prepareUploadsDirectory() -> URL {
        let temporary = URL(fileURLWithPath: NSTemporaryDirectory())
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        where name.hasPrefix("tenderlint-server-") {
            if let pid = Int32(name.dropFirst("tenderlint-server-".count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
            }
        }
        let directory = temporary.appendingPathComponent("tenderlint-server-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                 attributes: [.posixPermissions: 0o700])
        return directory
    }

    /// Removes the upload folder (at shutdown, once every request has been answered).
    public func removeUploads() {
        try? FileManager.default.removeItem(at: uploadsDirectory)
    }

    /// Lints one upload and renders it. Synchronous and CPU-bound: call it off the event loop.
    public func lint(_ upload: Upload, template: String?, output: Output) throws(Failure) -> Result {
        let filename = Self.safeName(upload.filename)
        guard let format = DocumentFormat(path: filename) else {
            throw .unsupported("\(filename): filformatet stöds inte; ladda upp .docx, .odt, .md eller .txt")
        }
        guard let linter = linters[template ?? ""] else {
            throw .unknownTemplate("mallen ”\(template ?? "")” finns inte på servern")
        }
        if output == .odt, let refusal = AnnotatedCopy.refusal(.odt, from: format) { throw .unsupported(refusal) }
        // A fixed name inside a folder of its own: the uploaded name never reaches the file
        // system (its length, its characters), only the reports.
        let directory = uploadsDirectory.appendingPathComponent("upload-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("upload." + (filename as NSString).pathExtension.lowercased()).path
        do {
            try FileManager.default.createDirectory(at: uploadsDirectory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            guard FileManager.default.createFile(atPath: path, contents: upload.data, attributes: [.posixPermissions: 0o600])
            else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            throw .server("servern kunde inte ta emot dokumentet just nu; försök igen")
        }

        var report = LintRunner.run(files: [path], linter: linter, keepBlocks: output == .docx)
        if let error = report.errors.first {
            throw .unreadable("\(filename): \(error.message)")
        }
        let findings = report.findingCount
        switch output {
        case .docx, .odt:
            guard let file = report.files.first else { throw .unreadable("\(filename): dokumentet kunde inte läsas") }
            let kind: AnnotatedCopy.Kind = output == .docx ? .docx : .odt
            let copy = AnnotatedCopy.defaultPath(for: path, kind: kind)
            do {
                _ = try AnnotatedCopy.write(file, as: kind, rules: report.rules, to: copy)
            } catch {
                throw .unreadable("\(filename): den kommenterade kopian kunde inte göras")
            }
            guard let data = FileManager.default.contents(atPath: copy) else {
                throw .unreadable("\(filename): den kommenterade kopian kunde inte läsas")
            }
            let contentType = output == .docx
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/vnd.oasis.opendocument.text"
            let name = (AnnotatedCopy.defaultPath(for: filename, kind: kind) as NSString).lastPathComponent
            return Result(body: data, contentType: contentType, filename: name, findings: findings)
        case .json, .sarif, .html:
            // Reports name the file as uploaded, never the temporary path.
            for index in report.files.indices { report.files[index].path = filename }
            let stem = (filename as NSString).deletingPathExtension
            switch output {
            case .json:
                return Result(body: Data(JSONReporter.render(report).utf8), contentType: "application/json; charset=utf-8",
                              filename: nil, findings: findings)
            case .sarif:
                return Result(body: Data(SARIFReporter.render(report).utf8), contentType: "application/sarif+json",
                              filename: "\(stem).sarif", findings: findings)
            default:
                return Result(body: Data(HTMLReporter.render(report).utf8), contentType: "text/html; charset=utf-8",
                              filename: nil, findings: findings)
            }
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
