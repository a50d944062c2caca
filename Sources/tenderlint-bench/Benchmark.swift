import Dispatch
import Foundation
import TenderLintCore
import TenderLintReaders
import TenderLintRules
import TenderLintEngine

/// `swift run -c release tenderlint-bench [MEGABYTES]`: throughput on a generated corpus,
/// single core and all cores, for text and Markdown; how time grows with the term lists;
/// peak memory. Timing is wall clock, best of several runs.
@main
enum Benchmark {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--lint-one" || arguments.first == "--annotate-one", arguments.count == 2 {
            let pack = Benchmark.loadRules(RulePackLocator.defaultRulesDirectory() ?? "Rules")
            DocxBenchmark.lintOne(arguments[1], rules: RuleSet(rules: pack.rules, facts: pack.facts), annotate: arguments[0] == "--annotate-one")
            return
        }
        if arguments.first == "precision" {
            PrecisionReport.run(Array(arguments.dropFirst()))
            return
        }
        if arguments.first == "--profile" {
            // Lints generated plain text on one core for a while, so that a sampling profiler
            // (`perf record -g .build/release/tenderlint-bench --profile 10`) sees only linting.
            let seconds = arguments.dropFirst().first.flatMap(Double.init) ?? 10
            try profile(seconds: seconds)
            return
        }
        let megabytes = arguments.first.flatMap(Int.init) ?? 20
        guard let rulesDirectory = RulePackLocator.defaultRulesDirectory() else {
            print("hittar inte Rules/; kör från förrådet eller sätt TENDERLINT_RULES")
            exit(2)
        }
        let pack = Benchmark.loadRules(rulesDirectory)
        guard pack.errors.isEmpty else {
            print(pack.errors.map(\.description).joined(separator: "\n"))
            exit(2)
        }
        print("tenderlint-bench: \(megabytes) MB generated text, \(pack.rules.count) rules, "
              + "\(RuleSet(rules: pack.rules, facts: pack.facts).termCount) terms, \(ProcessInfo.processInfo.activeProcessorCount) cores")

        var generator = CorpusGenerator(seed: 2026)
        let documentBytes = 100_000
        let count = max(1, megabytes * 1_000_000 / documentBytes)
        let text = (0..<count).map { _ in Array(generator.document(bytes: documentBytes, markdown: false).utf8) }
        let markdown = (0..<count).map { _ in Array(generator.document(bytes: documentBytes, markdown: true).utf8) }
        let totalText = text.reduce(0) { $0 + $1.count }
        let totalMarkdown = markdown.reduce(0) { $0 + $1.count }

        let base = RuleSet(rules: pack.rules, facts: pack.facts)
        var findings = 0
        let textOne = best { findings = lintAll(text, format: .text, ruleSet: base, parallel: false) }
        report("plain text, 1 core", bytes: totalText, documents: count, seconds: textOne, findings: findings)
        let textAll = best { _ = lintAll(text, format: .text, ruleSet: base, parallel: true) }
        report("plain text, all cores", bytes: totalText, documents: count, seconds: textAll, findings: findings)
        let markdownOne = best { findings = lintAll(markdown, format: .markdown, ruleSet: base, parallel: false) }
        report("markdown, 1 core", bytes: totalMarkdown, documents: count, seconds: markdownOne, findings: findings)
        let readOnly = best { for bytes in text { _ = try? DocumentLoader.read(bytes: bytes, path: "b.txt", format: .text) } }
        report("  of which reading plain text", bytes: totalText, documents: count, seconds: readOnly, findings: nil)

        // What each rule adds to reading and tokenizing (plain text, 1 core, the first quarter).
        let sample = Array(text.prefix(max(1, text.count / 4)))
        let sampleMB = Double(sample.reduce(0) { $0 + $1.count }) / 1e6
        let bare = best { _ = lintAll(sample, format: .text, ruleSet: RuleSet(rules: [], facts: pack.facts), parallel: false) }
        print(String(format: "\nper rule (plain text, 1 core, %.1f MB): reading and tokenizing alone %.3f s", sampleMB, bare))
        for rule in pack.rules.sorted(by: { $0.metadata.id < $1.metadata.id }) {
            let seconds = best { _ = lintAll(sample, format: .text, ruleSet: RuleSet(rules: [rule], facts: pack.facts), parallel: false) }
            print(String(format: "  %-24@ +%.3f s", rule.metadata.id as NSString, max(0, seconds - bare)))
        }

        print("\nterm-list growth (plain text, 1 core):")
        let baseTerms = base.termCount
        print(String(format: "  %6d terms  %7.3f s  1.00×", baseTerms, textOne))
        for factor in [10, 100] {
            let extra = try syntheticRule(terms: baseTerms * (factor - 1), generator: &generator)
            let grown = RuleSet(rules: pack.rules + [extra], facts: pack.facts)
            let seconds = best { _ = lintAll(text, format: .text, ruleSet: grown, parallel: false) }
            print(String(format: "  %6d terms  %7.3f s  %.2f×", grown.termCount, seconds, seconds / textOne))
        }

        try DocxBenchmark.run(megabytes: min(megabytes, 20), generator: &generator, rules: base)
        print(String(format: "\npeak memory of this process (max RSS): %.1f MB", peakMegabytes()))
        try DocxBenchmark.peakMemory(megabytes: 50, generator: &generator)
    }

    static func profile(seconds: Double) throws {
        let pack = Benchmark.loadRules(RulePackLocator.defaultRulesDirectory() ?? "Rules")
        var generator = CorpusGenerator(seed: 2026)
        let text = (0..<20).map { _ in Array(generator.document(bytes: 100_000, markdown: false).utf8) }
        let ruleSet = RuleSet(rules: pack.rules, facts: pack.facts)
        let start = DispatchTime.now().uptimeNanoseconds
        var rounds = 0
        while Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 < seconds {
            _ = lintAll(text, format: .text, ruleSet: ruleSet, parallel: false)
            rounds += 1
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        report("plain text, 1 core, \(rounds) rounds", bytes: rounds * text.reduce(0) { $0 + $1.count },
               documents: rounds * text.count, seconds: elapsed, findings: nil)
    }

    /// Peak resident memory of this process. On Linux from `VmHWM`, which starts afresh at exec:
    /// `ru_maxrss` keeps the high-water mark across fork and exec, so a child started by a large
    /// benchmark would report its parent's peak.
    static func peakMegabytes() -> Double {
        #if os(Linux)
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
            return kilobytes / 1024
        }
        #endif
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_maxrss) / 1024
    }

    /// The rules of a pack, loaded as every front end loads them (through a `LintSession`).
    static func loadRules(_ directory: String) -> (rules: [any Rule], facts: StatedFactsVocabulary, errors: [TenderLintError]) {
        let (ruleSet, errors) = LintSession().rules(in: [directory])
        return (ruleSet.rules, ruleSet.facts, errors)
    }

    static func best(runs: Int = 3, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    static func lintAll(_ documents: [[UInt8]], format: DocumentFormat, ruleSet: RuleSet, parallel: Bool) -> Int {
        let linter = Linter(ruleSet: ruleSet)
        let counts = Counts(UnsafeMutableBufferPointer<Int>.allocate(capacity: documents.count))
        defer { counts.buffer.deallocate() }
        let work = { @Sendable (index: Int) in
            let document = try? DocumentLoader.read(bytes: documents[index], path: "b", format: format)
            counts.buffer[index] = document.map { linter.lint($0).findings.count } ?? 0
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: documents.count, execute: work)
        } else {
            for index in documents.indices { work(index) }
        }
        return counts.buffer.reduce(0, +)
    }

    /// Per-document results written by concurrent workers, each to its own slot.
    struct Counts: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Int>
        init(_ buffer: UnsafeMutableBufferPointer<Int>) { self.buffer = buffer }
    }

    static func report(_ label: String, bytes: Int, documents: Int, seconds: Double, findings: Int?) {
        let line = label.padding(toLength: 32, withPad: " ", startingAt: 0) + String(
            format: "%7.2f MB/s  %8.1f documents/s  (%.3f s)", Double(bytes) / 1e6 / seconds, Double(documents) / seconds, seconds)
        print(line + (findings.map { "  \($0) findings" } ?? ""))
    }

    /// A substitution rule of `terms` pseudo-words: a tenth of them multi-word, a tenth prefixes.
    static func syntheticRule(terms: Int, generator: inout CorpusGenerator) throws -> any Rule {
        var yaml = """
            kind: substitution
            category: jargon
            severity: warning
            summary: Syntetiska termer för mätning.
            message: Skriv ”{suggestion}”.
            rationale: Mätning.
            examples:
              flagged: ["{{x}}"]
              accepted: ["y"]
            terms:\n
            """
        var seen = Set<String>()
        while seen.count < terms {
            var term = generator.pseudoWord()
            switch seen.count % 10 {
            case 0: term += " " + generator.pseudoWord()
            case 1: term += "*"
            default: break
            }
            guard seen.insert(term).inserted else { continue }
            yaml += "  - {term: \"\(term)\", use: [ord]}\n"
        }
        return try RuleLoader.loadRule(yaml: yaml, id: "bench/synthetic", path: "synthetic.yml")
    }
}
