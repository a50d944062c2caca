import ArgumentParser
import Foundation
import TenderLintEngine
import TenderLintReports

struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Tillgänglighetspoäng (0–100) för varje fil, i en tabell sorterad från bäst till sämst.",
        discussion: """
            Poängen är 100 minus avdrag för LIX över 30, andelen ord i meningar över 25 ord, \
            krångelord och lagrumshänvisningar per 1 000 ord och utestängande krav (se README). \
            Slutstatus: 0, 1 om någon fil får lägre poäng än --min-score, 2 om en fil inte kunde läsas.
            """)

    @Argument(help: ArgumentHelp("Filer och mappar.", valueName: "PATH"))
    var paths: [String]

    @Option(help: ArgumentHelp("Konfigurationsfil för alla filer; annars närmaste .tenderlint.yml uppåt från varje fil.", valueName: "FILE"))
    var config: String?

    @OptionGroup var rules: RuleOptions

    @Option(help: ArgumentHelp("Regionens gemensamma mall.", valueName: "FILE"))
    var template: String?

    @Option(name: .customLong("min-score"), help: ArgumentHelp("Slutstatus 1 om någon fil får lägre poäng än N.", valueName: "N"))
    var minScore: Double?

    @Option(help: "Rapportformat: text (tabell) eller json.")
    var format: OutputFormat = .text

    func validate() throws {
        if paths.isEmpty { throw ValidationError("ange minst en fil eller mapp") }
        if format != .text && format != .json { throw ValidationError("--format ska vara text eller json") }
        if let minScore, !(0...100).contains(minScore) { throw ValidationError("--min-score ska vara mellan 0 och 100") }
    }

    func run() async throws {
        let report = await LintSession().run(try rules.request(paths, config: config, template: template))
        let rendered = (format == .text ? ReportFormat.score : .json).reporter().render(report)
        FileHandle.standardOutput.write(Data(rendered.utf8))
        for error in report.errors { FileHandle.standardError.write(Data("tenderlint: \(error)\n".utf8)) }
        if !report.errors.isEmpty { throw ExitCode(2) }
        let below = minScore.map { min in report.files.contains { ($0.metrics.score?.value ?? 100) < min } } ?? false
        throw ExitCode(below ? 1 : 0)
    }
}
