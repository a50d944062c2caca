import TenderLintCore
import TenderLintRules

/// The result of linting one file.
public struct FileReport: Sendable {
    public var path: String
    public var format: DocumentFormat
    public var encoding: String
    public var notices: [String]
    public var metrics: DocumentMetrics
    public var findings: [Finding]
    /// The decoded source, so the text report can show the line of each finding.
    public var source: SourceText?
    /// When this file makes the run fail, from its configuration (or the command line).
    public var failOn: FailThreshold
    /// For DOCX and ODT, the blocks, so the text report can show each finding's paragraph.
    public var blocks: [Block] = []
    /// What the package rules noted, for comparing the files of one folder.
    public var packageNotes: [PackageNotes] = []

    public init(
        path: String, format: DocumentFormat, encoding: String, notices: [String], metrics: DocumentMetrics,
        findings: [Finding], source: SourceText?, failOn: FailThreshold, blocks: [Block] = [],
        packageNotes: [PackageNotes] = []
    ) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.notices = notices
        self.metrics = metrics
        self.findings = findings
        self.source = source
        self.failOn = failOn
        self.blocks = blocks
        self.packageNotes = packageNotes
    }

    /// The report of a document just linted. Text and Markdown keep their blocks only when
    /// asked (`keepBlocks`): their source holds the same text.
    public init(_ document: Document, _ result: Linter.Result, path: String? = nil, failOn: FailThreshold = .error,
                keepBlocks: Bool = true) {
        self.init(
            path: path ?? document.path, format: document.format, encoding: document.encoding,
            notices: document.notices + result.notices, metrics: result.metrics, findings: result.findings,
            source: document.source, failOn: failOn,
            blocks: document.format.isPlainText && !keepBlocks ? [] : document.blocks, packageNotes: result.packageNotes)
    }
}

/// The result of a whole run: every file that was linted and every file that could not be.
public struct LintReport: Sendable {
    public var files: [FileReport]
    public var errors: [TenderLintError]
    /// Every rule the run used (from every configuration's packs), for reports that describe
    /// them (SARIF's `tool.driver.rules`).
    public var rules: [RuleMetadata] = []

    public init(files: [FileReport], errors: [TenderLintError]) {
        self.files = files
        self.errors = errors
    }

    /// 2 when anything could not be read or configured, 1 when a finding reaches its file's
    /// fail threshold, else 0.
    public var exitCode: Int32 {
        if !errors.isEmpty { return 2 }
        for file in files where file.findings.contains(where: { file.failOn.fails(on: $0.severity) }) { return 1 }
        return 0
    }

    public var findingCount: Int { files.reduce(0) { $0 + $1.findings.count } }

    /// The exit status with a lowest accessibility score as well: 1 also when a file scores
    /// below `minScore` (2 still wins).
    public func exitCode(minScore: Double?) -> Int32 {
        let code = exitCode
        guard code != 2, let minScore else { return code }
        return files.contains { ($0.metrics.score?.value ?? 100) < minScore } ? 1 : code
    }
}
