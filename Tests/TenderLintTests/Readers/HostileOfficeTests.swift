import Foundation
import Testing
@testable import TenderLintCore
@testable import TenderLintReaders
@testable import TenderLintEngine
@testable import TenderLintReports
import TenderLintTestSupport

/// Broken and hostile DOCX/ODT files (see Scripts/make-fixtures.py): each gives a clear
/// message naming the file, and never a crash, a hang or unbounded memory.
@Suite struct HostileOfficeTests {
    static func path(_ name: String) -> String {
        TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/hostile/\(name)").path
    }

    static func error(_ name: String, limits: ReadLimits = ReadLimits()) -> TenderLintError? {
        do {
            _ = try DocumentLoader.load(path: path(name), limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("not-a-zip.docx", "inte ett ZIP-arkiv"),
        ("truncated.docx", "trasigt eller avkortat"),
        ("no-document.docx", "saknar word/document.xml"),
        ("no-content.odt", "saknar content.xml"),
        ("encrypted.docx", "lösenordsskyddat"),
        ("legacy.doc.docx", "äldre Word-dokument (.doc)"),
        ("malformed.docx", "word/document.xml (rad 3): filen är skadad"),
        ("xxe.docx", "<!DOCTYPE>"),
        ("billion-laughs.docx", "<!DOCTYPE>"),
        ("billion-laughs.fodt", "<!DOCTYPE>"),
        ("zip-bomb.docx", "maxCompressionRatio"),
        ("many-entries.docx", "maxEntries"),
    ])
    func refusedWithAClearMessage(_ name: String, _ expected: String) throws {
        let error = try #require(Self.error(name), "\(name) was read")
        #expect(error.path == Self.path(name))
        #expect(error.message.contains(expected), "\(name): \(error.message)")
    }

    @Test func eachZipLimitIsConfigurable() throws {
        var limits = ReadLimits()
        limits.maxCompressionRatio = 1_000_000
        limits.maxEntrySize = 2 * 1_048_576
        #expect(Self.error("zip-bomb.docx", limits: limits)?.message.contains("maxEntrySize") == true)
        limits.maxEntrySize = 1_000 * 1_048_576
        limits.maxUncompressedSize = 3 * 1_048_576
        #expect(Self.error("zip-bomb.docx", limits: limits)?.message.contains("maxUncompressedSize") == true)
        limits = ReadLimits()
        limits.maxEntries = 3
        let corpus = TestSupport.corpusDirectory + "/livsmedel/upphandlingsdokument.docx"
        #expect(throws: TenderLintError.self) { try DocumentLoader.load(path: corpus, limits: limits) }
        limits = ReadLimits()
        limits.maxFileSize = 1_000
        #expect(throws: TenderLintError.self) { try DocumentLoader.load(path: corpus, limits: limits) }
        let configuration = try Configuration.parse(
            "limits:\n  maxFileSize: 10\n  maxEntrySize: 5\n  maxUncompressedSize: 20\n  maxCompressionRatio: 50\n  maxEntries: 100\n",
            path: ".tenderlint.yml")
        #expect(configuration.limits.maxEntrySize == 5 * 1_048_576)
        #expect(configuration.limits.maxCompressionRatio == 50)
        #expect(throws: TenderLintError.self) { try Configuration.parse("limits:\n  maxEntries: -1\n", path: "x") }
    }

    @Test func aHugeParagraphIsRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let flat = directory.appendingPathComponent("lang.fodt")
        let body = String(repeating: "ord ", count: 300_000)
        try ("<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>"
            + body + "</text:p></office:text></office:body></office:document>").write(to: flat, atomically: true, encoding: .utf8)
        #expect(throws: TenderLintError.self) { try DocumentLoader.load(path: flat.path) }
    }

    /// The XXE file refers to a local file with a secret; whatever happens, the secret never
    /// reaches a report, and the other files of the run are still linted.
    @Test func externalEntitiesNeverLeak() async throws {
        var options = LintRequest(
            paths: [Self.path("xxe.docx"), TestSupport.corpusDirectory + "/livsmedel/upphandlingsdokument.docx"],
            defaultRulesDirectory: TestSupport.rulesDirectory)
        options.concurrency = 2
        let report = await LintSession().run(options)
        let json = JSONReporter().render(report) + TextReporter(color: false).render(report)
        #expect(!json.contains("HEMLIGT"))
        #expect(report.files.count == 1)
        #expect(report.errors.count == 1)
        #expect(report.exitCode == 2)
    }
}
