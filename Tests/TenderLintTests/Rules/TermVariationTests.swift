import Testing
@testable import TenderLintCore
import TenderLintTestSupport

/// The findings of one rule of the default pack on a text.
private func findings(_ text: String, rule id: String) throws -> [Finding] {
    try TestSupport.lint(text, rules: TestSupport.defaultRules.filter { $0.metadata.id == id })
}

/// Two words for one thing: the message says only what is true of the document.
struct TermVariationTests {
    static func findings(_ text: String) throws -> [Finding] {
        try TenderLintTests.findings(text, rule: "sv/konsekvens/ordval")
    }

    /// The recommended word wins even when it is used less, and the message does not claim
    /// that it is used more; one use is "1 gång"; the word to use is given in the match's
    /// own inflection where the group lists both words' inflections alike.
    @Test func recommendedWordUsedLessIsNotCalledMoreFrequent() throws {
        let found = try Self.findings(
            "Anbudslämnarens pris prövas. Anbudslämnaren ska lämna referenser. Anbudslämnaren ska ha F-skatt. Anbudsgivaren svarar.")
        #expect(found.count == 3)
        let first = try #require(found.first)
        #expect(first.match == "Anbudslämnarens")
        #expect(first.message.contains("samma sak som ”anbudsgivarens”"), "\(first.message)")
        #expect(first.message.contains("”anbudsgivare” 1 gång och ”anbudslämnare” 3 gånger"), "\(first.message)")
        #expect(first.message.contains("”anbudsgivare” är det ord som rekommenderas"), "\(first.message)")
        #expect(!first.message.contains("oftare"))
    }

    /// Two words neither of which is the recommended one, used equally often: no finding, since
    /// neither is the document's word.
    @Test func noFindingOnATieWithoutTheRecommendedWord() throws {
        #expect(try Self.findings("Kravspecen beskriver tjänsten. Kravbilagan finns i bilaga 1.").isEmpty)
        let unequal = try Self.findings("Kravspecen beskriver tjänsten. Kravspecen är bilaga 1. Kravbilagan finns i bilaga 1.")
        #expect(unequal.map(\.match) == ["Kravbilagan"])
        #expect(unequal.first?.message.contains("”kravspec” 2 gånger och ”kravbilaga” 1 gång") == true)
    }
}

/// One thing named two ways within one paragraph: the paragraph's word is the one it uses most,
/// the message names it, and a paragraph is judged on its own.
struct TermSwitchTests {
    static func findings(_ text: String) throws -> [Finding] {
        try TenderLintTests.findings(text, rule: "sv/konsekvens/byte-i-stycket")
    }

    /// The word used less is flagged even when it comes first, and the message asks for the
    /// word the paragraph uses most; each other word is flagged once.
    @Test func theParagraphsMostUsedWordWins() throws {
        let found = try Self.findings(
            "Vid FKU ska leverantören lämna sitt anbud inom tio dagar. Avropssvaret ska innehålla CV. Avropssvar som kommer in för sent prövas inte. Ett anbud kan inte ändras.")
        #expect(found.map(\.match) == ["anbud"])
        #expect(found.first?.message.contains("Använd ”Avropssvaret” i hela stycket") == true, "\(found.first?.message ?? "")")
    }

    /// The same two words in two paragraphs are two paragraphs' words: no finding.
    @Test func eachParagraphOnItsOwn() throws {
        #expect(try Self.findings("Köparen ska reklamera fel inom skälig tid.\n\nBeställaren har rätt till avdrag på fakturan.").isEmpty)
        #expect(try Self.findings("Köparen ska reklamera fel inom skälig tid. Beställaren har rätt till avdrag på fakturan.").count == 1)
    }

    /// The buyer's own name against a party word: only where both are written as names.
    @Test func aNameCountsOnlyWrittenAsOne() throws {
        #expect(try Self.findings("Leveranser sker till skolor i kommunen. Beställaren anger leveransadress vid varje avrop.").isEmpty)
        #expect(try Self.findings("Beställaren anger leveransadress. Om Kommunen finner brister ska de åtgärdas.").map(\.match) == ["Kommunen"])
    }
}
