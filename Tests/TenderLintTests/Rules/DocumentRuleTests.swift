import Testing
import TenderLintCore
import TenderLintEngine
import TenderLintTestSupport

/// Rules that look at the whole document, not one block: first uses, glossaries, definitions
/// further on, and the statute a document names elsewhere.
@Suite struct DocumentRuleTests {
    /// The findings of one rule; `wholeDocument`: as if the text were a whole document, for the
    /// rules that wait for one (`minimumDocumentWords`).
    static func findings(_ text: String, rule: String, wholeDocument: Bool = false) throws -> [Finding] {
        var configuration = Configuration()
        configuration.documentLengthLimits = !wholeDocument
        return try TestSupport.lint(text, format: .markdown, configuration: configuration).filter { $0.rule == rule }
    }

    @Test func wholeDocumentRulesKeepQuietOnAnExcerpt() throws {
        let excerpt = """
            Beställningar görs genom avrop. Leverantören ska uppfylla alla ska-krav. Leverantören ska
            lämna priser i bilaga 2, och leverantören ansvarar för sina underleverantörer.
            """
        #expect(try Self.findings(excerpt, rule: "sv/forklara-begrepp").isEmpty)
        #expect(try Self.findings(excerpt, rule: "sv/lasbarhet/tilltal").isEmpty)
        #expect(try !Self.findings(excerpt, rule: "sv/forklara-begrepp", wholeDocument: true).isEmpty)
        #expect(try !Self.findings(excerpt, rule: "sv/lasbarhet/tilltal", wholeDocument: true).isEmpty)
        // A long enough document is a whole one.
        let filler = (1...60).map { _ in "Leverantören ska följa kontraktet och leverera i tid." }.joined(separator: " ")
        #expect(try Self.findings(excerpt + "\n\n" + filler + "\n", rule: "sv/forklara-begrepp").count == 1)
    }

    @Test func unexplainedTermsAreOneFindingNamingTheOthers() throws {
        let text = """
            # Avtal

            Beställningar görs genom avrop. Leverantören ska uppfylla alla ska-krav.

            Under avtalsspärren tecknas inget avtal.
            """
        let found = try Self.findings(text, rule: "sv/forklara-begrepp", wholeDocument: true)
        #expect(found.map(\.match) == ["avrop"])
        #expect(found.first?.message.contains("”ska-krav” och ”avtalsspärr”") == true)
    }

    @Test func explainedTermIsFlaggedAtItsFirstUseOnly() throws {
        let text = """
            # Avtal

            Beställningar görs genom avrop från ramavtalsleverantören.

            Varje avrop bekräftas skriftligt.
            """
        let found = try Self.findings(text, rule: "sv/forklara-begrepp", wholeDocument: true)
            .filter { $0.match.lowercased() == "avrop" }
        #expect(found.count == 1)
        #expect(found.first?.range.start.line == 3)
    }

    @Test func glossaryAnywhereExplainsATerm() throws {
        let withGlossary = """
            # Avtal

            Beställningar görs genom avrop från ramavtalsleverantören.

            ## Ordlista

            Avropet: en beställning enligt ramavtalet.
            """
        #expect(try Self.findings(withGlossary, rule: "sv/forklara-begrepp", wholeDocument: true)
            .allSatisfy { $0.match.lowercased() != "avrop" })

        // The same words under another heading explain nothing.
        let otherSection = withGlossary.replacingOccurrences(of: "## Ordlista", with: "## Leveranser")
        #expect(try Self.findings(otherSection, rule: "sv/forklara-begrepp", wholeDocument: true).contains { $0.match == "avrop" })

        // A glossary that explains a different term does not cover this one.
        let otherTerm = withGlossary.replacingOccurrences(of: "Avropet:", with: "Vite:")
        #expect(try Self.findings(otherTerm, rule: "sv/forklara-begrepp", wholeDocument: true).contains { $0.match == "avrop" })
    }

    @Test func abbreviationExplainedOnlyFurtherOnIsFlaggedWhereFirstUsed() throws {
        let text = """
            Svar lämnas i DIS senast den 1 mars.

            Upphandlingen görs i ett dynamiskt inköpssystem (DIS) som är öppet hela avtalstiden.
            """
        let found = try Self.findings(text, rule: "sv/forkortningar").filter { $0.match == "DIS" }
        #expect(found.count == 1)
        #expect(found.first?.range.start.line == 1)
    }

    @Test func abbreviationInsideAVagueLawReferenceIsOneFinding() throws {
        let text = "Leverantören får inte agera i strid med LOU vid sina egna inköp."
        let findings = try TestSupport.lint(text)
        #expect(findings.contains { $0.category == .legalReference && $0.match.contains("LOU") })
        #expect(!findings.contains { $0.rule == "sv/forkortningar" })
        // Outside a legal-reference finding the same abbreviation is still flagged.
        let plain = try TestSupport.lint("Anbud lämnas enligt LOU.").filter { $0.rule == "sv/forkortningar" }
        #expect(plain.map(\.match) == ["LOU"])
    }

    @Test func citationWithoutStatuteGetsLOUSummaryOnlyWhenTheDocumentNamesLOU() throws {
        let named = """
            Upphandlingen genomförs enligt LOU:s regler.

            Anbudet delas upp i delkontrakt enligt 4 kap. 14 §.
            """
        let unnamed = "Anbudet delas upp i delkontrakt enligt 4 kap. 14 §.\n"
        let withSummary = try Self.findings(named, rule: "sv/lagrum").first { $0.match == "4 kap. 14 §" }
        let without = try Self.findings(unnamed, rule: "sv/lagrum").first { $0.match == "4 kap. 14 §" }
        let summaryText = try #require(withSummary?.message)
        let plainText = try #require(without?.message)
        #expect(summaryText.count > plainText.count)
        #expect(summaryText.hasPrefix(plainText))

        // `LOU` inside another word (`LOUISE`) does not name the law.
        let lookalike = "Kontakta LOUISE på telefon.\n\nAnbudet delas upp i delkontrakt enligt 4 kap. 14 §.\n"
        #expect(try Self.findings(lookalike, rule: "sv/lagrum").first { $0.match == "4 kap. 14 §" }?.message == plainText)
    }

    /// A whole tender (at least 20 blocks, naming its procedure) that never says whether it is
    /// divided into lots.
    static func tender(_ extra: String, procedure: Bool = true) -> String {
        "# Upphandling av städtjänster\n\n"
            + (procedure ? "Upphandlingen genomförs som ett förenklat förfarande.\n\n" : "")
            + (1...22).map { "Stycke \($0) om något annat än delning.\n\n" }.joined() + extra
    }

    @Test func silenceAboutLotsIsFlaggedWhereTheProcedureIsNamed() throws {
        let silent = try Self.findings(Self.tender(""), rule: "sv/exkluderande/delkontrakt")
        #expect(silent.map(\.match) == ["förenklat förfarande"])
        // A document that names no procedure (a call-off, a contract, general terms) is not asked.
        #expect(try Self.findings(Self.tender("", procedure: false), rule: "sv/exkluderande/delkontrakt").isEmpty)
        let divided = Self.tender("Upphandlingen är uppdelad i två delområden.\n")
        #expect(try Self.findings(divided, rule: "sv/exkluderande/delkontrakt").isEmpty)
        let reasoned = Self.tender("Upphandlingen delas inte upp i delkontrakt.\n\nSkälet är att driften måste samordnas.\n")
        #expect(try Self.findings(reasoned, rule: "sv/exkluderande/delkontrakt").isEmpty)
        let unreasoned = Self.tender("Upphandlingen delas inte upp i delkontrakt.\n")
        #expect(try Self.findings(unreasoned, rule: "sv/exkluderande/delkontrakt").map(\.match)
            == ["Upphandlingen delas inte upp i delkontrakt."])
    }

    @Test func requirementRulesIgnoreHeadingsButNotTheTextBelow() throws {
        let text = """
            # Renovering av skolan

            ## 5.2 Material och fabrikat

            Följande fabrikat ska användas: Gyproc.
            """
        let found = try Self.findings(text, rule: "sv/exkluderande/varumarke-utan-likvardigt")
        #expect(found.map(\.range.start.line) == [5])
    }

    @Test func tenderPeriodFromATable() throws {
        let table = """
            Upphandlingen genomförs som ett öppet förfarande och anbud lämnas i upphandlingsverktyget.

            | Händelse | Datum |
            |---|---|
            | Annonsdatum | 2026-03-02 |
            | Sista anbudsdag | 2026-03-25 |
            """
        let found = try Self.findings(table, rule: "sv/exkluderande/anbudstid")
        #expect(found.map(\.match) == ["2026-03-25"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("23 dagar") == true)
        #expect(found.first?.message.contains("30 dagar") == true)
        let enough = table.replacingOccurrences(of: "2026-03-25", with: "2026-04-01")
        #expect(try Self.findings(enough, rule: "sv/exkluderande/anbudstid").isEmpty)
        // Below the thresholds: only a warning, and only under 15 days.
        let simplified = table.replacingOccurrences(of: "öppet förfarande", with: "förenklat förfarande")
            .replacingOccurrences(of: "2026-03-25", with: "2026-03-12")
        #expect(try Self.findings(simplified, rule: "sv/exkluderande/anbudstid").map(\.severity) == [.warning])
    }
}
