import Foundation
import Testing
import TenderLintCore
import TenderLintReaders
import TenderLintEngine
import TenderLintTestSupport

/// Lints every corpus document with the bundled rules and compares the findings with the
/// golden file beside it (`<file>.findings`). `TENDERLINT_RECORD=1 swift test` rewrites them.
@Suite struct CorpusTests {
    static let documents: [String] = {
        let files = (try? FileManager.default.subpathsOfDirectory(atPath: TestSupport.corpusDirectory)) ?? []
        return files.filter { DocumentFormat(path: $0) != nil }.sorted()
    }()

    static var recording: Bool { ProcessInfo.processInfo.environment["TENDERLINT_RECORD"] == "1" }

    /// Each corpus folder is linted once, as the tender package it is: a file's findings
    /// include what only the files together show.
    actor Packages {
        private var reports: [String: LintReport] = [:]

        func report(folder: String) async -> LintReport {
            if let report = reports[folder] { return report }
            var options = LintRequest(paths: [folder], defaultRulesDirectory: TestSupport.rulesDirectory)
            options.concurrency = 2
            let report = await LintSession().run(options)
            reports[folder] = report
            return report
        }
    }

    static let packages = Packages()

    static func lint(_ relative: String) async throws -> FileReport {
        let path = TestSupport.corpusDirectory + "/" + relative
        let report = await packages.report(folder: (path as NSString).deletingLastPathComponent)
        #expect(report.errors.isEmpty, "\(report.errors)")
        return try #require(report.files.first { $0.path == path || $0.path.hasSuffix("/" + relative) })
    }

    /// One line per finding: position, severity, rule, match, suggestions and message.
    static func golden(_ file: FileReport) -> String {
        var lines = [String(format: "# words=%d sentences=%d lix=%.1f", file.metrics.words, file.metrics.sentences, file.metrics.lix)]
        for finding in file.findings {
            let match = finding.match.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
            let suggestions = finding.suggestions.isEmpty ? "" : " → " + finding.suggestions.joined(separator: " | ")
            lines.append("\(finding.range) \(finding.severity.rawValue) \(finding.rule) «\(match)»\(suggestions) :: \(finding.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A tender that follows the regional template, in plain language with proportionate
    /// demands, and whose files agree with each other.
    static let cleanPackage = "skolskjuts-sjobacka"

    /// Precision on a whole package: nothing to report in any of its files and formats but
    /// readability suggestions (sentences of 26–36 words, a few nouns made of verbs: the
    /// template's own text has them too), and an accessibility score above 80.
    @Test func wellWrittenTenderIsClean() async throws {
        let report = await Self.packages.report(folder: TestSupport.corpusDirectory + "/" + Self.cleanPackage)
        #expect(report.errors.isEmpty)
        #expect(report.files.count == 6)
        for file in report.files {
            let other = file.findings.filter { $0.category != .readability || $0.severity != .suggestion }
            #expect(other.isEmpty, "\(file.path): \(other.map { "\($0.rule) «\($0.match)»" })")
            #expect((file.metrics.score?.value ?? 0) > 80)
        }
    }

    @Test func corpusHasSixRealDocuments() throws {
        #expect(Self.documents.filter { $0.contains("upphandlingsdokument.md") || $0.contains("upphandlingsdokument.txt") }.count >= 6)
        for relative in Self.documents {
            guard relative.hasSuffix(".md") || relative.hasSuffix(".txt") else { continue }
            let document = try DocumentLoader.load(path: TestSupport.corpusDirectory + "/" + relative)
            let words = document.blocks.reduce(0) { $0 + $1.text.split(separator: " ").count }
            // Tender documents and templates are full length; annexes shorter.
            let name = (relative as NSString).lastPathComponent
            let least = name.hasPrefix("upphandlingsdokument") || name.hasPrefix("mall") ? 1_500 : 400
            #expect(words >= least, "\(relative) has only \(words) words")
        }
    }

    @Test(arguments: documents)
    func matchesGolden(_ relative: String) async throws {
        let file = try await Self.lint(relative)
        let actual = Self.golden(file)
        let goldenPath = TestSupport.corpusDirectory + "/" + relative + ".findings"
        if Self.recording {
            try actual.write(toFile: goldenPath, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(
            try? String(contentsOfFile: goldenPath, encoding: .utf8),
            "no golden file \(relative).findings; record it with TENDERLINT_RECORD=1 swift test")
        if actual != expected {
            Issue.record("""
                \(relative) differs from its golden file (re-record with TENDERLINT_RECORD=1 swift test if the change is right):
                \(TestSupport.unifiedDiff(expected: expected, actual: actual, name: relative + ".findings"))
                """)
        }
    }

    /// For text and Markdown the source between a finding's start and end is exactly its
    /// match, sliced here independently of the library; and the match, with markup and
    /// line breaks taken out, is the text the rule saw. For DOCX and ODT the line is a
    /// paragraph number and the columns are offsets in that paragraph's text.
    @Test(arguments: documents)
    func everyFindingPointsAtItsMatch(_ relative: String) async throws {
        let file = try await Self.lint(relative)
        let path = TestSupport.corpusDirectory + "/" + relative
        let document = try DocumentLoader.load(path: path)
        // Only the well-written package may be clean; elsewhere an empty list would test nothing.
        #expect(!file.findings.isEmpty || relative.hasPrefix(Self.cleanPackage + "/"))
        guard file.format.isPlainText else {
            for finding in file.findings {
                let block = document.blocks[finding.blockIndex]
                #expect(finding.range.start.line == finding.range.end.line, "\(relative): a match spans paragraphs")
                let text = Array(block.text.unicodeScalars)
                let slice = String(String.UnicodeScalarView(text[(finding.range.start.column - 1)..<(finding.range.end.column - 1)]))
                #expect(slice == finding.match, "\(relative) \(finding.range): «\(slice)» ≠ «\(finding.match)»")
                let numbers = Set(TestSupport.positions(block).map { $0.split(separator: ":")[0] })
                #expect(numbers == ["\(finding.range.start.line)"], "\(relative): one paragraph number per block")
            }
            return
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let source = try #require(String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252))
        for finding in file.findings {
            let sliced = TestSupport.slice(source, from: finding.range.start, to: finding.range.end)
            #expect(sliced == finding.match, "\(relative) \(finding.range): source «\(sliced ?? "nil")» ≠ match «\(finding.match)»")
            let seen = document.blocks[finding.blockIndex].text(in: finding.textRange)
            #expect(Self.letters(finding.match) == Self.letters(seen), "\(relative) \(finding.range): «\(finding.match)» vs «\(seen)»")
        }
    }

    static func letters(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }
}
