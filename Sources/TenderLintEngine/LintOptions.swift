/// What a run lints and with what.
public struct LintOptions: Sendable {
    public var paths: [String]
    /// A configuration for every file; else each file's nearest `.tenderlint.yml`.
    public var configPath: String?
    /// Rule packs added to the default pack and the configuration's.
    public var extraRuleDirectories: [String] = []
    /// The default rule pack; nil to use none (tests).
    public var defaultRulesDirectory: String?
    public var baselinePath: String?
    /// The shared template for every file (`--template`); else each configuration's `template:`.
    public var templatePath: String?
    /// Overrides every configuration's `failOn`.
    public var failOn: FailThreshold?
    /// Keep the blocks of text and Markdown files too (for a new document made of them).
    public var keepBlocks = false
    /// How many files are linted at once.
    public var concurrency = ProcessInfoCount.activeProcessors

    public init(paths: [String], defaultRulesDirectory: String?) {
        self.paths = paths
        self.defaultRulesDirectory = defaultRulesDirectory
    }
}

import Foundation
import TenderLintCore
import TenderLintLanguage
import TenderLintReaders
import TenderLintRules

enum ProcessInfoCount {
    static var activeProcessors: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
