import ArgumentParser
import Foundation
import Hummingbird
import Logging
import TenderLintEngine
import TenderLintServer

/// `tenderlint-server`: tenderlint as a web page and an HTTP API, for a region to run once for
/// every procurement officer and supplier. A separate program, so the command-line tool does
/// not carry a web server (SwiftNIO) it does not use.
@main
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenderlint-server",
        abstract: "Granska upphandlingsdokument i webbläsaren: en webbsida och ett HTTP-API.",
        discussion: """
            Lyssnar bara på 127.0.0.1 om inte --host anges; lägg servern bakom regionens webbserver \
            (TLS, inloggning). Uppladdade dokument sparas aldrig och loggas aldrig. SIGTERM avslutar \
            servern när pågående granskningar är klara.
            """)

    @Option(help: "Adress att lyssna på.")
    var host = "127.0.0.1"

    @Option(help: "Port att lyssna på.")
    var port = 8080

    @Option(help: ArgumentHelp("Mapp med regionens gemensamma mallar (erbjuds i en lista på sidan).", valueName: "DIR"))
    var templates: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("Extra regelpaket ovanpå standardpaketet (kan upprepas).", valueName: "DIR"))
    var ruleDirectories: [String] = []

    @Option(name: .customLong("max-upload-mb"), help: "Största tillåtna uppladdning i MB.")
    var maxUploadMB = 20

    @Option(help: "Längsta tid en granskning får ta, i sekunder.")
    var timeout = 60

    @Option(help: "Granskningar som får pågå samtidigt (standard: antalet kärnor).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Granskningar som får vänta på sin tur; fler får svaret 503.")
    var queue = 32

    func validate() throws {
        if !(1...65_535).contains(port) { throw ValidationError("--port ska vara 1–65535") }
        if !(1...100).contains(maxUploadMB) { throw ValidationError("--max-upload-mb ska vara 1–100") }
        if timeout < 1 { throw ValidationError("--timeout ska vara minst 1 sekund") }
        if jobs < 1 { throw ValidationError("--jobs ska vara minst 1") }
        if queue < 0 { throw ValidationError("--queue får inte vara negativ") }
    }

    func run() async throws {
        var logger = Logger(label: "tenderlint-server")
        logger.logLevel = .info
        let service: LintService
        do {
            service = try LintService(
                defaultRules: RulePackLocator.defaultRulesDirectory(), ruleDirectories: ruleDirectories,
                templatesDirectory: templates)
        } catch {
            FileHandle.standardError.write(Data("tenderlint-server: \(error)\n".utf8))
            throw ExitCode(2)
        }
        for error in service.ruleErrors { logger.error("rule pack: \(error)") }
        if service.rules.isEmpty {
            FileHandle.standardError.write(Data("tenderlint-server: inga regler kunde läsas (TENDERLINT_RULES, --rules)\n".utf8))
            throw ExitCode(2)
        }
        var settings = ServerSettings()
        settings.host = host
        settings.port = port
        settings.maxUploadBytes = maxUploadMB * 1_048_576
        settings.requestTimeout = .seconds(timeout)
        settings.concurrentJobs = jobs
        settings.waitingJobs = queue
        logger.info("\(service.rules.count) rules, \(service.templates.count) templates, \(jobs) jobs at a time")
        let app = TenderLintServer.application(service: service, settings: settings, logger: logger)
        try await app.runService()
    }
}
