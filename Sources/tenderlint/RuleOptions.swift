import ArgumentParser
import TenderLintRules
import TenderLintEngine

/// Options shared by commands that load rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Extra regelpaket (mapp med YAML-regler) utöver standardpaketet.", valueName: "DIR"))
    var ruleDirectories: [String] = []

    @Flag(name: .customLong("no-default-rules"), help: "Använd inte standardpaketet Rules/.")
    var noDefaultRules = false

    func defaultDirectory() throws -> String? {
        if noDefaultRules { return nil }
        guard let directory = RulePackLocator.defaultRulesDirectory() else {
            throw ValidationError("hittar inte standardregelpaketet Rules/; ange TENDERLINT_RULES eller --no-default-rules")
        }
        return directory
    }

    /// A run over `paths` with these packs, a configuration for every file and a template.
    func request(_ paths: [String], config: String?, template: String? = nil) throws -> LintRequest {
        var request = LintRequest(paths: paths, defaultRulesDirectory: try defaultDirectory())
        request.configPath = config
        request.extraRuleDirectories = ruleDirectories
        request.templatePath = template
        return request
    }

    /// Loads the default pack and the extra packs, failing on any bad rule file.
    func loadRules() throws -> [any Rule] {
        let (ruleSet, errors) = LintSession().rules(for: try request([], config: nil))
        if !errors.isEmpty {
            throw CommandFailure(message: errors.map(\.description).joined(separator: "\n"))
        }
        return ruleSet.rules
    }
}

/// An error already described for the user; exits with status 2.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
