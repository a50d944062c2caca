import Foundation

/// What one run lints and with what. Every front end (the command line, the server, the
/// benchmark, the fuzzer, the tests) builds one and hands it to a `LintSession`.
public struct LintRequest: Sendable {
    /// Files and folders on disk; folders are searched recursively.
    public var paths: [String]
    /// Files held in memory (an upload): read from their bytes, never written anywhere. They
    /// have no folder, so no `.tenderlint.yml` is looked up for them: `configPath` or the
    /// built-in defaults apply.
    public var uploads: [Upload] = []
    /// A configuration for every file; else each file's nearest `.tenderlint.yml`.
    public var configPath: String?
    /// A configuration for every file, already in memory; wins over `configPath`.
    public var configuration: Configuration?
    /// The default rule pack; nil to use none (tests).
    public var defaultRulesDirectory: String?
    /// Rule packs added to the default pack and the configuration's.
    public var extraRuleDirectories: [String] = []
    public var baselinePath: String?
    /// The shared template for every file (`--template`); else each configuration's `template:`.
    public var templatePath: String?
    /// Overrides every configuration's `failOn`.
    public var failOn: FailThreshold?
    /// Keep the blocks of text and Markdown files too (for a new document made of them).
    public var keepBlocks = false
    /// How many files are linted at once.
    public var concurrency = max(1, ProcessInfo.processInfo.activeProcessorCount)

    public init(paths: [String], defaultRulesDirectory: String?) {
        self.paths = paths
        self.defaultRulesDirectory = defaultRulesDirectory
    }

    /// A file held in memory: its name (for its format and the reports) and its bytes.
    public struct Upload: Sendable {
        public var name: String
        public var bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }
}
