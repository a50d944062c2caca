import Foundation
import Testing
@testable import TenderLintCore
@testable import TenderLintRules
@testable import TenderLintEngine
import TenderLintTestSupport

/// Consistency within one document and across the files of a tender package, and the
/// template options of the command line and the configuration.
@Suite struct ConsistencyTests {
    static func rules(_ ids: String...) -> [any Rule] {
        TestSupport.defaultRules.filter { ids.contains($0.metadata.id) }
    }

    static func lintPackage(_ files: [String: String], rules: [String]? = nil) async throws -> (LintReport, URL) {
        let directory = try CommandLineTests.scratch(files)
        var options = LintRequest(paths: [directory.path], defaultRulesDirectory: TestSupport.rulesDirectory)
        options.concurrency = 2
        let report = await LintSession().run(options)
        return (report, directory)
    }

    static func findings(_ report: LintReport, _ name: String, rule: String) -> [Finding] {
        report.files.first { $0.path.hasSuffix("/" + name) }?.findings.filter { $0.rule == rule } ?? []
    }

    @Test func keyFactsWithinOneDocument() throws {
        let rules = Self.rules("sv/konsekvens/nyckeluppgifter")
        let text = """
            # Upphandlingsdokument

            Sista anbudsdag är den 19 april 2027. Det uppskattade värdet är cirka 2,5 miljoner kronor per år.

            Avtalet gäller i tre år. Upphandlingen är uppdelad i tre delområden.

            Anbud ska ha kommit in senast 2027-04-12. Avtalet gäller från och med 2027-08-01 till och med 2031-07-31.

            Avtalets värde uppskattas till 2 500 000 kr per år. Anbudet ska vara giltigt till och med 2027-09-30.

            Anbudet ska vara giltigt till och med 30 september 2027. Anbud kan lämnas på alla fyra delområden.
            """
        let findings = try TestSupport.lint(text, format: .markdown, rules: rules)
        #expect(findings.map(\.match) == ["2027-04-12", "2027-08-01 till och med 2031-07-31", "fyra"])
        #expect(findings[0].message.contains("Sista anbudsdag anges här som 2027-04-12, men som 2027-04-19 på rad 3"))
        #expect(findings[1].message.contains("men som 3 år på rad 5"))
        // The same date written two ways and the same value in two units agree.
        #expect(!findings.contains { $0.message.contains("giltighetstid") || $0.message.contains("värdet") })
    }

    @Test func keyFactsAcrossAPackage() async throws {
        let (report, directory) = try await Self.lintPackage([
            "upphandlingsdokument.md": "# Upphandlingsdokument\n\nSista anbudsdag är 2027-03-15. Upphandlingen är uppdelad i tre delområden.\n",
            "bilaga-1-kravspecifikation.md": "# Bilaga 1 Kravspecifikation\n\nUppdraget omfattar fyra delområden. Sista anbudsdag är 2027-03-15.\n",
            "bilaga-2-avtal.md": "# Bilaga 2 Avtal\n\nUpphandlingen är uppdelad i tre (3) delområden.\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(report.errors.isEmpty)
        let annex = Self.findings(report, "bilaga-1-kravspecifikation.md", rule: "sv/konsekvens/nyckeluppgifter")
        #expect(annex.map(\.match) == ["fyra"])
        #expect(annex.first?.message.contains("men som 3 i upphandlingsdokument.md") == true)
        // The tender document is the reference, and files that agree get nothing.
        #expect(Self.findings(report, "upphandlingsdokument.md", rule: "sv/konsekvens/nyckeluppgifter").isEmpty)
        #expect(Self.findings(report, "bilaga-2-avtal.md", rule: "sv/konsekvens/nyckeluppgifter").isEmpty)
        // One file alone is no package.
        var options = LintRequest(paths: [directory.appendingPathComponent("bilaga-1-kravspecifikation.md").path],
                                  defaultRulesDirectory: TestSupport.rulesDirectory)
        options.concurrency = 1
        let alone = await LintSession().run(options)
        #expect(Self.findings(alone, "bilaga-1-kravspecifikation.md", rule: "sv/konsekvens/nyckeluppgifter").isEmpty)
    }

    @Test func numberWordsAgainstDigits() throws {
        let rules = Self.rules("sv/konsekvens/talord-och-siffror")
        let findings = try TestSupport.lint("Lämna tre (4) referenser och två (2) intyg. Tjugo (25) fordon.\n", rules: rules)
        #expect(findings.map(\.match) == ["tre (4)", "Tjugo (25)"])
        #expect(findings[0].message.contains("bokstäverna säger 3 men siffrorna 4"))
    }

    @Test func referencesWithinADocumentAndAcrossAPackage() async throws {
        let main = """
            # Upphandlingsdokument

            ## 1 Inledning

            Se avsnitt 2.1 och avsnitt 3.4 för kraven. Priserna anges i bilaga 2, kartorna i bilaga 7.

            ## 2 Krav

            ### 2.1 Fordon

            ## 3 Avtal
            """
        let (report, directory) = try await Self.lintPackage([
            "upphandlingsdokument.md": main,
            "bilaga-1-kravspecifikation.md": "# Bilaga 1 Kravspecifikation\n\nSe upphandlingsdokumentet avsnitt 2 och upphandlingsdokumentet avsnitt 9.\n\nSe även bilaga 3.\n",
            "bilaga-2-prisbilaga.md": "# Bilaga 2 Prisbilaga\n\nPriser anges per tur.\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let own = Self.findings(report, "upphandlingsdokument.md", rule: "sv/konsekvens/hanvisningar")
        // 3.4 is not a heading; bilaga 7 is no file or heading of the package (1 and 2 are).
        #expect(own.map(\.match) == ["avsnitt 3.4", "bilaga 7"])
        #expect(own[1].message.contains("bilagorna är 1, 2"))
        let annex = Self.findings(report, "bilaga-1-kravspecifikation.md", rule: "sv/konsekvens/hanvisningar")
        #expect(annex.map(\.match) == ["avsnitt 9", "bilaga 3"])
        #expect(annex[0].message.contains("i upphandlingsdokument.md"))
    }

    @Test func termVariationWithinAndAcrossFiles() async throws {
        let rules = Self.rules("sv/konsekvens/ordval")
        // The recommended word wins whenever it is used.
        let findings = try TestSupport.lint(
            "Anbudslämnaren lämnar pris. Anbudslämnaren lämnar referenser. Anbudsgivaren har F-skatt.\n", rules: rules)
        #expect(findings.map(\.match) == ["Anbudslämnaren", "Anbudslämnaren"])
        let (report, directory) = try await Self.lintPackage([
            "upphandlingsdokument.md": "# Upphandlingsdokument\n\nAnbudsgivaren ska lämna pris. Anbudsgivaren ska ha F-skatt.\n",
            "bilaga-1.md": "# Bilaga 1\n\nAnbudslämnaren ska lämna referenser.\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let annex = Self.findings(report, "bilaga-1.md", rule: "sv/konsekvens/ordval")
        #expect(annex.map(\.match) == ["Anbudslämnaren"])
        #expect(annex.first?.message.contains("handlingarna i upphandlingen") == true)
        #expect(Self.findings(report, "upphandlingsdokument.md", rule: "sv/konsekvens/ordval").isEmpty)
    }

    @Test func suppressedNotesStayOutOfThePackage() async throws {
        let (report, directory) = try await Self.lintPackage([
            "upphandlingsdokument.md": "# Upphandlingsdokument\n\nSista anbudsdag är 2027-03-15.\n",
            "bilaga-1.md": "# Bilaga 1\n\n<!-- tenderlint-disable-next-line sv/konsekvens/nyckeluppgifter -->\nSista anbudsdag är 2027-03-20.\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(Self.findings(report, "bilaga-1.md", rule: "sv/konsekvens/nyckeluppgifter").isEmpty)
    }

    @Test func templateFromTheCommandLineAndTheConfiguration() throws {
        let template = "# Mall\n\n## 1 Inledning\n\nText som alltid står kvar i mallen.\n\n## 2 Avtal\n\nAvtalet gäller från [[datum]].\n"
        let directory = try CommandLineTests.scratch([
            "mall.md": template,
            "mall.yml": "optional: [\"Avtal\"]\n",
            "anbud/upphandlingsdokument.md": "# Mall\n\n## 1 Inledning\n\nText som alltid står kvar i mallen.\n\n## 2 Avtal\n\nAvtalet gäller från [[datum]].\n",
            "anbud2/.tenderlint.yml": "template: ../mall.md\n",
            "anbud2/upphandlingsdokument.md": "# Mall\n\n## 2 Avtal\n\nAvtalet gäller från 2027-01-01.\n",
            "trasig/mall.yml": "optional: [\n",
            "trasig/mall.md": template,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let flagged = try CommandLineTests.run(["--template", "mall.md", "--format", "json", "anbud/upphandlingsdokument.md"], in: directory)
        #expect(flagged.status == 1)
        #expect(flagged.stdout.contains("sv/mall/ej-ifyllt"))
        let configured = try CommandLineTests.run(["--format", "json", "anbud2/upphandlingsdokument.md"], in: directory)
        #expect(configured.status == 1)
        #expect(configured.stdout.contains("sv/mall/avsnitt-saknas"))
        let broken = try CommandLineTests.run(["--template", "trasig/mall.md", "anbud/upphandlingsdokument.md"], in: directory)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("mallen kunde inte läsas") || broken.stdout.contains("mallen kunde inte läsas"))
        // The template check.
        let check = try CommandLineTests.run(["template", "check", "mall.md"], in: directory)
        #expect(check.status == 0)
        #expect(check.stdout.contains("Avsnitt: 3, varav 1 valfria"))
        let bad = try CommandLineTests.scratch(["mall.md": "# Mall\n\n## 1 A\n\nText [[öppen.\n\n## 1 A\n"])
        defer { try? FileManager.default.removeItem(at: bad) }
        let badCheck = try CommandLineTests.run(["template", "check", "mall.md"], in: bad)
        #expect(badCheck.status == 1)
        #expect(badCheck.stdout.contains("mall.md:5:1: fel:"))
        #expect(try CommandLineTests.run(["template", "check", "saknas.md"], in: bad).status == 2)
    }
}

/// The score command and --min-score.
@Suite struct ScoreCommandTests {
    @Test func tableSortedBestFirstAndMinimumScore() throws {
        let directory = try CommandLineTests.scratch([
            "klar.md": "# Anbud\n\nNi lämnar anbudet i verktyget. Vi svarar på frågor inom två dagar.\n",
            "tung.md": "# Anbud\n\nAnbudsgivaren skall erhålla erforderlig information avseende tillhandahållandet av anbudshandlingarna i enlighet med 4 kap. 17 § LOU, varvid anbudsgivaren äger att inkomma med frågor samt tillse att samtliga handlingar föreligger.\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let table = try CommandLineTests.run(["score", "klar.md", "tung.md"], in: directory)
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("poäng") == true)
        #expect(lines[1].hasSuffix("klar.md") && lines[2].hasSuffix("tung.md"))
        #expect(table.stdout.contains("2 filer, medel"))
        #expect(try CommandLineTests.run(["score", "--min-score", "60", "klar.md", "tung.md"], in: directory).status == 1)
        #expect(try CommandLineTests.run(["score", "--min-score", "60", "klar.md"], in: directory).status == 0)
        #expect(try CommandLineTests.run(["--min-score", "60", "--fail-on", "never", "tung.md"], in: directory).status == 1)
        #expect(try CommandLineTests.run(["--min-score", "101", "klar.md"], in: directory).status == 2)
        let json = try CommandLineTests.run(["--format", "json", "klar.md"], in: directory)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        let metrics = try #require(file["metrics"] as? [String: Any])
        let score = try #require(metrics["score"] as? [String: Any])
        let parts = try #require(score["parts"] as? [String: [String: Double]])
        #expect(Set(parts.keys) == ["lix", "longSentences", "jargon", "legalReferences", "exclusionary"])
        let value = try #require(score["value"] as? Double)
        #expect(abs(value - (100 - parts.values.reduce(0) { $0 + ($1["points"] ?? 0) })) < 0.051)
        #expect((metrics["sections"] as? [[String: Any]])?.count == 1)
        // The text report shows the score and its parts.
        let text = try CommandLineTests.run(["klar.md"], in: directory)
        #expect(text.stdout.contains("tillgänglighet: "))
        #expect(text.stdout.contains("/100 — LIX"))
    }
}
