import Foundation
import Testing
@testable import TenderLintCore
@testable import TenderLintRules
import TenderLintTestSupport

@Suite struct RuleLoaderTests {
    static let valid = """
        kind: existence
        category: jargon
        severity: warning
        summary: Testregel.
        message: Undvik ”{match}”.
        rationale: För att testa.
        terms: [förfrågningsunderlag*]
        examples:
          flagged: ["Läs {{förfrågningsunderlaget}} noga."]
          accepted: ["Läs upphandlingsdokumenten noga."]
        """

    static func load(_ yaml: String) throws(TenderLintError) -> any Rule {
        try RuleLoader.loadRule(yaml: yaml, id: "test/regel", path: "Rules/test/regel.yml")
    }

    static func error(_ yaml: String) -> TenderLintError? {
        do {
            _ = try load(yaml)
            return nil
        } catch {
            return error
        }
    }

    @Test func validRuleLoads() throws {
        let rule = try Self.load(Self.valid)
        #expect(rule.metadata.id == "test/regel")
        #expect(rule.metadata.category == .jargon)
        #expect(rule is ExistenceRule)
        let findings = try TestSupport.lint("Se förfrågningsunderlaget och Förfrågningsunderlag.", rules: [rule])
        #expect(findings.map(\.match) == ["förfrågningsunderlaget", "Förfrågningsunderlag"])
        #expect(findings.first?.message == "Undvik ”förfrågningsunderlaget”.")
    }

    @Test func unknownKeyNamesFileLineAndColumn() throws {
        let error = try #require(Self.error(Self.valid + "\nsevertiy: error\n"))
        #expect(error.path == "Rules/test/regel.yml")
        #expect(error.line == 11)
        #expect(error.column == 1)
        #expect(error.message.contains("severtiy"))
        #expect(error.description.hasPrefix("Rules/test/regel.yml:11:1: "))
    }

    @Test func unknownKeyInsideExamples() throws {
        let yaml = Self.valid.replacingOccurrences(of: "  accepted:", with: "  acepted:")
        let error = try #require(Self.error(yaml))
        #expect(error.line == 10)
        #expect(error.column == 3)
    }

    @Test func missingFieldsAndBadValues() throws {
        let noMessage = Self.valid.replacingOccurrences(of: "message: Undvik ”{match}”.\n", with: "")
        #expect(try #require(Self.error(noMessage)).message.contains("message"))
        let badKind = Self.valid.replacingOccurrences(of: "kind: existence", with: "kind: existance")
        let kindError = try #require(Self.error(badKind))
        #expect(kindError.message.contains("existance"))
        #expect(kindError.line == 1)
        #expect(try #require(Self.error(Self.valid.replacingOccurrences(of: "category: jargon", with: "category: språk"))).line == 2)
        #expect(try #require(Self.error(Self.valid.replacingOccurrences(of: "severity: warning", with: "severity: high"))).line == 3)
        let noExamples = String(Self.valid[..<Self.valid.range(of: "examples:")!.lowerBound])
        #expect(try #require(Self.error(noExamples)).message.contains("examples"))
        let unmarked = Self.valid.replacingOccurrences(of: "{{förfrågningsunderlaget}}", with: "förfrågningsunderlaget")
        #expect(try #require(Self.error(unmarked)).message.contains("{{…}}"))
        let placeholder = Self.valid.replacingOccurrences(of: "{match}", with: "{matsch}")
        #expect(try #require(Self.error(placeholder)).message.contains("matsch"))
    }

    @Test func badRegexIsPositioned() throws {
        let yaml = Self.valid.replacingOccurrences(of: "terms: [förfrågningsunderlag*]", with: "patterns:\n  - 'ISO (9001'")
        let error = try #require(Self.error(yaml))
        #expect(error.line == 8)
        #expect(error.message.contains("ISO (9001"))
    }

    @Test func yamlSyntaxErrorIsPositioned() throws {
        let error = try #require(Self.error("kind: existence\ncategory: [jargon\n"))
        #expect(error.line != nil)
        #expect(error.message.contains("YAML"))
    }

    @Test func duplicateTermsInASubstitutionAreRefused() throws {
        let yaml = """
            kind: substitution
            category: jargon
            severity: warning
            summary: S.
            message: Skriv ”{suggestion}”.
            rationale: R.
            terms:
              - term: erhålla
                use: [få]
              - term: Erhålla
                use: [få]
            examples:
              flagged: ["{{erhålla}}"]
              accepted: ["få"]
            """
        let error = try #require(Self.error(yaml))
        #expect(error.line == 10)
        #expect(error.message.contains("finns redan"))
    }

    @Test func exceptionPhrasesClearTheTermsInsideThem() throws {
        let yaml = """
            kind: substitution
            category: jargon
            severity: warning
            summary: S.
            message: Skriv ”{suggestion}”.
            rationale: R.
            terms:
              - term: avseende
                use: [om]
            exceptions: [i något avseende, i detta avseende]
            examples:
              flagged: ["Frågor {{avseende}} priset."]
              accepted: ["Anbudet får inte vara villkorat i något avseende."]
            """
        let rule = try Self.load(yaml)
        let findings = try TestSupport.lint(
            "Frågor avseende priset. Villkorat i något avseende. I detta avseende gäller avtalet.", rules: [rule])
        #expect(findings.map(\.match) == ["avseende"])
        #expect(findings.first?.range.start.column == 8)
    }

    @Test func packSkipsBadFilesAndKeepsGoodOnes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sv"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.valid.write(to: directory.appendingPathComponent("sv/bra.yml"), atomically: true, encoding: .utf8)
        try "kind: [".write(to: directory.appendingPathComponent("sv/trasig.yml"), atomically: true, encoding: .utf8)
        let pack = RuleLoader.loadPack(at: directory.path)
        #expect(pack.rules.map(\.metadata.id) == ["sv/bra"])
        #expect(pack.errors.count == 1)
        #expect(pack.errors.first?.path?.hasSuffix("sv/trasig.yml") == true)
    }

    /// A list many rules share is written once in the pack's data/listor.yml and included by
    /// name; a name the pack does not define is an error naming the rule file, line and name.
    @Test func namedListsAreIncludedByName() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-pack-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("t/data"), withIntermediateDirectories: true)
        try "ord: [förfrågningsunderlag*, anbudsgivare]\n".write(
            to: directory.appendingPathComponent("t/data/listor.yml"), atomically: true, encoding: .utf8)
        let uses = Self.valid.replacingOccurrences(of: "terms: [förfrågningsunderlag*]", with: "terms: [\"@ord\", leverantör]")
        try uses.write(to: directory.appendingPathComponent("t/anvander.yml"), atomically: true, encoding: .utf8)
        let missing = Self.valid.replacingOccurrences(of: "terms: [förfrågningsunderlag*]", with: "terms: [\"@ordlista\"]")
        try missing.write(to: directory.appendingPathComponent("t/saknas.yml"), atomically: true, encoding: .utf8)

        let pack = RuleLoader.loadPack(at: directory.path)
        #expect(pack.rules.map(\.metadata.id) == ["t/anvander"], "the list file is data, not a rule")
        let rule = try #require(pack.rules.first as? ExistenceRule)
        #expect(rule.termTexts == ["förfrågningsunderlag*", "anbudsgivare", "leverantör"])
        let error = try #require(pack.errors.first)
        #expect(pack.errors.count == 1)
        #expect(error.path?.hasSuffix("t/saknas.yml") == true)
        #expect(error.line == 7)
        #expect(error.message.contains("okänd lista ”@ordlista”") && error.message.contains("@ord"), "\(error)")
    }

    /// The bundled pack defines the demand words once (`@kravord`) and its requirement rules use them.
    @Test func bundledPackSharesItsDemandWords() throws {
        let lists = try RuleLoader.loadLists(at: TestSupport.rulesDirectory + "/sv/data/listor.yml")
        let demand = try #require(lists["kravord"])
        #expect(demand.contains("ska") && demand.contains("måste"))
        let users = try FileManager.default.contentsOfDirectory(atPath: TestSupport.rulesDirectory + "/sv/exkluderande")
            .filter { (try? String(contentsOfFile: TestSupport.rulesDirectory + "/sv/exkluderande/" + $0, encoding: .utf8))?
                .contains("\"@kravord\"") == true }
        #expect(users.count >= 17)
    }

    @Test func substitutionSuggestsInflectedFormsAndKeepsCapitals() throws {
        let rule = try #require(TestSupport.defaultRules.first { $0.metadata.id == "sv/jargon" })
        let findings = try TestSupport.lint("Leverantören erhåller ersättning. Erhålla betalt.", rules: [rule])
        #expect(findings.map(\.suggestions) == [["får"], ["Få"]])
        #expect(findings.first?.message == "Skriv hellre ”få” än ”erhålla”.")
    }
}
