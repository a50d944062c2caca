import ArgumentParser
import Foundation
import TenderLintCore
import TenderLintRules
import TenderLintEngine
import TenderLintReports
import TenderLintAnnotation

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
        for file in report.files {
            guard file.format.isPlainText, let source = file.source else {
                FileHandle.standardError.write(Data("tenderlint: \(file.path): fix rättar bara text och Markdown\n".utf8))
                continue
            }
            if source.scalars.contains("\u{FFFD}") {
                FileHandle.standardError.write(Data("tenderlint: \(file.path): rättas inte: filen har byte som inte kunde läsas, och de skulle gå förlorade\n".utf8))
                failed = true
                continue
            }
            let fixes = Fixer.fixes(for: file, rules: substitutions)
            guard !fixes.isEmpty else { continue }
            let fixed = Fixer.apply(fixes, to: source)
            if dryRun {
                FileHandle.standardOutput.write(Data(Fixer.diff(path: file.path, old: source, new: fixed).utf8))
                continue
            }
            guard let data = Fixer.encode(fixed, as: file.encoding) else {
                FileHandle.standardError.write(Data("tenderlint: \(file.path): kan inte skriva tillbaka i kodningen \(file.encoding)\n".utf8))
                failed = true
                continue
            }
            let target = write ? file.path : Fixer.fixedPath(for: file.path)
            do {
                if write {
                    let backup = file.path + ".bak"
                    try? FileManager.default.removeItem(atPath: backup)
                    try FileManager.default.copyItem(atPath: file.path, toPath: backup)
                }
                try data.write(to: URL(fileURLWithPath: target), options: .atomic)
                print("\(target): \(fixes.count) ändringar")
            } catch {
                FileHandle.standardError.write(Data("tenderlint: \(target): kunde inte skrivas: \(error.localizedDescription)\n".utf8))
                failed = true
            }
        }
        throw ExitCode(failed ? 2 : 0)
    }
}
