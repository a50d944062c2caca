import ArgumentParser
import Foundation
import TenderLintEngine
import TenderLintReports
import TenderLintAnnotation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case sarif
    case github
    case html
    case docx
    case odt

    /// The report this format renders, or nil for an annotated copy.
    var report: ReportFormat? { ReportFormat(rawValue: rawValue) }
}

struct Lint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Granska filer och mappar (standardkommandot).",
        discussion: """
            Slutstatus: 0 inga fynd på eller över --fail-on, 1 sådana fynd finns, \
            2 felaktig användning, ogiltig konfiguration eller en fil som inte kunde läsas.
            """)

    @Argument(help: ArgumentHelp("Filer och mappar att granska (.docx, .odt, .md, .txt och fler; mappar genomsöks).", valueName: "PATH"))
    var paths: [String]

    @Option(help: "Rapportformat.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp(
        "Skriv rapporten till en fil i stället för till standard ut. Med --format docx|odt: den kommenterade filen "
            + "(en mapp när flera filer granskas; annars skrivs anbud.kommenterad.docx bredvid varje fil).",
        valueName: "FILE"))
    var output: String?

    @Flag(name: .customLong("track-changes"), help: "Med --format docx: föreslå enkla ordbyten som spårade ändringar.")
    var trackChanges = false

    @Option(help: ArgumentHelp("Konfigurationsfil för alla filer; annars närmaste .tenderlint.yml uppåt från varje fil.", valueName: "FILE"))
    var config: String?

    @OptionGroup var rules: RuleOptions

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Lägsta allvarlighetsgrad som ger slutstatus 1 (error, warning, suggestion, never).", valueName: "LEVEL"))
    var failOn: String?

    @Option(help: ArgumentHelp("En tidigare JSON-rapport; bara nya fynd rapporteras.", valueName: "FILE"))
    var baseline: String?

    @Option(help: ArgumentHelp("Regionens gemensamma mall att jämföra med (gäller före template: i .tenderlint.yml).", valueName: "FILE"))
    var template: String?

    @Option(name: .customLong("min-score"), help: ArgumentHelp("Slutstatus 1 om någon fil får lägre tillgänglighetspoäng än N (0–100).", valueName: "N"))
    var minScore: Double?

    @Flag(name: .customLong("no-color"), help: "Ingen färg i textrapporten.")
    var noColor = false

    func validate() throws {
        if let failOn, FailThreshold(rawValue: failOn) == nil {
            throw ValidationError("--fail-on ska vara en av: " + FailThreshold.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if paths.isEmpty { throw ValidationError("ange minst en fil eller mapp att granska") }
        if trackChanges && format != .docx { throw ValidationError("--track-changes gäller bara --format docx") }
        if let minScore, !(0...100).contains(minScore) { throw ValidationError("--min-score ska vara mellan 0 och 100") }
    }

    func run() async throws {
        var request = try rules.request(paths, config: config, template: template)
        request.baselinePath = baseline
        request.failOn = failOn.flatMap(FailThreshold.init(rawValue:))
        guard let reportFormat = format.report else {
            let kind: AnnotatedCopy.Kind = format == .docx ? .docx : .odt
            request.keepBlocks = kind == .docx
            var report = await LintSession().run(request)
            try AnnotatedCopies(output: output, trackChanges: trackChanges).write(&report, as: kind, inputs: paths)
            throw ExitCode(report.exitCode(minScore: minScore))
        }
        if let output { try OutputFile.refuseInput(output, inputs: paths) }

        let report = await LintSession().run(request)
        let color = output == nil && !noColor && isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let rendered = reportFormat.reporter(color: color).render(report)
        if let output {
            try OutputFile.write(rendered, to: output)
        } else {
            FileHandle.standardOutput.write(Data(rendered.utf8))
        }
        if format != .text, !report.errors.isEmpty {
            for error in report.errors { FileHandle.standardError.write(Data("tenderlint: \(error)\n".utf8)) }
        }
        throw ExitCode(report.exitCode(minScore: minScore))
    }
}
