import Foundation
import Testing
import TenderLintCore
import TenderLintRules
import TenderLintEngine
import TenderLintTestSupport

/// Contract facts read from a tender's own text, and their order against front matter and
/// the configuration.
@Suite struct StatedFactsTests {
    static func facts(_ text: String, format: DocumentFormat = .text) throws -> ContractFacts {
        ContractFacts.stated(in: try TestSupport.document(text, format: format), vocabulary: TestSupport.defaultFacts)
    }

    @Test func valueAndPeriod() throws {
        let yearly = try Self.facts("Det uppskattade värdet av avtalet är ca 3 miljoner kronor per år.\n")
        #expect(yearly.estimatedValue == 3_000_000)
        #expect(yearly.valuePeriod == .year)
        #expect(yearly.yearlyValue == 3_000_000)

        let total = try Self.facts("Avtalets beräknade totala värde är 12 000 000 kr.\n\nAvtalstiden är två (2) år med option på förlängning i 1 + 1 år.\n")
        #expect(total.estimatedValue == 12_000_000)
        #expect(total.valuePeriod == .total)
        #expect(total.contractYears == 4)
        #expect(total.yearlyValue == 3_000_000)

        let words = try Self.facts("Upphandlingens årliga värde bedöms uppgå till 2,5 Mkr.\n")
        #expect(words.estimatedValue == 2_500_000)
        #expect(words.valuePeriod == .year)

        // A total over the years the value sentence names: its length too, when none is stated.
        let over = try Self.facts("Ramavtalets uppskattade värde är 60 miljoner kronor under fyra år.\n")
        #expect(over.valuePeriod == .total)
        #expect(over.contractYears == 4)
        #expect(over.yearlyValue == 15_000_000)
    }

    @Test func amountsThatAreNotTheContractsValue() throws {
        // A turnover demand or a penalty is not the estimated value.
        let facts = try Self.facts("""
            Leverantören ska ha en årsomsättning om minst 10 000 000 kronor.

            Vite utgår med 5 000 kronor per dag.
            """)
        #expect(facts.estimatedValue == nil)
    }

    @Test func contractLength() throws {
        #expect(try Self.facts("Avtalet gäller i 24 månader från tecknandet.\n").contractYears == 2)
        #expect(try Self.facts("Avtalstid: 2 år + option 1 år.\n").contractYears == 3)
        #expect(try Self.facts("Avtalstiden är fyra år.\n").contractYears == 4)
        #expect(try Self.facts("Avtalet gäller i två år med möjlighet att förlänga det med ett år i taget, dock högst två gånger.\n")
            .contractYears == 4)
        #expect(try Self.facts("Avtalet gäller i två år, med förlängning. Den sammanlagda avtalstiden kan bli högst fem år.\n")
            .contractYears == 5)
        #expect(try Self.facts("Avtalet gäller fr.o.m. 2027-02-01 t.o.m. 2029-01-31. Kommunen har rätt att förlänga avtalet, dock som längst t.o.m. 2031-01-31.\n")
            .contractYears == 4)
        // A duration elsewhere in the text is not the contract's length.
        #expect(try Self.facts("Leverans sker inom 10 dagar.\n").contractYears == nil)
    }

    @Test func procedureAndKind() throws {
        let facts = try Self.facts("""
            Upphandlingen genomförs som ett förenklat förfarande enligt LOU.

            Uppdraget avser en totalentreprenad för ombyggnad av skolan.
            """)
        #expect(facts.procedure == "förenklat förfarande")
        #expect(facts.contractKind == "byggentreprenad")
        #expect(facts.isWorks)
        #expect(try Self.facts("Upphandlingen sker med öppet förfarande.\n").procedure == "öppet förfarande")
    }

    @Test func frontMatterThenTextThenConfiguration() throws {
        var configuration = Configuration()
        configuration.contract = ContractFacts(estimatedValue: 1_000_000, procedure: "öppet förfarande", contractYears: 2)
        let linter = Linter(ruleSet: RuleSet(rules: [], facts: TestSupport.defaultFacts), configuration: configuration)
        let stated = try TestSupport.document("Det uppskattade värdet är 5 000 000 kr per år.\n")
        #expect(linter.contractFacts(for: stated).estimatedValue == 5_000_000)
        #expect(linter.contractFacts(for: stated).procedure == "öppet förfarande")
        let front = try TestSupport.document(
            "---\nestimatedValue: 7000000\n---\nDet uppskattade värdet är 5 000 000 kr per år.\n", format: .markdown)
        #expect(linter.contractFacts(for: front).estimatedValue == 7_000_000)
    }

    /// The words are the rule pack's (`Rules/sv/data/kontraktsuppgifter.yml`): a pack without
    /// them reads no facts from the text, and a file that lacks a list is refused by name.
    @Test func theWordsAreThePacksData() throws {
        let text = "Det uppskattade värdet är 5 000 000 kr per år. Upphandlingen genomförs som ett öppet förfarande.\n"
        let document = try TestSupport.document(text)
        #expect(ContractFacts.stated(in: document, vocabulary: TestSupport.defaultFacts).estimatedValue == 5_000_000)
        #expect(ContractFacts.stated(in: document, vocabulary: .none) == ContractFacts())
        #expect(RuleLoader.factsPath(inPack: TestSupport.rulesDirectory)?.hasSuffix("sv/data/kontraktsuppgifter.yml") == true)

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-facts-\(UUID().uuidString).yml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let original = try String(contentsOfFile: TestSupport.rulesDirectory + "/sv/data/kontraktsuppgifter.yml", encoding: .utf8)
        try original.replacingOccurrences(of: "\nestimate:", with: "\nestimates:").write(toFile: path, atomically: true, encoding: .utf8)
        var message = ""
        do throws(TenderLintError) {
            _ = try StatedFactsVocabulary.load(path: path)
        } catch {
            message = error.message
        }
        #expect(message.contains("”estimate”"), "\(message)")
    }
}
