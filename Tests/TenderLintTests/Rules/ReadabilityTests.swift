import Foundation
import Testing
@testable import TenderLintCore
@testable import TenderLintLanguage
@testable import TenderLintRules
@testable import TenderLintEngine
import TenderLintTestSupport

/// LIX against values counted by hand, its bands, and the accessibility score's formula.
@Suite struct ReadabilityTests {
    static func lix(_ text: String, format: DocumentFormat = .text) throws -> LIXCount {
        let document = try TestSupport.document(text, format: format)
        var metrics = DocumentMetrics()
        for block in document.blocks where block.part == nil {
            metrics.add(Tokenizer.tokenize(block.scalars), block: block)
        }
        return metrics.total
    }

    struct Counted: Sendable, CustomTestStringConvertible {
        var text: String
        var words: Int
        var sentences: Int
        var long: Int
        var lix: Double
        var testDescription: String { text }
    }

    /// Each text counted by hand: words (letters, abbreviations; not numbers or §), sentences,
    /// words of more than six letters.
    static let counted: [Counted] = [
        // 7 words, 2 sentences, no long word: 3.5 + 0.
        Counted(text: "Vi köper mat. Maten ska vara god.", words: 7, sentences: 2, long: 0, lix: 3.5),
        // Leverantören, leverera, livsmedel, kommunens, förskolor are long: 9 + 100 × 5/9.
        Counted(text: "Leverantören ska leverera livsmedel till kommunens förskolor varje vecka.", words: 9, sentences: 1, long: 5,
                lix: 9 + 500.0 / 9),
        // `t.ex.` and `kap.` are words that end no sentence; `4`, `17` and `§` are no words;
        // Anbudet, innehålla, anbuden are long: 11/2 + 100 × 3/11.
        Counted(text: "Anbudet ska t.ex. innehålla priser enligt 4 kap. 17 § LOU. Vi prövar anbuden.", words: 11, sentences: 2,
                long: 3, lix: 5.5 + 300.0 / 11),
        // Numbers and dates are no words: 5 + 5 words, Avtalet long: 5 + 10.
        Counted(text: "Avtalet gäller i 3 år från 2027-08-01. Priset är 450 kronor per timme.", words: 10, sentences: 2, long: 1,
                lix: 15),
        // `bl.a.` inside, a question and an exclamation: 9 words; Leverantören, rapportera,
        // avvikelser, kvartal are long: 9/3 + 100 × 4/9.
        Counted(text: "Leverantören ska bl.a. rapportera avvikelser. Varje kvartal? Ja, varje!", words: 9, sentences: 3, long: 4,
                lix: 3 + 400.0 / 9),
    ]

    @Test(arguments: counted)
    func lixCountedByHand(_ expected: Counted) throws {
        let count = try Self.lix(expected.text)
        #expect(count.words == expected.words)
        #expect(count.sentences == expected.sentences)
        #expect(count.longWords == expected.long)
        #expect(abs(count.lix - expected.lix) < 0.01, "\(count.lix) ≠ \(expected.lix)")
    }

    /// Headings are left out; list items and table cells are sentences of their own.
    @Test func headingsListsAndTables() throws {
        // List items: Ha, F-skatt (6 letters), Ha, ansvarsförsäkring (long): 4/2 + 25.
        let list = try Self.lix("# Krav på leverantören\n\n- Ha F-skatt\n- Ha ansvarsförsäkring\n", format: .markdown)
        #expect((list.words, list.sentences, list.longWords) == (4, 2, 1))
        #expect(abs(list.lix - 27) < 0.01)
        // Cells: Krav | Svar | Leverantören ska ha miljöledningssystem | Ja: 7/4 + 100 × 2/7.
        let table = try Self.lix("| Krav | Svar |\n|---|---|\n| Leverantören ska ha miljöledningssystem | Ja |\n", format: .markdown)
        #expect((table.words, table.sentences, table.longWords) == (7, 4, 2))
        #expect(abs(table.lix - (1.75 + 200.0 / 7)) < 0.01)
    }

    @Test func publishedBands() {
        #expect(LIXCount.band(29.9) == "mycket lättläst")
        #expect(LIXCount.band(30) == "lättläst")
        #expect(LIXCount.band(45) == "medelsvår")
        #expect(LIXCount.band(55) == "svår")
        #expect(LIXCount.band(60) == "mycket svår")
    }

    @Test func sectionsAreCountedApart() throws {
        let document = try TestSupport.document("# A\n\nVi köper mat.\n\n# B\n\nLeverantören levererar livsmedel.\n", format: .markdown)
        let metrics = Linter(ruleSet: RuleSet(rules: [], facts: TestSupport.defaultFacts)).lint(document).metrics
        #expect(metrics.sections.map(\.heading) == ["A", "B"])
        #expect(metrics.sections.map(\.count.words) == [3, 3])
        #expect(abs(metrics.sections[1].count.lix - 103) < 0.01)
    }

    static func score(_ text: String) throws -> AccessibilityScore {
        try #require(Linter(ruleSet: RuleSet(rules: TestSupport.defaultRules, facts: TestSupport.defaultFacts)).lint(TestSupport.document(text, format: .markdown)).metrics.score)
    }

    static let corpusTexts = CorpusTests.documents.filter { $0.hasSuffix(".md") }

    /// The parts add up: the score is 100 less their points, never below 0.
    @Test(arguments: corpusTexts)
    func partsAddUp(_ relative: String) throws {
        let text = try String(contentsOfFile: TestSupport.corpusDirectory + "/" + relative, encoding: .utf8)
        let score = try Self.score(text)
        let lost = score.parts.reduce(0) { $0 + $1.points }
        #expect(abs(score.value - max(0, 100 - lost)) < 0.051)
        #expect(score.parts.map(\.name) == ["lix", "longSentences", "jargon", "legalReferences", "exclusionary"])
        #expect(score.parts.allSatisfy { $0.points >= 0 })
    }

    /// Adding jargon or a long sentence never raises the score.
    @Test(arguments: corpusTexts)
    func monotone(_ relative: String) throws {
        let text = try String(contentsOfFile: TestSupport.corpusDirectory + "/" + relative, encoding: .utf8)
        let before = try Self.score(text).value
        let jargon = try Self.score(text + "\nLeverantören ska erhålla ersättning och tillse att samtliga handlingar föreligger.\n").value
        #expect(jargon <= before, "jargon raised \(relative) from \(before) to \(jargon)")
        let long = "\nNär kommunen har fått in alla anbud och gått igenom dem noga kommer vi att bjuda in de leverantörer som har lämnat de bästa anbuden till ett möte där vi går igenom hur arbetet ska gå till och vad som är viktigt för oss.\n"
        let longer = try Self.score(text + long).value
        #expect(longer <= before, "a long sentence raised \(relative) from \(before) to \(longer)")
    }

    @Test func plainTextScoresHigherThanBureaucraticText() throws {
        let plain = try Self.score("# Anbud\n\nNi lämnar anbudet i verktyget. Vi svarar på frågor inom två dagar.\n")
        let heavy = try Self.score("# Anbud\n\nAnbudsgivaren skall erhålla erforderlig information avseende tillhandahållandet av anbudshandlingarna i enlighet med 4 kap. 17 § LOU, varvid anbudsgivaren äger att inkomma med frågor.\n")
        #expect(plain.value > heavy.value)
        #expect(plain.value >= 90)
    }
}
