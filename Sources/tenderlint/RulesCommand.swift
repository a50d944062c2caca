import ArgumentParser
import TenderLintCore
import TenderLintRules
import TenderLintEngine
import TenderLintReports
import TenderLintAnnotation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Lista alla regler: id, kategori, allvarlighetsgrad och sammanfattning.")

    @OptionGroup var rules: RuleOptions

    func run() throws {
        print(RuleCatalog.list(try rules.loadRules()), terminator: "")
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Visa en regels syfte, rättsliga grund och exempel.")

    @Argument(help: ArgumentHelp("Regelns id, t.ex. sv/jargon.", valueName: "RULE"))
    var rule: String

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let all = try rules.loadRules()
        guard let found = all.first(where: { $0.metadata.id == rule }) else {
            let close = all.map(\.metadata.id).filter { $0.contains(rule) || rule.contains($0) }
            throw CommandFailure(message: "okänd regel ”\(rule)”"
                + (close.isEmpty ? "; se tenderlint rules" : "; menade du " + close.joined(separator: ", ") + "?"))
        }
        print(RuleCatalog.explain(found), terminator: "")
    }
}
