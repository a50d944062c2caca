import Foundation
import TenderLintCore
import TenderLintLanguage
import TenderLintReaders
import TenderLintRules

/// A whole run: find the files, the configuration and rules for each, lint them concurrently,
/// apply the baseline, and collect every result and every error in a stable order.
public enum LintRunner {
    public static func run(_ options: LintOptions) async -> LintReport {
        var errors: [TenderLintError] = []
        let (files, discoveryErrors) = FileDiscovery.expand(options.paths)
        errors += discoveryErrors

        var baseline: Baseline?
        if let path = options.baselinePath {
            do { baseline = try Baseline.load(path: path) } catch { errors.append(error) }
        }

        // One linter per configuration in use, built once.
        var forced: Configuration?
        if let path = options.configPath {
            do {
                forced = try Configuration.load(path: path)
            } catch {
                return LintReport(files: [], errors: errors + [error])
            }
        }
        var linters: [String: Linter] = [:]
        var badConfigurations: [String: TenderLintError] = [:]
        var ruleSets: [[String]: RuleSet] = [:]
        var reportedRuleErrors = Set<String>()
        // Templates, loaded once each; a template that cannot be read is an error of the run,
        // and its files are linted without it.
        var templates: [String: Template] = [:]
        var badTemplates = Set<String>()
        func template(_ path: String, limits: ReadLimits) -> Template? {
            if let loaded = templates[path] { return loaded }
            guard !badTemplates.contains(path) else { return nil }
            do throws(TenderLintError) {
                let loaded = try Template.load(path: path, limits: limits)
                templates[path] = loaded
                return loaded
            } catch {
                badTemplates.insert(path)
                errors.append(TenderLintError(
                    path: error.path ?? path, line: error.line, column: error.column, message: "mallen kunde inte läsas: \(error.message)"))
                return nil
            }
        }
        var jobs: [(path: String, linter: Linter, failOn: FailThreshold)] = []
        for file in files {
            let configPath = options.configPath ?? Configuration.find(for: file) ?? ""
            if linters[configPath] == nil, badConfigurations[configPath] == nil {
                do throws(TenderLintError) {
                    var configuration = forced ?? Configuration()
                    if forced == nil, !configPath.isEmpty { configuration = try Configuration.load(path: configPath) }
                    if let path = options.templatePath {
                        configuration.template = TemplateSetting(path: URL(fileURLWithPath: path).standardizedFileURL.path)
                    }
                    let directories = (options.defaultRulesDirectory.map { [$0] } ?? []) + configuration.ruleDirectories
                        + options.extraRuleDirectories
                    if ruleSets[directories] == nil {
                        var rules: [any Rule] = []
                        for directory in directories {
                            let pack = RuleLoader.loadPack(at: directory)
                            rules += pack.rules
                            for error in pack.errors where reportedRuleErrors.insert(error.description).inserted {
                                errors.append(error)
                            }
                        }
                        ruleSets[directories] = RuleSet(rules: rules)
                    }
                    let ruleSet = ruleSets[directories]!
                    try configuration.validate(ruleIDs: Set(ruleSet.rules.map(\.metadata.id)))
                    let shared = configuration.template.flatMap { template($0.path, limits: configuration.limits) }
                    linters[configPath] = Linter(ruleSet: ruleSet, configuration: configuration, template: shared)
                } catch {
                    badConfigurations[configPath] = error
                    errors.append(error)
                }
            }
            guard let linter = linters[configPath] else {
                let error = badConfigurations[configPath].map(\.description) ?? ""
                errors.append(TenderLintError(path: file, message: "granskades inte: konfigurationen är ogiltig (\(error))"))
                continue
            }
            jobs.append((file, linter, options.failOn ?? linter.configuration.failOn ?? .error))
        }

        let results = await lintConcurrently(jobs, options: options)
        var reports: [FileReport] = []
        var reportJobs: [Int] = []
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let report):
                reports.append(report)
                reportJobs.append(index)
            case .failure(let error):
                errors.append(error)
            }
        }
        // Files of one folder are one tender package: what differs between them.
        PackageStage.run(&reports) { jobs[reportJobs[$0]].linter.ruleSet.rules }
        if let baseline {
            for index in reports.indices {
                reports[index].findings = baseline.newFindings(reports[index].findings, path: reports[index].path)
            }
        }
        for index in reports.indices { reports[index].packageNotes = [] }
        var report = LintReport(files: reports, errors: errors)
        var seenRules = Set<String>()
        for ruleSet in ruleSets.keys.sorted(by: { $0.joined() < $1.joined() }).compactMap({ ruleSets[$0] }) {
            for rule in ruleSet.rules where seenRules.insert(rule.metadata.id).inserted { report.rules.append(rule.metadata) }
        }
        report.rules.sort { $0.id < $1.id }
        return report
    }

    /// Lints files with a linter built once and kept (a server's, for every upload): no
    /// discovery, configuration lookup or rule loading, but the same reading, package stage
    /// and report as a run from the command line.
    public static func run(files: [String], linter: Linter, keepBlocks: Bool = false) -> LintReport {
        var reports: [FileReport] = []
        var errors: [TenderLintError] = []
        let failOn = linter.configuration.failOn ?? .error
        for file in files {
            switch lintFile(file, linter: linter, failOn: failOn, keepBlocks: keepBlocks) {
            case .success(let report): reports.append(report)
            case .failure(let error): errors.append(error)
            }
        }
        PackageStage.run(&reports) { _ in linter.ruleSet.rules }
        for index in reports.indices { reports[index].packageNotes = [] }
        var report = LintReport(files: reports, errors: errors)
        report.rules = linter.ruleSet.rules.map(\.metadata).sorted { $0.id < $1.id }
        return report
    }

    /// Lints at most `options.concurrency` files at a time; results come back in job order.
    static func lintConcurrently(
        _ jobs: [(path: String, linter: Linter, failOn: FailThreshold)], options: LintOptions
    ) async -> [Result<FileReport, TenderLintError>] {
        await withTaskGroup(of: (Int, Result<FileReport, TenderLintError>).self) { group in
            var results = [Result<FileReport, TenderLintError>?](repeating: nil, count: jobs.count)
            var next = 0
            func submit() {
                guard next < jobs.count else { return }
                let index = next
                let job = jobs[index]
                let keepBlocks = options.keepBlocks
                group.addTask { (index, lintFile(job.path, linter: job.linter, failOn: job.failOn, keepBlocks: keepBlocks)) }
                next += 1
            }
            for _ in 0..<max(1, options.concurrency) { submit() }
            for await (index, result) in group {
                results[index] = result
                submit()
            }
            return results.map { $0! }
        }
    }

    static func lintFile(
        _ path: String, linter: Linter, failOn: FailThreshold, keepBlocks: Bool = false
    ) -> Result<FileReport, TenderLintError> {
        do throws(TenderLintError) {
            let document = try DocumentLoader.load(path: path, limits: linter.configuration.limits)
            let result = linter.lint(document)
            return .success(FileReport(document, result, path: path, failOn: failOn, keepBlocks: keepBlocks))
        } catch {
            return .failure(error)
        }
    }
}
