import Foundation
import Testing
import TenderLintCore
@testable import TenderLintLanguage
import TenderLintEngine
@testable import TenderLintReports
import TenderLintTestSupport

/// Where real documents end a sentence without a period, which language a block is in, and
/// what the Swedish lexicon knows.
@Suite struct SentenceAndLanguageTests {
    @Test func tabsAndShortLinesEndSentences() {
        // A heading line without a period, then its text.
        #expect(TokenizerTests.sentences("Vem kan bli leverantör till kommunen\nAlla företag som har F-skatt kan lämna anbud på uppdrag som passar dem.")
            == ["Vem kan bli leverantör till kommunen", "Alla företag som har F-skatt kan lämna anbud på uppdrag som passar dem."])
        // Table cells separated by tabs.
        #expect(TokenizerTests.sentences("Nivå 1\tGrundläggande\tRutiner saknas") == ["Nivå 1", "Grundläggande", "Rutiner saknas"])
        // A period before a bracket ends the sentence.
        #expect(TokenizerTests.sentences("Ange timpris. [Anvisning: stryk detta.]").count == 2)
        // The lines of a hard-wrapped paragraph are about as long: their breaks are spaces,
        // also before a capital (a name).
        let wrapped = "Leverantören ska lämna en rapport om uppdraget till beställaren i\nVästerby kommun varje kvartal och ska då redovisa avvikelser och åtgärder."
        #expect(TokenizerTests.sentences(wrapped).count == 1)
        // A line ending in a comma goes on.
        #expect(TokenizerTests.sentences("Leverantören ska ha,\nSom minst, två bilar.").count == 1)
    }

    @Test func englishBlocksAreTold() {
        func guess(_ text: String) -> String? { LanguageGuess.of(Tokenizer.tokenize(Array(text.unicodeScalars))) }
        #expect(guess("This procurement is conducted in Swedish. Tenders may be submitted in English, but the contract will be in Swedish.") == "en")
        #expect(guess("Upphandlingen genomförs som ett öppet förfarande och anbud ska lämnas i upphandlingsverktyget.") == "sv")
        // Swedish with English terms and IT is still Swedish.
        #expect(guess("Konsulten ska ha erfarenhet av Microsoft Azure och IT-drift i en kommun med minst tre referenser.") == "sv")
        // Too short to tell.
        #expect(guess("Summary in English") == nil)
    }

    @Test func englishBlockGetsNoSwedishFindingsAndIsReported() throws {
        let text = """
            # Instructions in English

            This procurement is conducted in Swedish, and all of the documents that form part of the tender must be submitted in Swedish. Questions may be asked in English, but the answers will be published in Swedish to all suppliers who have downloaded the documents.

            Leverantören ska i enlighet med kontraktet tillse att samtliga anställda har erforderlig utbildning.
            """
        let document = try TestSupport.document(text, format: .markdown)
        let result = Linter(ruleSet: TestSupport.defaultRuleSet).lint(document)
        #expect(result.findings.allSatisfy { $0.range.start.line == 5 }, "\(result.findings.map(\.match))")
        #expect(!result.findings.isEmpty)
        #expect(result.metrics.otherLanguages.map(\.language) == ["en"])
        // Most of its words are English: the file's language is English.
        #expect(result.metrics.language == "en")
        let swedish = try TestSupport.document(text + "\n" + String(repeating: "Leverantören ska leverera varorna i tid till skolorna. ", count: 8) + "\n", format: .markdown)
        #expect(Linter(ruleSet: TestSupport.defaultRuleSet).lint(swedish).metrics.language == "sv")
        let json = JSONReporter.file(FileReport(document, result)).serialized()
        #expect(json.contains("\"otherLanguages\""))
    }

    @Test func lexiconTellsWordsFromAdHocCompounds() throws {
        let lexicon = try #require(SwedishLexicon.shared, "hunspell-sv is installed by Scripts/dev.sh deps")
        #expect(lexicon.isLexicalised("ramavtal"))
        #expect(lexicon.isLexicalised("leverantörs"))
        #expect(!lexicon.isLexicalised("leverantörsuppföljningsrapporten"))
        #expect(lexicon.parts(of: "leverantörsuppföljningsrapporten", minimumPart: 3) == ["leverantörs", "uppföljnings", "rapporten"])
        #expect(lexicon.parts(of: "qxzvbnmkl", minimumPart: 3) == nil)
        // A word the caller counts as one part merges what the dictionary splits.
        #expect(lexicon.parts(of: "kvalitetsledningssystem", minimumPart: 3) { $0 == "kvalitetsledningssystem" } == ["kvalitetsledningssystem"])
    }
}
