import Foundation
import Testing
import TenderLintCore
@testable import TenderLintReaders
@testable import TenderLintRules
@testable import TenderLintEngine
import TenderLintTestSupport

/// Template conformance: heading alignment, boilerplate comparison with its word diff, the
/// template rules' own examples, unfilled fill-in places in every format, and the template
/// self-check.
@Suite struct TemplateTests {
    static func template(_ markdown: String, optional: [String] = [], editable: [String] = []) throws -> Template {
        Template(document: try TestSupport.document(markdown, format: .markdown, path: "mall.md"), optional: optional, editable: editable)
    }

    static func compare(_ template: Template, _ markdown: String) throws -> TemplateComparison {
        TemplateComparison(template: template, document: try TestSupport.document(markdown, format: .markdown))
    }

    static let base = """
        # Upphandlingsdokument – Skolskjuts

        ## 1 Inledning

        ### 1.1 Om upphandlingen

        [[Kommunens namn]] upphandlar skolskjuts.

        ### 1.2 Avtalstid och option

        Avtalet gäller från och med [[ÅÅÅÅ-MM-DD]].

        Det är kommunen som bestämmer om avtalet ska förlängas.

        ## 2 Krav på leverantören

        ### 2.1 Uteslutning

        Kommunen kontrollerar själv uppgifterna hos Skatteverket.

        ### 2.2 Ekonomisk ställning

        Leverantören ska ha en stabil ekonomi.

        ## 3 Utvärdering och tilldelning

        Det anbud som har lägst pris antas.

        ## 4 Avtalsvillkor i sammandrag

        Leverantören fakturerar en gång i månaden.
        """

    @Test func headingsMatchDespiteNumberingCaseAndWording() throws {
        let template = try Self.template(Self.base)
        let tender = """
            # UPPHANDLINGSDOKUMENT – SKOLSKJUTS I NORDANBY

            ## 2. Inledning

            ### 2.1 Om upphandlingen i korthet

            Nordanby kommun upphandlar skolskjuts.

            ### 2.2 Avtalstid och förlängningsoption

            Avtalet gäller från och med 2027-08-01.

            Det är kommunen som bestämmer om avtalet ska förlängas.

            ## 3. Krav på leverantören (kvalificeringskrav)

            ### 3.1 Uteslutningsgrunder

            Kommunen kontrollerar själv uppgifterna hos Skatteverket.

            ### 3.2 Ekonomisk och finansiell ställning

            Leverantören ska ha en stabil ekonomi.

            ## 4 Utvärdering och tilldelning

            Det anbud som har lägst pris antas.

            ## 5 Avtalsvillkor i sammandrag

            Leverantören fakturerar en gång i månaden.
            """
        let comparison = try Self.compare(template, tender)
        #expect(comparison.pairs.allSatisfy { $0 != nil }, "\(comparison.pairs)")
        #expect(comparison.pairs == Array(0..<template.sections.count).map { Optional($0) })
        #expect(comparison.missing.isEmpty && comparison.extra.isEmpty && comparison.outOfOrder.isEmpty)
        #expect(comparison.removed.isEmpty && comparison.changed.isEmpty)
        #expect(comparison.share == 1)
    }

    @Test func missingReorderedAndExtraSections() throws {
        let template = try Self.template(Self.base)
        let tender = """
            # Upphandlingsdokument – Skolskjuts

            ## 1 Inledning

            ### 1.1 Om upphandlingen

            Nordanby kommun upphandlar skolskjuts.

            ### 1.2 Information om kommunen

            Nordanby har 9 000 invånare.

            ## 2 Avtalsvillkor i sammandrag

            Leverantören fakturerar en gång i månaden.

            ## 3 Utvärdering och tilldelning

            Det anbud som har lägst pris antas.
            """
        let comparison = try Self.compare(template, tender)
        let names = { (indices: [Int]) in indices.map { template.sections[$0].key } }
        // The whole of section 2 is missing: reported once, not for each subsection; 1.2 too.
        #expect(names(comparison.missing) == ["avtalstid och option", "krav på leverantören"])
        #expect(comparison.extra.map { comparison.tenderSections[$0].key } == ["information om kommunen"])
        #expect(names(comparison.outOfOrder).count == 1)
        #expect(["utvärdering och tilldelning", "avtalsvillkor i sammandrag"].contains(names(comparison.outOfOrder).first ?? ""))
    }

    @Test func optionalSectionsMayBeLeftOut() throws {
        let template = try Self.template(Self.base, optional: ["Avtalstid och option", "2 Krav på leverantören"])
        #expect(template.problems.isEmpty, "\(template.problems)")
        // Optional with its subsections.
        #expect(template.sections.filter(\.optional).map(\.key) == ["avtalstid och option", "krav på leverantören", "uteslutning", "ekonomisk ställning"])
        let comparison = try Self.compare(template, """
            # Upphandlingsdokument – Skolskjuts

            ## 1 Inledning

            ### 1.1 Om upphandlingen

            Text.

            ## 3 Utvärdering och tilldelning

            Det anbud som har lägst pris antas.

            ## 4 Avtalsvillkor i sammandrag

            Leverantören fakturerar en gång i månaden.
            """)
        #expect(comparison.missing.isEmpty)
    }

    @Test func boilerplateChangedWithDiffAndRemoved() throws {
        let template = try Self.template(Self.base, editable: ["Leverantören ska ha en stabil"])
        #expect(template.sections[3].paragraphs.map(\.isBoilerplate) == [false, true])  // fill-in, boilerplate
        #expect(template.sections[6].paragraphs.first?.editable == true)
        let comparison = try Self.compare(template, """
            # Upphandlingsdokument – Skolskjuts

            ## 1 Inledning

            ### 1.1 Om upphandlingen

            Nordanby kommun upphandlar skolskjuts.

            ### 1.2 Avtalstid och option

            Avtalet gäller från och med 2027-08-01.

            ## 2 Krav på leverantören

            ### 2.1 Uteslutning

            Kommunen kontrollerar själv uppgifterna hos Skatteverket och Bolagsverket.

            ### 2.2 Ekonomisk ställning

            Anbudsgivaren skall inneha en god ekonomisk stabilitet.

            ## 3 Utvärdering och tilldelning

            Det anbud som har lägst pris antas.

            ## 4 Avtalsvillkor i sammandrag

            Leverantören äger rätt att fakturera en gång i månaden.
            """)
        // The option paragraph is gone; the editable paragraph may change freely.
        #expect(comparison.removed.map { template.sections[$0.section].paragraphs[$0.paragraph].text }
            == ["Det är kommunen som bestämmer om avtalet ska förlängas."])
        #expect(comparison.changed.count == 2)
        let added = try #require(comparison.changed.first)
        #expect(added.diff == "+”och bolagsverket”")
        #expect(abs(added.similarity - 2.0 * 6 / 14) < 0.001)
        #expect(comparison.changed[1].diff == "”fakturerar” → ”äger rätt att fakturera”")
    }

    /// A boilerplate paragraph rewritten beyond the usual likeness, but standing where the
    /// template has it, is reported as changed (rewritten), not as removed.
    @Test func rewrittenParagraphInItsPlaceIsChanged() throws {
        let template = try Self.template("""
            # Mall

            ## 1 Ekonomi

            Leverantören ska ha en stabil ekonomi.

            Om du inte når upp till kravet kan du visa stabiliteten på annat sätt, till exempel med en bankgaranti.

            Kommunen tar en kreditupplysning.
            """)
        let comparison = try Self.compare(template, """
            # Mall

            ## 1 Ekonomi

            Leverantören ska ha en stabil ekonomi.

            Anbudslämnare som ej uppfyller kravet äger rätt att styrka sin kapacitet på annat sätt genom uppvisande av bankgaranti.

            Kommunen tar en kreditupplysning.
            """)
        #expect(comparison.removed.isEmpty)
        #expect(comparison.changed.count == 1)
        #expect(comparison.changed.first?.diff.hasPrefix("omskriven; mallen lyder ”Om du inte når upp") == true)
        #expect((comparison.changed.first?.similarity ?? 1) < TemplateComparison.paragraphThreshold)
    }

    @Test func wordDiffDescribesEachChange() {
        let words = Template.words
        #expect(WordDiff.describe(words("Anbud som kommer in för sent prövas inte."), words("Anbud som inkommer för sent prövas ej."))
            == "”kommer in” → ”inkommer”; ”inte” → ”ej”")
        #expect(WordDiff.ratio(words("a b c"), words("a b c")) == 1)
        #expect(WordDiff.ratio(words("a b"), words("c d")) == 0)
        let many = (1...6).map { "ord\($0)" }
        #expect(WordDiff.describe(many, many.enumerated().map { $0.offset % 2 == 0 ? "nytt\($0.offset)" : $0.element }, limit: 2)
            == "”ord1” → ”nytt0”; ”ord3” → ”nytt2”; och 1 ändringar till")
    }

    @Test func headingKeysDropNumbering() {
        #expect(Template.headingKey("2.3 Anbudets giltighetstid") == "anbudets giltighetstid")
        #expect(Template.headingKey("3.2.1. Krav på fordon:") == "krav på fordon")
        #expect(Template.headingKey("B. Bilagor") == "bilagor")
        #expect(Template.headingKey("IV. Avtalsvillkor") == "avtalsvillkor")
        #expect(Template.headingKey("Bilaga 3 Prisbilaga") == "bilaga 3 prisbilaga")
        #expect(TemplateComparison.headingSimilarity("frågor under anbudstiden", "frågor under anbudstid") >= 0.6)
        #expect(TemplateComparison.headingSimilarity("krav på tjänsten", "information om kommunen") < 0.6)
        #expect(TemplateComparison.longestIncreasing([0, 1, 4, 2, 3, 5]) == [0, 1, 2, 3, 5])
    }

    @Test func templateSelfCheck() throws {
        let template = try Self.template("""
            # Mall

            ## 1 Inledning

            Kommunen heter [[namn och organisationsnummer.

            ## 2 Inledning

            Text ]] utan början.

            ### 2.1 Krav

            Text.
            """, optional: ["Finns inte"], editable: ["Inget stycke börjar så"])
        let messages = template.problems.map(\.message)
        #expect(messages.contains { $0.contains("öppnas med ”[[” men stängs aldrig") })
        #expect(messages.contains { $0.contains("stänger ett ifyllnadsställe som aldrig öppnades") })
        #expect(messages.contains { $0.contains("finns redan") })
        #expect(messages.contains { $0.contains("”optional” nämner ”Finns inte”") })
        #expect(messages.contains { $0.contains("”editable” nämner ”Inget stycke börjar så”") })
        #expect(template.problems.first?.line == 5)
        let clean = try Self.template(Self.base)
        #expect(clean.problems.isEmpty)
    }

    /// A Word template's content controls are its fill-in places, like `[[…]]`: a paragraph
    /// holding one is the buyer's to fill in, not boilerplate.
    @Test func contentControlsInAWordTemplateAreFillIns() throws {
        let path = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/word-style.docx").path
        let template = try Template.load(path: path)
        let paragraphs = template.sections.flatMap(\.paragraphs)
        let form = try #require(paragraphs.first { $0.text.hasPrefix("Leverantör:") })
        #expect(form.fillIns == 1)
        #expect(!form.isBoilerplate)
        #expect(paragraphs.contains { $0.isBoilerplate })
    }

    /// #18 item 14: a template heading that holds a fill-in place matches the heading with it
    /// filled in, and a tender that follows the template gets no template finding at all.
    @Test func headingWithFillInMatchesTheFilledInHeading() throws {
        let templateText = """
            # Upphandlingsdokument: [[Upphandlingens namn]]

            ## 1 Inledning

            [[Kommunens namn]] upphandlar [[vad]].

            Frågor ställs i upphandlingsverktyget.

            ## 2 Avtal för [[år]] och framåt

            Avtalet gäller i två år.

            ## [[Rubrik för kommunens egna villkor]]

            [[Villkor]]

            ## 3 Avtalsvillkor

            Leverantören fakturerar en gång i månaden.
            """
        let template = try Self.template(templateText)
        #expect(template.sections[0].fixedParts == [["upphandlingsdokument"], []])
        #expect(template.sections[2].fixedParts == [["avtal", "för"], ["och", "framåt"]])
        let tender = """
            # Upphandlingsdokument: Städtjänster i Solby 2027

            ## 1 Inledning

            Solby kommun upphandlar städning av fem skolor.

            Frågor ställs i upphandlingsverktyget.

            ## 2 Avtal för 2027 och framåt

            Avtalet gäller i två år.

            ## Särskilda villkor för skolor

            Leverantören ska bära skor som inte repar golven.

            ## 3 Avtalsvillkor

            Leverantören fakturerar en gång i månaden.
            """
        let comparison = try Self.compare(template, tender)
        #expect(comparison.pairs == [0, 1, 2, 3, 4])
        #expect(comparison.missing.isEmpty && comparison.extra.isEmpty && comparison.outOfOrder.isEmpty)
        let rules = TestSupport.defaultRules.filter { $0 is TemplateRule }
        let result = Linter(ruleSet: RuleSet(rules: rules, facts: TestSupport.defaultFacts), template: template)
            .lint(try TestSupport.document(tender, format: .markdown))
        #expect(result.findings.map(\.rule) == [])
        // The fixed words still count: another document's title is not the template's.
        #expect(!TemplateComparison.filledIn([["upphandlingsdokument"], []], "förfrågningsunderlag städtjänster"))
        #expect(!TemplateComparison.filledIn([["upphandlingsdokument"], []], "upphandlingsdokument"))
        #expect(!TemplateComparison.filledIn([["avtal", "för"], ["och", "framåt"]], "avtal för och framåt"))
        #expect(TemplateComparison.filledIn([["avtal", "för"], ["och", "framåt"]], "avtal för 2027 2028 och framåt"))
    }

    /// A document too unlike the template (an annex) is not compared, with a notice; unless
    /// the configuration names it under `template.files`.
    @Test func annexIsNotComparedUnlessNamed() throws {
        let template = try Self.template(Self.base)
        let rules = TestSupport.defaultRules.filter { $0 is TemplateRule }
        let annex = try TestSupport.document("# Bilaga 1 Kravspecifikation\n\n## 1 Fordon\n\nFordonen ska vara hela.\n", format: .markdown, path: "bilaga-1.md")
        let result = Linter(ruleSet: RuleSet(rules: rules, facts: TestSupport.defaultFacts), template: template).lint(annex)
        #expect(result.findings.isEmpty)
        #expect(result.notices.count == 1)
        var configuration = Configuration()
        configuration.template = TemplateSetting(path: "mall.md", files: ["bilaga-*"])
        let forced = Linter(ruleSet: RuleSet(rules: rules, facts: TestSupport.defaultFacts), configuration: configuration, template: template).lint(annex)
        #expect(forced.findings.contains { $0.rule == "sv/mall/avsnitt-saknas" })
        #expect(forced.notices.isEmpty)
        configuration.template = TemplateSetting(path: "mall.md", files: ["upphandlingsdokument.*"])
        let excluded = Linter(ruleSet: RuleSet(rules: rules, facts: TestSupport.defaultFacts), configuration: configuration, template: template).lint(annex)
        #expect(excluded.findings.isEmpty && excluded.notices.isEmpty)
    }
}

/// Unfilled fill-in places in every format: the leftovers in text, Markdown, DOCX and ODT, and
/// the form controls only DOCX and ODT have.
@Suite struct PlaceholderTests {
    static let rule = TestSupport.defaultRules.filter { $0.metadata.id == "sv/mall/ej-ifyllt" }
    static let leftovers = ["[[organisationsnummer]]", "Klicka här för att ange text.", "XX", "[Ange utbildningens innehåll]", "ÅÅÅÅ-MM-DD"]

    @Test(arguments: ["md", "docx", "odt"])
    func everyLeftoverInEachFormat(_ format: String) throws {
        let path = TestSupport.corpusDirectory + "/skolskjuts-nordanby/upphandlingsdokument." + format
        let findings = Linter(ruleSet: RuleSet(rules: Self.rule, facts: TestSupport.defaultFacts)).lint(try DocumentLoader.load(path: path)).findings
        #expect(findings.map(\.match) == Self.leftovers)
        #expect(findings.allSatisfy { $0.severity == .error && $0.category == .template })
    }

    @Test func plainText() throws {
        let text = "Organisationsnummer: [[organisationsnummer]]\n\nAvtalet gäller från ÅÅÅÅ-MM-DD och omfattar XX fordon.\n\nKontaktperson: [Ange namn]\n"
        let findings = try TestSupport.lint(text, rules: Self.rule)
        #expect(findings.map(\.match) == ["[[organisationsnummer]]", "ÅÅÅÅ-MM-DD", "XX", "[Ange namn]"])
    }

    /// A content control (DOCX) or placeholder field (ODT) still showing its prompt, whatever
    /// the prompt says; a filled control is not flagged.
    @Test(arguments: ["word-style.docx", "writer-style.odt", "writer-style.fodt"])
    func formControls(_ fixture: String) throws {
        let path = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/" + fixture).path
        let findings = Linter(ruleSet: RuleSet(rules: Self.rule, facts: TestSupport.defaultFacts)).lint(try DocumentLoader.load(path: path)).findings
        let expected = fixture.hasSuffix(".docx") ? "Klicka här för att ange text." : "<Ange namn>"
        #expect(findings.map(\.match) == [expected])
        #expect(findings.first?.message.hasPrefix("Innehållskontrollen visar fortfarande") == true)
        #expect(!findings.contains { $0.match.contains("2026-03-15") })
    }

    /// The template's own fill-in places are meant to be empty.
    @Test func theTemplateItselfIsNotFlagged() throws {
        let path = TestSupport.corpusDirectory + "/mall-skolskjuts/mall.md"
        let template = try Template.load(path: path)
        let findings = Linter(ruleSet: RuleSet(rules: Self.rule, facts: TestSupport.defaultFacts), template: template).lint(try DocumentLoader.load(path: path)).findings
        #expect(findings.isEmpty)
        #expect(!Linter(ruleSet: RuleSet(rules: Self.rule, facts: TestSupport.defaultFacts)).lint(try DocumentLoader.load(path: path)).findings.isEmpty)
    }
}

/// #18 item 4: guidance to the template's user (a paragraph in the style "Anvisning", a
/// bracketed "[Anvisning: …]") is not text for the supplier. Language rules never lint it; in
/// a tender made from the template, it is one finding to remove.
@Suite struct InstructionTests {
    /// Written by Scripts/make-instruction-fixture.py: guidance in the style "Anvisning" and in
    /// brackets, worded in jargon, legal references and a certificate demand.
    static let path = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/instruction-style.docx").path

    static func lint(role: DocumentRole) throws -> (Document, [Finding]) {
        let document = try DocumentLoader.load(path: path)
        var configuration = Configuration()
        configuration.role = role
        return (document, Linter(ruleSet: TestSupport.defaultRuleSet, configuration: configuration).lint(document).findings)
    }

    @Test func instructionStyleIsRead() throws {
        let document = try DocumentLoader.load(path: Self.path)
        let instructions = document.blocks.filter(\.isInstruction)
        #expect(instructions.map { String($0.text.prefix(20)) } == ["Anvisning: Det åligg", "Anvisning: Ange pris"])
        #expect(!document.blocks.contains { $0.isInstruction && $0.kind.isHeading })
    }

    @Test func languageRulesNeverLintInstructions() throws {
        for role in [DocumentRole.tender, .template] {
            let (document, findings) = try Self.lint(role: role)
            let inInstructions = findings.filter { document.blocks[$0.blockIndex].isInstruction && $0.category != .template }
            #expect(inInstructions.isEmpty, "\(role): \(inInstructions.map { "\($0.rule) «\($0.match)»" })")
            // Nor inside a bracketed "[Anvisning: …]" in an ordinary paragraph.
            let bracketed = findings.filter { finding in
                guard finding.category != .template else { return false }
                let text = document.blocks[finding.blockIndex].scalars
                guard let open = text[..<finding.textRange.lowerBound].lastIndex(of: "[") else { return false }
                let opened = String(String.UnicodeScalarView(text[open...].prefix(10)))
                return opened == "[Anvisning" && !text[open..<finding.textRange.lowerBound].contains("]")
            }
            #expect(bracketed.isEmpty, "\(role): \(bracketed.map { "\($0.rule) «\($0.match)»" })")
            // Ordinary text around the guidance is linted as always.
            #expect(findings.map(\.match).contains("erhåller"))
        }
    }

    @Test func aTenderGetsOneFindingPerInstructionLeftIn() throws {
        let (document, findings) = try Self.lint(role: .tender)
        for index in document.blocks.indices where document.blocks[index].isInstruction {
            let own = findings.filter { $0.blockIndex == index && $0.rule == "sv/mall/anvisning-kvar" }
            #expect(own.count == 1, "«\(document.blocks[index].text.prefix(50))»: \(own.count) findings")
        }
        let (_, asTemplate) = try Self.lint(role: .template)
        #expect(!asTemplate.contains { $0.rule == "sv/mall/anvisning-kvar" })
    }
}
