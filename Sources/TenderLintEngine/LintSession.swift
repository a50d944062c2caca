import Foundation
import TenderLintCore
import TenderLintReaders
import TenderLintRules

/// Runs lint requests: finds the files, the configuration and the rules for each, lints them
/// concurrently, compares the files of each folder (the package stage), applies the baseline,
/// and collects every result and every error in a stable order.
///
/// A session keeps what is costly to make and the same from one request to the next: rule
/// packs (compiled into one matcher) and templates, each loaded once. A server keeps one
/// session for its life; the command line makes one per run. Safe to use from several threads.
public final class LintSession: @unchecked Sendable {
    private let lock = NSLock()
    private var ruleSets: [[String]: (ruleSet: RuleSet, errors: [TenderLintError])] = [:]
    private var templates: [String: Result<Template, TenderLintError>] = [:]

    public init() {}

    // MARK: - What a session keeps

    /// The rules of these packs in this order, loaded and compiled on first use, with the rule
    /// files that could not be loaded.
    public func rules(in directories: [String]) -> (ruleSet: RuleSet, errors: [TenderLintError]) {
        lock.lock()
        defer { lock.unlock() }
        if let loaded = ruleSets[directories] { return loaded }
        let pack = RuleLoader.loadPacks(at: directories)
        let loaded = (pack.ruleSet, pack.errors)
        ruleSets[directories] = loaded
        return loaded
    }

    /// The rules of a request: the default pack, then `extra`.
    public func rules(for request: LintRequest, extra: [String] = []) -> (ruleSet: RuleSet, errors: [TenderLintError]) {
        rules(in: (request.defaultRulesDirectory.map { [$0] } ?? []) + extra + request.extraRuleDirectories)
    }

    /// A template read once (a template that cannot be read fails the same way each time).
    public func template(at path: String, limits: ReadLimits = ReadLimits()) throws(TenderLintError) -> Template {
        lock.lock()
        let cached = templates[path]
        lock.unlock()
        if let cached { return try cached.get() }
        let loaded: Result<Template, TenderLintError>
        do throws(TenderLintError) {
            loaded = .success(try Template.load(path: path, limits: limits))
        } catch {
            loaded = .failure(error)
        }
        lock.lock()
        templates[path] = loaded
        lock.unlock()
        return try loaded.get()
    }

    // MARK: - Running a request

    /// Lints everything the request names, `request.concurrency` files at a time.
    public func run(_ request: LintRequest) async -> LintReport {
        var plan = prepare(request)
        let jobs = plan.jobs
        let results = await withTaskGroup(of: (Int, Result<FileReport, TenderLintError>).self) { group in
            var results = [Result<FileReport, TenderLintError>?](repeating: nil, count: jobs.count)
            var next = 0
            func submit() {
                guard next < jobs.count else { return }
                let index = next
                let job = jobs[index]
                let keepBlocks = request.keepBlocks
                group.addTask { (index, Self.lint(job, keepBlocks: keepBlocks)) }
                next += 1
            }
            for _ in 0..<max(1, request.concurrency) { submit() }
            for await (index, result) in group {
                results[index] = result
                submit()
            }
            return results.map { $0! }
        }
        return finish(&plan, results: results)
    }

    /// The same on the calling thread, one file after the other (a server's worker thread,
    /// which must not wait on the cooperative pool).
    public func lint(_ request: LintRequest) -> LintReport {
        var plan = prepare(request)
        let results = plan.jobs.map { Self.lint($0, keepBlocks: request.keepBlocks) }
        return finish(&plan, results: results)
    }

    /// One file to lint: where its bytes are, the linter its configuration gives, and when it
    /// fails the run.
    struct Job: Sendable {
        enum Source: Sendable {
            case path(String)
            case upload(LintRequest.Upload)
        }

        var source: Source
        var linter: Linter
        var failOn: FailThreshold
    }

    /// What a request turned into before linting: the jobs, the errors so far, the baseline
    /// and the rules in use.
    struct Plan {
        var jobs: [Job] = []
        var errors: [TenderLintError] = []
        var baseline: Baseline?
        var ruleSets: [[String]: RuleSet] = [:]
    }

    /// Finds the files, and the configuration, rules and template of each.
    func prepare(_ request: LintRequest) -> Plan {
        var plan = Plan()
        let (files, discoveryErrors) = FileDiscovery.expand(request.paths)
        plan.errors += discoveryErrors
        if let path = request.baselinePath {
            do { plan.baseline = try Baseline.load(path: path) } catch { plan.errors.append(error) }
        }
        var forced = request.configuration
        if forced == nil, let path = request.configPath {
            do {
                forced = try Configuration.load(path: path)
            } catch {
                plan.errors.append(error)
                return plan
            }
        }
        // One linter per configuration in use, built once per request.
        var linters: [String: Linter] = [:]
        var badConfigurations: [String: TenderLintError] = [:]
        var reportedRuleErrors = Set<String>()
        var badTemplates = Set<String>()
        func linter(configPath: String) -> Linter? {
            if let built = linters[configPath] { return built }
            if badConfigurations[configPath] != nil { return nil }
            do throws(TenderLintError) {
                var configuration = forced ?? Configuration()
                if forced == nil, !configPath.isEmpty { configuration = try Configuration.load(path: configPath) }
                if let path = request.templatePath {
                    configuration.template = TemplateSetting(path: URL(fileURLWithPath: path).standardizedFileURL.path)
                }
                let directories = (request.defaultRulesDirectory.map { [$0] } ?? []) + configuration.ruleDirectories
                    + request.extraRuleDirectories
                let (ruleSet, ruleErrors) = rules(in: directories)
                plan.ruleSets[directories] = ruleSet
                for error in ruleErrors where reportedRuleErrors.insert(error.description).inserted {
                    plan.errors.append(error)
                }
                try configuration.validate(ruleIDs: Set(ruleSet.rules.map(\.metadata.id)))
                // A template that cannot be read is an error of the run (once), and its files
                // are linted without it.
                var shared: Template?
                if let setting = configuration.template {
                    do throws(TenderLintError) {
                        shared = try template(at: setting.path, limits: configuration.limits)
                    } catch {
                        if badTemplates.insert(setting.path).inserted {
                            plan.errors.append(TenderLintError(
                                path: error.path ?? setting.path, line: error.line, column: error.column,
                                message: "mallen kunde inte läsas: \(error.message)"))
                        }
                    }
                }
                let built = Linter(ruleSet: ruleSet, configuration: configuration, template: shared)
                linters[configPath] = built
                return built
            } catch {
                badConfigurations[configPath] = error
                plan.errors.append(error)
                return nil
            }
        }
        func add(_ source: Job.Source, configPath: String, name: String) {
            guard let linter = linter(configPath: configPath) else {
                let error = badConfigurations[configPath].map(\.description) ?? ""
                plan.errors.append(TenderLintError(path: name, message: "granskades inte: konfigurationen är ogiltig (\(error))"))
                return
            }
            plan.jobs.append(Job(source: source, linter: linter, failOn: request.failOn ?? linter.configuration.failOn ?? .error))
        }
        for file in files {
            add(.path(file), configPath: forced != nil ? "" : request.configPath ?? Configuration.find(for: file) ?? "", name: file)
        }
        for upload in request.uploads {
            add(.upload(upload), configPath: request.configPath ?? "", name: upload.name)
        }
        return plan
    }

    /// Collects the results in job order, runs the package stage and the baseline, and lists
    /// the rules used.
    func finish(_ plan: inout Plan, results: [Result<FileReport, TenderLintError>]) -> LintReport {
        var reports: [FileReport] = []
        var reportJobs: [Int] = []
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let report):
                reports.append(report)
                reportJobs.append(index)
            case .failure(let error):
                plan.errors.append(error)
            }
        }
        // Files of one folder are one tender package: what differs between them.
        let jobs = plan.jobs
        PackageStage.run(&reports) { jobs[reportJobs[$0]].linter.ruleSet.rules }
        if let baseline = plan.baseline {
            for index in reports.indices {
                reports[index].findings = baseline.newFindings(reports[index].findings, path: reports[index].path)
            }
        }
        for index in reports.indices { reports[index].packageNotes = [] }
        var report = LintReport(files: reports, errors: plan.errors)
        var seenRules = Set<String>()
        for ruleSet in plan.ruleSets.keys.sorted(by: { $0.joined() < $1.joined() }).compactMap({ plan.ruleSets[$0] }) {
            for rule in ruleSet.rules where seenRules.insert(rule.metadata.id).inserted { report.rules.append(rule.metadata) }
        }
        report.rules.sort { $0.id < $1.id }
        return report
    }

    /// Reads one file and lints it.
    static func lint(_ job: Job, keepBlocks: Bool) -> Result<FileReport, TenderLintError> {
        do throws(TenderLintError) {
            let limits = job.linter.configuration.limits
            let document: Document
            let isUpload: Bool
            switch job.source {
            case .path(let file):
                document = try DocumentLoader.load(path: file, limits: limits)
                isUpload = false
            case .upload(let upload):
                guard let format = DocumentFormat(path: upload.name) else { throw .unsupportedFormat(upload.name) }
                document = try DocumentLoader.read(bytes: upload.bytes, path: upload.name, format: format, limits: limits)
                isUpload = true
            }
            let result = job.linter.lint(document, upload: isUpload)
            return .success(FileReport(document, result, failOn: job.failOn, keepBlocks: keepBlocks))
        } catch {
            return .failure(error)
        }
    }
}
