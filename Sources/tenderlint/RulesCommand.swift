import ArgumentParser
import TenderLintReports

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Lista alla regler: id, kategori, allvarlighetsgrad och sammanfattning.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case markdown
    }

    @OptionGroup var rules: RuleOptions

    @Option(help: "text (en rad per regel) eller markdown (regelreferensen, docs/rules.md).")
    var format: Format = .text

    func run() throws {
        let loaded = try rules.loadRules()
        print(format == .markdown ? RuleCatalog.markdown(loaded) : RuleCatalog.list(loaded), terminator: "")
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
