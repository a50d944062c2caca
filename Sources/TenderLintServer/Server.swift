import Foundation
import Hummingbird
import Logging
import MultipartKit
import NIOCore
import TenderLintReports

/// How the server runs: where it listens and what it allows.
public struct ServerSettings: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// The largest upload accepted, in bytes (larger: 413).
    public var maxUploadBytes = 20 * 1_048_576
    /// How long one lint may take before the request is answered 503; a request also waits at
    /// most this long for its turn.
    public var requestTimeout: Duration = .seconds(60)
    /// A connection that sends or asks nothing for this long is closed.
    public var idleTimeout: Duration = .seconds(30)
    /// Lint jobs at once (CPU-bound: about one per core), and how many may wait for one.
    /// Uploads are received only while a place (running or waiting) is free, so at most
    /// (jobs + waiting) uploads are held in memory at once.
    public var concurrentJobs = ProcessInfo.processInfo.activeProcessorCount
    public var waitingJobs = 32

    public init() {}
}

/// `tenderlint-server`'s HTTP application: the page, `POST /api/lint`, `GET /api/rules` and
/// `GET /healthz`. Uploaded documents are never logged or kept: the log carries method, path,
/// status, sizes, time and finding counts only.
public enum TenderLintServer {
    public static func application(
        service: LintService, settings: ServerSettings, logger: Logger = Logger(label: "tenderlint-server")
    ) -> some ApplicationProtocol {
        let router = Router()
        router.add(middleware: AccessLog())
        let limiter = JobLimiter(running: settings.concurrentJobs, waiting: settings.waitingJobs)
        // A place for an upload's bytes, taken before they are read.
        let places = JobLimiter(running: settings.concurrentJobs + settings.waitingJobs, waiting: 0)
        let page = Page.render(templates: service.templates.map(\.name), maxUploadBytes: settings.maxUploadBytes)

        router.get("/") { _, _ in
            Response(status: .ok, headers: Self.pageHeaders, body: .init(byteBuffer: ByteBuffer(string: page)))
        }
        router.get("/healthz") { _, _ in
            let load = await limiter.load
            return json(.ok, [
                "status": "ok", "version": JSONReporter.toolVersion, "rules": service.rules.count,
                "templates": service.templates.count, "running": load.running, "waiting": load.waiting,
            ])
        }
        router.get("/api/rules") { _, _ in
            let rules: [[String: Any]] = service.rules.map {
                ["id": $0.id, "kind": $0.kind, "category": $0.category.rawValue, "severity": $0.severity.rawValue,
                 "summary": $0.summary]
            }
            return json(.ok, ["rules": rules])
        }
        router.post("/api/lint") { request, context in
            guard await places.acquire() else {
                return problem(.serviceUnavailable, "servern granskar redan så många dokument den kan; försök igen om en stund",
                               retryAfter: 5)
            }
            do {
                let response = try await lint(request, context: context, service: service, settings: settings, limiter: limiter)
                await places.release()
                return response
            } catch {
                await places.release()
                throw error
            }
        }
        let idle = settings.idleTimeout.components
        return Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .seconds(idle.seconds))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "tenderlint"),
            logger: logger)
    }

    // MARK: POST /api/lint

    static func lint(
        _ request: Request, context: some RequestContext, service: LintService, settings: ServerSettings,
        limiter: JobLimiter
    ) async throws -> Response {
        // A multipart form wraps the file in a few headers: room for them, and the file itself
        // is held to the cap below.
        let bodyLimit = settings.maxUploadBytes + Self.envelope
        if let length = request.headers[.contentLength].flatMap(Int.init), length > bodyLimit {
            return problem(.contentTooLarge, tooLarge(settings))
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: bodyLimit)
        } catch is NIOTooManyBytesError {
            return problem(.contentTooLarge, tooLarge(settings))
        }
        let query = request.uri.queryParameters
        var fields: [String: String] = [:]
        let upload: LintService.Upload
        let contentType = request.headers[.contentType] ?? ""
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = Multipart.boundary(contentType) else {
                return problem(.badRequest, "begäran är multipart/form-data men saknar en giltig boundary")
            }
            let parts: [Multipart.Part]
            do {
                parts = try Multipart.parse(body, boundary: boundary)
            } catch {
                return problem(.badRequest, "begäran kunde inte läsas som multipart/form-data")
            }
            for part in parts where part.filename == nil { fields[part.name] = String(decoding: part.body, as: UTF8.self) }
            guard let file = parts.first(where: { $0.name == "file" && $0.filename != nil }) ?? parts.first(where: { $0.filename != nil })
            else { return problem(.badRequest, "ingen fil i begäran: skicka dokumentet i fältet ”file”") }
            upload = LintService.Upload(filename: file.filename ?? "dokument", data: file.body)
        } else {
            guard let filename = query["filename"].map(String.init) ?? request.headers[.init("X-Filename")!], !filename.isEmpty else {
                return problem(.badRequest, "ange filens namn: ?filename=anbud.docx, eller skicka den som multipart/form-data")
            }
            upload = LintService.Upload(filename: filename, data: Data(body.readableBytesView))
        }
        guard !upload.data.isEmpty else { return problem(.badRequest, "filen är tom") }
        guard upload.data.count <= settings.maxUploadBytes else { return problem(.contentTooLarge, tooLarge(settings)) }
        let formatName = fields["format"] ?? query["format"].map(String.init) ?? "json"
        guard let output = LintService.Output(rawValue: formatName) else {
            return problem(.badRequest, "okänt format ”\(formatName)”: json, sarif, html, docx eller odt")
        }
        let templateName = (fields["template"] ?? query["template"].map(String.init)).flatMap { $0.isEmpty ? nil : $0 }

        guard await limiter.acquire(waitingAtMost: settings.requestTimeout) else {
            return problem(.serviceUnavailable, "servern granskar redan så många dokument den kan; försök igen om en stund",
                         retryAfter: 5)
        }
        let started = ContinuousClock.now
        let outcome = await Self.run(timeout: settings.requestTimeout, release: { await limiter.release() }) {
            Swift.Result { () throws(LintService.Failure) in try service.lint(upload, template: templateName, output: output) }
        }
        let elapsed = ContinuousClock.now - started
        switch outcome {
        case nil:
            context.logger.warning("lint timed out", metadata: ["bytes": "\(upload.data.count)", "format": "\(output.rawValue)"])
            return problem(.serviceUnavailable, "granskningen tog längre tid än servern tillåter; försök med ett mindre dokument")
        case .failure(let failure)?:
            context.logger.info("lint refused", metadata: ["bytes": "\(upload.data.count)", "format": "\(output.rawValue)"])
            switch failure {
            case .unsupported(let message), .unreadable(let message): return problem(.unprocessableContent, message)
            case .unknownTemplate(let message): return problem(.badRequest, message)
            }
        case .success(let result)?:
            context.logger.info("linted", metadata: [
                "bytes": "\(upload.data.count)", "format": "\(output.rawValue)", "findings": "\(result.findings)",
                "ms": "\(milliseconds(elapsed))",
            ])
            var headers: HTTPFields = [.contentType: result.contentType, .cacheControl: "no-store"]
            headers[.init("X-Content-Type-Options")!] = "nosniff"
            headers[.init("X-Tenderlint-Findings")!] = "\(result.findings)"
            if let filename = result.filename {
                headers[.contentDisposition] = Multipart.attachment(filename)
            }
            if output == .html { headers[.contentSecurityPolicy] = Self.reportPolicy }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: result.body)))
        }
    }

    /// Runs CPU-bound work on a thread of its own and waits at most `timeout`; the work is
    /// not interrupted (nothing can interrupt it safely), but its answer is then dropped and
    /// its job slot is released only when it ends, so the bound on jobs holds.
    static func run<T: Sendable>(
        timeout: Duration, release: @escaping @Sendable () async -> Void, _ work: @escaping @Sendable () -> T
    ) async -> T? {
        let once = Once()
        return await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
            let timer = Task {
                try? await Task.sleep(for: timeout)
                if once.claim() { continuation.resume(returning: nil) }
            }
            Thread.detachNewThread {
                let value = work()
                Task { await release() }
                if once.claim() {
                    timer.cancel()
                    continuation.resume(returning: value)
                }
            }
        }
    }

    static func tooLarge(_ settings: ServerSettings) -> String {
        let limit = settings.maxUploadBytes >= 1_048_576
            ? "\(settings.maxUploadBytes / 1_048_576) MB" : "\(settings.maxUploadBytes / 1024) kB"
        return "filen är större än \(limit), som är gränsen för uppladdningar"
    }

    // MARK: responses

    static let pageHeaders: HTTPFields = {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "connect-src 'self'; form-action 'self'; frame-src 'self'; img-src data:; base-uri 'none'; frame-ancestors 'none'"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.init("Referrer-Policy")!] = "no-referrer"
        return headers
    }()

    /// A report opened on its own (the form without script) runs sandboxed, as in the page's frame.
    static let reportPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
        + "sandbox allow-scripts"

    static let envelope = 64 * 1024

    static func json(_ status: HTTPResponse.Status, _ object: [String: Any], retryAfter: Int? = nil) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        if let retryAfter { headers[.retryAfter] = "\(retryAfter)" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// An error as JSON, in Swedish: `{"error": "…", "status": 422}`.
    static func problem(_ status: HTTPResponse.Status, _ message: String, retryAfter: Int? = nil) -> Response {
        json(status, ["error": message, "status": status.code], retryAfter: retryAfter)
    }
}

/// A duration in whole milliseconds, for the log.
func milliseconds(_ duration: Duration) -> Int64 {
    duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
}

/// Set once, by whichever side gets there first.
final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = false

    func claim() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if claimed { return false }
        claimed = true
        return true
    }
}

/// One line per request: method, path (no query: a file name may be in it), status, bytes
/// in and time. Never a file name, never content.
struct AccessLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let path = request.uri.path
        let method = request.method.rawValue
        do {
            let response = try await next(request, context)
            let elapsed = ContinuousClock.now - started
            context.logger.info("\(method) \(path) \(response.status.code)", metadata: [
                "ms": "\(milliseconds(elapsed))",
                "bytesIn": "\(request.headers[.contentLength] ?? "-")",
            ])
            return response
        } catch {
            context.logger.info("\(method) \(path) failed")
            throw error
        }
    }
}
