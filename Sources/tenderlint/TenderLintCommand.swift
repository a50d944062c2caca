import ArgumentParser
import Foundation
import TenderLintReports

/// The root command; `lint` runs when no subcommand is named.
struct TenderLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenderlint",
        abstract: "Granskar upphandlingsdokument: klarspråk, lagrumshänvisningar och utestängande krav.",
        version: JSONReporter.toolVersion,
        subcommands: [Lint.self, RulesCommand.self, Explain.self, TemplateCommand.self, ScoreCommand.self, FixCommand.self],
        defaultSubcommand: Lint.self)
}
