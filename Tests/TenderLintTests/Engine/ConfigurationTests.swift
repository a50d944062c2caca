import Foundation
import Testing
@testable import TenderLintCore
@testable import TenderLintRules
@testable import TenderLintEngine
import TenderLintTestSupport

@Suite struct ConfigurationTests {
    /// A rule that is off by default runs only where its id turns it on, not by its category.
    @Test func ruleOffByDefaultRunsOnlyWhenNamed() throws {
        let text = "Samtliga krav ska vara uppfyllda i enlighet med bilaga 3.\n"
        func rules(_ configuration: Configuration) throws -> Set<String> {
            Set(try TestSupport.lint(text, configuration: configuration).map(\.rule))
        }
        #expect(try !rules(Configuration()).contains("sv/formella-ord"))
        let category = try Configuration.parse("categories:\n  jargon: on\n", path: "c.yml")
        #expect(try !rules(category).contains("sv/formella-ord"))
        let named = try Configuration.parse("rules:\n  sv/formella-ord: on\n", path: "c.yml")
        #expect(try rules(named).contains("sv/formella-ord"))
    }

    @Test func fullConfiguration() throws {
        let configuration = try Configuration.parse("""
            rules:
              sv/jargon:
                severity: suggestion
              sv/annan: false
            categories:
              readability: off
              legal-reference: error
            ruleDirectories: [regler, /abs/regler]
            contract:
              estimatedValue: 2400000
              valuePeriod: year
              contractKind: tjänster
              procedure: öppet förfarande
            failOn: warning
            """, path: "/projekt/.tenderlint.yml")
        #expect(configuration.rules["sv/jargon"] == .init(severity: .suggestion))
        #expect(configuration.rules["sv/annan"] == .init(enabled: false))
        #expect(configuration.categories[.readability] == .init(enabled: false))
        #expect(configuration.categories[.legalReference] == .init(severity: .error))
        #expect(configuration.ruleDirectories == ["/projekt/regler", "/abs/regler"])
        #expect(configuration.contract.estimatedValue == 2_400_000)
        #expect(configuration.contract.valuePeriod == .year)
        #expect(configuration.failOn == .warning)
    }

    static func error(_ yaml: String) -> TenderLintError? {
        do {
            _ = try Configuration.parse(yaml, path: ".tenderlint.yml")
            return nil
        } catch {
            return error
        }
    }

    @Test func errorsNameLineAndColumn() throws {
        let unknown = try #require(Self.error("rules: {}\nfailon: warning\n"))
        #expect(unknown.line == 2 && unknown.column == 1)
        #expect(unknown.message.contains("failon"))
        let nested = try #require(Self.error("contract:\n  estimatedValue: 100\n  valuta: SEK\n"))
        #expect(nested.line == 3 && nested.column == 3)
        let category = try #require(Self.error("categories:\n  språk: false\n"))
        #expect(category.line == 2)
        let failOn = try #require(Self.error("failOn: sometimes\n"))
        #expect(failOn.line == 1 && failOn.column == 9)
        let value = try #require(Self.error("contract:\n  estimatedValue: många\n"))
        #expect(value.line == 2)
        let severity = try #require(Self.error("rules:\n  sv/jargon:\n    severity: hög\n"))
        #expect(severity.line == 3)
    }

    @Test func aMisspeltRuleIdIsAnError() throws {
        let configuration = try Configuration.parse("rules:\n  sv/jargong: false\n", path: ".tenderlint.yml")
        do {
            try configuration.validate(ruleIDs: ["sv/jargon"])
            Issue.record("a misspelt rule id was accepted")
        } catch {
            #expect(error.line == 2 && error.column == 3)
            #expect(error.message.contains("sv/jargong"))
            #expect(error.message.contains("sv/jargon"))
        }
    }

    @Test func resolveAppliesRuleThenCategoryThenDefault() throws {
        var configuration = Configuration()
        let rule = try #require(TestSupport.defaultRules.first { $0.metadata.id == "sv/jargon" })
        #expect(configuration.resolve(rule.metadata) == (true, .warning, false))
        configuration.categories[.jargon] = .init(enabled: false, severity: .error)
        #expect(configuration.resolve(rule.metadata) == (false, .error, true))
        configuration.rules["sv/jargon"] = .init(enabled: true)
        #expect(configuration.resolve(rule.metadata) == (true, .error, true))
    }

    @Test func disabledRulesAndSeverityOverridesReachFindings() throws {
        var configuration = Configuration()
        configuration.rules["sv/jargon"] = .init(severity: .error)
        let findings = try TestSupport.lint("Ni ska erhålla svar.", configuration: configuration)
        #expect(findings.map(\.severity) == [.error])
        configuration.categories[.jargon] = .init(enabled: false)
        configuration.rules["sv/jargon"] = nil
        #expect(try TestSupport.lint("Ni ska erhålla svar.", configuration: configuration).isEmpty)
    }

    @Test func frontMatterFactsComeFirstAndTheConfigurationFillsTheRest() throws {
        var configuration = Configuration()
        configuration.contract = ContractFacts(estimatedValue: 1_000_000, valuePeriod: .total, procedure: "förenklat förfarande")
        let linter = Linter(ruleSet: RuleSet(rules: [], facts: TestSupport.defaultFacts), configuration: configuration)
        let document = try TestSupport.document("---\nestimatedValue: 2 400 000\nvaluePeriod: year\n---\nText.\n", format: .markdown)
        let facts = linter.contractFacts(for: document)
        #expect(facts.estimatedValue == 2_400_000)
        #expect(facts.valuePeriod == .year)
        #expect(facts.procedure == "förenklat förfarande")
        #expect(linter.contractFacts(for: try TestSupport.document("Text.\n")).estimatedValue == 1_000_000)
    }

    @Test func lookupWalksUpFromEachFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-config-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("region/kommun")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "failOn: never\n".write(to: root.appendingPathComponent("region/.tenderlint.yml"), atomically: true, encoding: .utf8)
        let file = nested.appendingPathComponent("anbud.md").path
        #expect(Configuration.find(for: file) == root.appendingPathComponent("region/.tenderlint.yml").path)
        #expect(Configuration.find(for: root.appendingPathComponent("annan.md").path) == nil
                || Configuration.find(for: root.appendingPathComponent("annan.md").path)?.hasPrefix(root.path) == false)
    }
}
