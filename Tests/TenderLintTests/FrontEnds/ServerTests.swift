import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
@testable import TenderLintServer
import TenderLintReaders
import TenderLintTestSupport

/// `tenderlint-server` in process (HummingbirdTesting): every endpoint and every error status,
/// and what the server must never do with a confidential draft (keep it, log it).
@Suite(.serialized) struct ServerTests {
    /// The school-transport template under the name a region would give it.
    static let templates: String = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-templates-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let source = TestSupport.corpusDirectory + "/mall-skolskjuts/"
        try? FileManager.default.copyItem(atPath: source + "mall.md", toPath: directory.appendingPathComponent("skolskjuts.md").path)
        try? FileManager.default.copyItem(atPath: source + "mall.yml", toPath: directory.appendingPathComponent("skolskjuts.yml").path)
        return directory.path
    }()

    static let service: LintService = {
        // swiftlint:disable:next force_try
        try! LintService(defaultRules: TestSupport.rulesDirectory, templatesDirectory: templates)
    }()

    static func app(_ configure: (inout ServerSettings) -> Void = { _ in }, log: LogRecorder? = nil) -> some ApplicationProtocol {
        var settings = ServerSettings()
        settings.concurrentJobs = 2
        settings.waitingJobs = 4
        configure(&settings)
        var logger = Logger(label: "test") { _ in log ?? LogRecorder() }
        logger.logLevel = .info
        return TenderLintServer.application(service: service, settings: settings, logger: logger)
    }

    static func corpus(_ relative: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: TestSupport.corpusDirectory + "/" + relative))
    }

    static func multipart(_ fields: [(name: String, filename: String?, data: Data)], boundary: String = "XyZ-tenderlint-42")
        -> (ByteBuffer, HTTPFields) {
        var body = Data()
        for field in fields {
            body += Data("--\(boundary)\r\n".utf8)
            var disposition = "Content-Disposition: form-data; name=\"\(field.name)\""
            if let filename = field.filename { disposition += "; filename=\"\(filename)\"" }
            body += Data((disposition + "\r\n").utf8)
            if field.filename != nil { body += Data("Content-Type: application/octet-stream\r\n".utf8) }
            body += Data("\r\n".utf8)
            body += field.data
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return (ByteBuffer(bytes: body), [.contentType: "multipart/form-data; boundary=\(boundary)"])
    }

    static func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    static func uploadFolders() -> Set<String> {
        Set(((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? [])
            .filter { name in
                // A server's own folder, an upload file, or a package spilled to a temporary
                // file (`tenderlint-<UUID>`, PackageArchive's fallback where there is no memfd).
                name.hasPrefix("tenderlint-server") || name.hasPrefix("tenderlint-upload") || name.hasPrefix("upload")
                    || (name.hasPrefix("tenderlint-") && UUID(uuidString: String(name.dropFirst("tenderlint-".count))) != nil)
            })
    }

    /// Upload files or folders made since `before` that are still on disk (waiting up to 10 s
    /// for jobs to end: a job past its time limit ends a little after its answer). The service
    /// lints uploads from memory, so there should never be any.
    static func uploadsLeft(since before: Set<String>) async -> Set<String> {
        var left: Set<String> = []
        for _ in 0..<200 {
            left = uploadFolders().subtracting(before)
            if left.isEmpty { break }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return left
    }

    @Test func pageHealthAndRules() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"sv\">"))
                #expect(html.contains("<label for=\"fil\""))
                #expect(html.contains("<label for=\"mall\">"))
                #expect(html.contains("<option value=\"skolskjuts\">skolskjuts</option>"))
                #expect(html.contains("raderar det när granskningen är klar"))
                #expect(!html.contains("http://") && !html.contains("https://"), "no external assets")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response.body)
                #expect(body["status"] as? String == "ok")
                #expect(body["rules"] as? Int == Self.service.rules.count)
                #expect(body["templates"] as? Int == 1)
            }
            try await client.execute(uri: "/api/rules", method: .get) { response in
                let rules = try #require(try Self.json(response.body)["rules"] as? [[String: Any]])
                #expect(rules.count == Self.service.rules.count)
                #expect(rules.contains { $0["id"] as? String == "sv/jargon" && $0["category"] as? String == "jargon" })
            }
        }
    }

    /// Multipart and raw uploads, in every output format; the JSON is DESIGN.md's contract and
    /// names the file as uploaded.
    @Test func lintInEveryFormat() async throws {
        let before = Self.uploadFolders()
        let docx = try Self.corpus("hemtjanst/upphandlingsdokument.docx")
        let markdown = try Self.corpus("hemtjanst/upphandlingsdokument.md")
        try await Self.app().test(.router) { client in
            let (body, headers) = Self.multipart([("file", "anbud.docx", docx)])
            try await client.execute(uri: "/api/lint", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let report = try Self.json(response.body)
                #expect(Set(report.keys) == ["tool", "files", "errors"])
                let file = try #require((report["files"] as? [[String: Any]])?.first)
                #expect(file["path"] as? String == "anbud.docx")
                #expect(file["format"] as? String == "docx")
                #expect(((file["findings"] as? [Any])?.count ?? 0) > 50)
                #expect(response.headers[.cacheControl] == "no-store")
            }
            try await client.execute(uri: "/api/lint?filename=anbud.md&format=sarif", method: .post,
                                     body: ByteBuffer(bytes: markdown)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/sarif+json")
                let value = try Self.json(response.body)["version"] as? String
                #expect(value == "2.1.0")
            }
            let (html, htmlHeaders) = Self.multipart([("file", "anbud.md", markdown), ("format", nil, Data("html".utf8))])
            try await client.execute(uri: "/api/lint", method: .post, headers: htmlHeaders, body: html) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("<html lang=\"sv\""))
                #expect(Int(response.headers[.init("X-Tenderlint-Findings")!] ?? "") ?? 0 > 50)
            }
            let (word, wordHeaders) = Self.multipart([("file", "anbud.docx", docx), ("format", nil, Data("docx".utf8))])
            try await client.execute(uri: "/api/lint", method: .post, headers: wordHeaders, body: word) { response in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
                #expect(response.headers[.contentDisposition]?.contains("filename=\"anbud.kommenterad.docx\"") == true)
            }
            let odt = try Self.corpus("hemtjanst/upphandlingsdokument.odt")
            try await client.execute(uri: "/api/lint?filename=anbud.odt&format=odt", method: .post, body: ByteBuffer(bytes: odt)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/vnd.oasis.opendocument.text")
            }
        }
        #expect(await Self.uploadsLeft(since: before).isEmpty, "uploads are never written to disk")
    }

    @Test func templateFromTheDropDown() async throws {
        let tender = try Self.corpus("skolskjuts-nordanby/upphandlingsdokument.md")
        try await Self.app().test(.router) { client in
            let (body, headers) = Self.multipart([("file", "anbud.md", tender), ("template", nil, Data("skolskjuts".utf8))])
            try await client.execute(uri: "/api/lint", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"rule\": \"sv/mall/avsnitt-saknas\""))
            }
            try await client.execute(uri: "/api/lint?filename=anbud.md", method: .post, body: ByteBuffer(bytes: tender)) { response in
                #expect(!String(buffer: response.body).contains("sv/mall/avsnitt-saknas"), "no template, no template findings")
            }
            let (unknown, unknownHeaders) = Self.multipart([("file", "anbud.md", tender), ("template", nil, Data("okänd".utf8))])
            try await client.execute(uri: "/api/lint", method: .post, headers: unknownHeaders, body: unknown) { response in
                #expect(response.status == .badRequest)
                let value = try Self.json(response.body)["error"] as? String
                #expect(value == "mallen ”okänd” finns inte på servern")
            }
        }
    }

    /// 413, 400 and 422, each with a Swedish message; hostile files as the readers refuse them.
    @Test func errorStatuses() async throws {
        let before = Self.uploadFolders()
        let hostile = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/hostile")
        try await Self.app { $0.maxUploadBytes = 200_000 }.test(.router) { client in
            try await client.execute(uri: "/api/lint?filename=stor.txt", method: .post,
                                     body: ByteBuffer(bytes: Data(repeating: 0x61, count: 300_000))) { response in
                #expect(response.status == .contentTooLarge)
                let message = try Self.json(response.body)["error"] as? String
                #expect(message == "filen är större än 195 kB, som är gränsen för uppladdningar")
            }
        }
        try await Self.app().test(.router) { client in
            func expect(_ status: HTTPResponse.Status, uri: String = "/api/lint", headers: HTTPFields = [:], body: ByteBuffer,
                        containing text: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
                try await client.execute(uri: uri, method: .post, headers: headers, body: body) { response in
                    #expect(response.status == status, sourceLocation: sourceLocation)
                    let message = try Self.json(response.body)["error"] as? String ?? ""
                    #expect(message.contains(text), "«\(message)»", sourceLocation: sourceLocation)
                }
            }
            try await expect(.badRequest, headers: [.contentType: "multipart/form-data; boundary=abc"],
                             body: ByteBuffer(string: "inte alls multipart"), containing: "multipart/form-data")
            try await expect(.badRequest, headers: [.contentType: "multipart/form-data"], body: ByteBuffer(string: "x"),
                             containing: "boundary")
            let (noFile, noFileHeaders) = Self.multipart([("format", nil, Data("json".utf8))])
            try await expect(.badRequest, headers: noFileHeaders, body: noFile, containing: "ingen fil")
            try await expect(.badRequest, body: ByteBuffer(string: "text"), containing: "ange filens namn")
            let (many, manyHeaders) = Self.multipart((0..<20).map { ("f\($0)", nil, Data("x".utf8)) })
            try await expect(.badRequest, headers: manyHeaders, body: many, containing: "multipart/form-data")
            try await expect(.badRequest, uri: "/api/lint?filename=a.md&format=pdf", body: ByteBuffer(string: "text"),
                             containing: "okänt format")
            try await expect(.unprocessableContent, uri: "/api/lint?filename=a.pdf", body: ByteBuffer(string: "%PDF-1.7"),
                             containing: "stöds inte")
            try await expect(.unprocessableContent, uri: "/api/lint?filename=a.md&format=odt", body: ByteBuffer(string: "# A"),
                             containing: "bara göras av en ODT-fil")
            for (name, text) in [("zip-bomb.docx", "zipbomb"), ("billion-laughs.docx", "DOCTYPE"), ("xxe.docx", "DOCTYPE"),
                                 ("encrypted.docx", "lösenordsskyddat"), ("truncated.docx", "trasigt"),
                                 ("not-a-zip.docx", "inte ett ZIP-arkiv")] {
                let data = try Data(contentsOf: hostile.appendingPathComponent(name))
                try await expect(.unprocessableContent, uri: "/api/lint?filename=\(name)", body: ByteBuffer(bytes: data),
                                 containing: text)
            }
        }
        #expect(await Self.uploadsLeft(since: before).isEmpty)
    }

    /// A lint past the time limit is answered 503 (its job still holds its slot until it ends);
    /// with every slot taken and no room to wait, the next upload is answered 503 at once.
    @Test func timeLimitAndBusy() async throws {
        let docx = try Self.corpus("hemtjanst/upphandlingsdokument.docx")
        let app = Self.app {
            $0.requestTimeout = .milliseconds(1)
            $0.concurrentJobs = 1
            $0.waitingJobs = 0
        }
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/lint?filename=a.docx", method: .post, body: ByteBuffer(bytes: docx)) { response in
                #expect(response.status == .serviceUnavailable)
                let value = try Self.json(response.body)["error"] as? String
                #expect(value == "granskningen tog längre tid än servern tillåter; försök med ett mindre dokument")
            }
            try await client.execute(uri: "/api/lint?filename=a.docx", method: .post, body: ByteBuffer(bytes: docx)) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
                let message = try Self.json(response.body)["error"] as? String
                #expect(message?.contains("försök igen om en stund") == true)
            }
        }
    }

    @Test func limiterQueuesThenRefuses() async throws {
        let limiter = JobLimiter(running: 1, waiting: 1)
        #expect(await limiter.acquire())
        let waiter = Task { await limiter.acquire() }
        while await limiter.load.waiting == 0 { await Task.yield() }
        #expect(await limiter.acquire() == false, "running and waiting are both full")
        await limiter.release()
        #expect(await waiter.value)
        #expect(await limiter.load.running == 1)
        await limiter.release()
        #expect(await limiter.load.running == 0)

        // A job that waits past its deadline gives up, and leaves the queue.
        #expect(await limiter.acquire())
        #expect(await limiter.acquire(waitingAtMost: .milliseconds(50)) == false)
        #expect(await limiter.load.waiting == 0)
        await limiter.release()
    }

    /// A rule file that cannot be loaded is reported when the server starts and does not stop
    /// the other rules: uploads are still linted, and never see the rule file's error.
    @Test func aBadRuleFileDoesNotRefuseUploads() throws {
        let pack = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-pack-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: pack) }
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try "kind: okänd\n".write(to: pack.appendingPathComponent("trasig.yml"), atomically: true, encoding: .utf8)
        let service = try LintService(defaultRules: TestSupport.rulesDirectory, ruleDirectories: [pack.path])
        #expect(service.ruleErrors.count == 1)
        let result = try service.lint(
            LintService.Upload(filename: "anbud.md", data: Self.corpus("hemtjanst/upphandlingsdokument.md")), template: nil, output: .json)
        #expect(result.findings > 0)
        #expect(!String(decoding: result.body, as: UTF8.self).contains("trasig.yml"))
    }

    /// Logs carry sizes, timings and counts: never a file name, never content.
    @Test func logsNeverNameTheDocument() async throws {
        let log = LogRecorder()
        let markdown = try Self.corpus("hemtjanst/upphandlingsdokument.md")
        try await Self.app(log: log).test(.router) { client in
            try await client.execute(uri: "/api/lint?filename=hemligt-anbud.md", method: .post, body: ByteBuffer(bytes: markdown)) { response in
                #expect(response.status == .ok)
            }
            let (body, headers) = Self.multipart([("file", "hemligt-anbud.pdf", Data("Leverantören".utf8))])
            try await client.execute(uri: "/api/lint", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
        let lines = log.lines
        #expect(lines.contains { $0.contains("findings=") && $0.contains("bytes=\(markdown.count)") })
        #expect(lines.contains { $0.contains("POST /api/lint 200") })
        for line in lines {
            #expect(!line.contains("hemligt") && !line.contains("Leverantören") && !line.contains("hemtjänst"), "\(line)")
        }
    }

    /// WCAG 2.1 AA contrast for the page's colours, computed from its own style sheet: text at
    /// least 4.5:1 on every background it sits on (the page aims at 7:1 for body text).
    @Test func pageColoursHaveEnoughContrast() throws {
        let page = Page.render(templates: [], maxUploadBytes: 1_048_576)
        func colour(_ name: String) throws -> String {
            let pattern = "--\(name): (#[0-9a-f]{6})"
            let match = try #require(page.range(of: pattern, options: .regularExpression), "no --\(name)")
            return String(page[match].suffix(7))
        }
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16) ?? 0
            let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        func ratio(_ a: String, _ b: String) -> Double {
            let (x, y) = (luminance(a), luminance(b))
            return (max(x, y) + 0.05) / (min(x, y) + 0.05)
        }
        let white = "#ffffff"
        let soft = try colour("bg-soft")
        for (text, background, least) in [
            (try colour("text"), white, 7.0), (try colour("text"), soft, 7.0), (try colour("muted"), white, 7.0),
            (try colour("muted"), soft, 4.5), (try colour("accent-dark"), soft, 4.5), (white, try colour("accent"), 4.5),
            (try colour("error"), "#fff5f5", 4.5), (try colour("line"), white, 3.0), (try colour("accent"), white, 3.0),
        ] {
            #expect(ratio(text, background) >= least, "\(text) on \(background): \(ratio(text, background))")
        }
    }

    @Test func uploadNamesAreMadeSafe() {
        #expect(LintService.safeName("../../etc/anbud.docx") == "anbud.docx")
        #expect(LintService.safeName("C:\\Users\\x\\anbud.md") == "anbud.md")
        #expect(LintService.safeName("..\u{0}.docx") == "docx")
        #expect(LintService.safeName("") == "dokument")
        #expect(Multipart.parameters("form-data; name=\"file\"; filename=\"a\\\"b.md\"")["filename"] == "a\"b.md")
        #expect(Multipart.parameters("form-data; name=file; filename*=UTF-8''v%C3%A4g.md")["filename"] == "väg.md")
        #expect(Multipart.parameters("form-data; name=file; filename*=UTF-8'sv'v%C3%A4g.md")["filename"] == "väg.md")
        #expect(Multipart.boundary("multipart/form-data; boundary=\"a b\"") == "a b")
        #expect(Multipart.boundary("multipart/form-data; boundary=" + String(repeating: "x", count: 71)) == nil)
        #expect(Multipart.attachment("väg.docx") == "attachment; filename=\"v_g.docx\"; filename*=UTF-8''v%C3%A4g.docx")
    }
}

/// Keeps every log line, with its metadata, for the confidentiality test.
final class LogRecorder: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String,
             file: String, function: String, line: UInt) {
        let all = metadata.merging(extra ?? [:]) { $1 }
        let line = "\(message) " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        lock.lock()
        stored.append(line)
        lock.unlock()
    }
}
