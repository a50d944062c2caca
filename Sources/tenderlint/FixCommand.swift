import ArgumentParser
import Foundation
import TenderLintCore
import TenderLintEngine

struct FixCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Rätta text- och Markdown-filer: byt ord som har ett enda enklare alternativ.",
        discussion: """
            Skriver till en ny fil (anbud.md → anbud.rättad.md) om inte --write anges; med \
            --write skrivs filen över atomärt efter en säkerhetskopia (anbud.md.bak). --dry-run \
            visar ändringarna som en diff och skriver ingenting. Slutstatus: 0, eller 2 om en fil \
            inte kunde läsas eller skrivas.
            """)

    @Argument(help: ArgumentHelp("Filer och mappar (.md, .txt).", valueName: "PATH"))
    var paths: [String]

    @Flag(help: "Skriv över filerna (efter en säkerhetskopia .bak).")
    var write = false

    @Flag(name: .customLong("dry-run"), help: "Visa ändringarna som en diff utan att skriva något.")
    var dryRun = false

    @Option(help: ArgumentHelp("Konfigurationsfil för alla filer.", valueName: "FILE"))
    var config: String?

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("ange minst en fil eller mapp") }
        if write && dryRun { throw ValidationError("--write och --dry-run kan inte användas tillsammans") }
    }

    func run() async throws {
        let report = await LintSession().run(try rules.request(paths, config: config))
        var failed = !report.errors.isEmpty
        let substitutions = Fixer.replacingRules(report.rules)
        for error in report.errors { FileHandle.standardError.write(Data("tenderlint: \(error)\n".utf8)) }
        let mode: Fixer.Mode = dryRun ? .dryRun : write ? .inPlace : .newFile
        for file in report.files {
            do throws(TenderLintError) {
                switch try Fixer.fix(file, rules: substitutions, mode: mode) {
                case .unchanged: break
                case .skipped(let reason): FileHandle.standardError.write(Data("tenderlint: \(file.path): \(reason)\n".utf8))
                case .diff(let diff): FileHandle.standardOutput.write(Data(diff.utf8))
                case .written(let path, let fixes): print("\(path): \(fixes) ändringar")
                }
            } catch {
                FileHandle.standardError.write(Data("tenderlint: \(error)\n".utf8))
                failed = true
            }
        }
        throw ExitCode(failed ? 2 : 0)
    }
}
