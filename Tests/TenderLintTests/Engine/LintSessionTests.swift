import Foundation
import Testing
@testable import TenderLintReaders
@testable import TenderLintRules
@testable import TenderLintEngine
@testable import TenderLintAnnotation
import TenderLintTestSupport

/// The session every front end runs: files on disk and uploads in memory lint alike, what it
/// loads it loads once, and an upload is never mistaken for a file on disk.
@Suite struct LintSessionTests {
    static func request(paths: [String] = []) -> LintRequest {
        var request = LintRequest(paths: paths, defaultRulesDirectory: TestSupport.rulesDirectory)
        request.concurrency = 1
        return request
    }

    static func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestSupport.corpusDirectory + "/" + relative)))
    }

    /// The same file linted from disk and as an upload gives the same findings, in every
    /// format the readers take (a DOCX and an ODT are opened from memory, not a temporary file).
    @Test(arguments: ["hemtjanst/upphandlingsdokument.md", "hemtjanst/upphandlingsdokument.docx",
                      "hemtjanst/upphandlingsdokument.odt", "snorojning/upphandlingsdokument.txt"])
    func uploadsLintLikeFiles(_ relative: String) throws {
        let path = TestSupport.corpusDirectory + "/" + relative
        let session = LintSession()
        let fromDisk = session.lint(Self.request(paths: [path]))
        var upload = Self.request()
        upload.uploads = [LintRequest.Upload(name: (relative as NSString).lastPathComponent, bytes: try Self.bytes(relative))]
        let fromMemory = session.lint(upload)
        #expect(fromDisk.errors.isEmpty && fromMemory.errors.isEmpty)
        let disk = try #require(fromDisk.files.first), memory = try #require(fromMemory.files.first)
        #expect(memory.path == (relative as NSString).lastPathComponent)
        #expect(memory.findings.map(\.fingerprint) == disk.findings.map(\.fingerprint))
        #expect(memory.findings.map(\.message) == disk.findings.map(\.message))
        #expect(!memory.findings.isEmpty)
    }

    /// Rule packs are loaded once per session and shared by every request.
    @Test func rulesAreLoadedOnce() {
        let session = LintSession()
        let first = session.rules(in: [TestSupport.rulesDirectory])
        let second = session.rules(for: Self.request())
        #expect(first.errors.isEmpty)
        #expect(first.ruleSet.rules.map(\.metadata.id) == second.ruleSet.rules.map(\.metadata.id))
        // The same compiled matcher, not a second one.
        #expect(first.ruleSet.matcher.termCount == second.ruleSet.matcher.termCount)
        #expect(session.rules(in: []).ruleSet.rules.isEmpty)
    }

    /// Concurrent requests on one session (a server's) give what one request alone gives.
    @Test func concurrentRequestsAgree() async throws {
        let session = LintSession()
        var upload = Self.request()
        upload.uploads = [LintRequest.Upload(name: "anbud.md", bytes: try Self.bytes("stadtjanster/upphandlingsdokument.md"))]
        let alone = session.lint(upload).files.first?.findings.map(\.fingerprint)
        let request = upload
        let results = await withTaskGroup(of: [String]?.self) { group in
            for _ in 0..<8 { group.addTask { session.lint(request).files.first?.findings.map(\.fingerprint) } }
            var all: [[String]?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(alone != nil)
        #expect(results.allSatisfy { $0 == alone })
    }

    /// An upload carries only a name, which says nothing about where it is: an upload of the
    /// template's own text, under the template's own path, is a tender whose fill-in places are
    /// empty, not the template.
    @Test func anUploadIsNeverTheTemplateItself() throws {
        let template = TestSupport.corpusDirectory + "/mall-skolskjuts/mall.md"
        var request = Self.request()
        request.templatePath = template
        request.uploads = [LintRequest.Upload(name: template, bytes: try Self.bytes("mall-skolskjuts/mall.md"))]
        let upload = try #require(LintSession().lint(request).files.first)
        #expect(upload.findings.contains { $0.rule == "sv/mall/ej-ifyllt" })

        var onDisk = Self.request(paths: [template])
        onDisk.templatePath = template
        let file = try #require(LintSession().lint(onDisk).files.first)
        #expect(!file.findings.contains { $0.rule == "sv/mall/ej-ifyllt" }, "the template file itself is meant to be empty")
    }

    /// An annotated copy made in memory from an upload reads back to the same text.
    @Test(arguments: ["hemtjanst/upphandlingsdokument.docx", "hemtjanst/upphandlingsdokument.odt"])
    func annotatedCopiesInMemory(_ relative: String) throws {
        let bytes = try Self.bytes(relative)
        var request = Self.request()
        request.keepBlocks = true
        request.uploads = [LintRequest.Upload(name: (relative as NSString).lastPathComponent, bytes: bytes)]
        let report = LintSession().lint(request)
        let file = try #require(report.files.first)
        var options = AnnotatedCopy.Options()
        options.original = Data(bytes)
        let kind: AnnotatedCopy.Kind = file.format == .odt ? .odt : .docx
        let summary = try AnnotatedCopy.write(file, as: kind, rules: report.rules, to: nil, options: options)
        #expect(summary.comments == file.findings.count)
        let copy = try #require(summary.data)
        let read = try DocumentLoader.read(bytes: [UInt8](copy), path: "kopia", format: file.format)
        #expect(read.blocks.map(\.text) == file.blocks.map(\.text))
    }
}
