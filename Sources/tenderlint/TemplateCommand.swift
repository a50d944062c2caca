import ArgumentParser
import Foundation
import TenderLintRules
import TenderLintReports

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: "Arbeta med regionens gemensamma mall.", subcommands: [TemplateCheck.self])
}

struct TemplateCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollera en mall: ifyllnadsställen [[…]] som inte stängs, rubriker som finns två gånger och sidofilen.",
        discussion: "Slutstatus: 0 inga fel, 1 fel i mallen, 2 mallen eller sidofilen kunde inte läsas.")

    @Argument(help: ArgumentHelp("Mallen (.md, .docx, .dotx, .odt, .ott).", valueName: "FILE"))
    var file: String

    func run() throws {
        let template: Template
        do {
            template = try Template.load(path: file)
        } catch {
            throw CommandFailure(message: error.description)
        }
        print(TemplateCheckReporter.render(template), terminator: "")
        if !template.problems.isEmpty { throw ExitCode(1) }
    }
}
