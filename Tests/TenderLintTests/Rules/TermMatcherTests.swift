import Testing
@testable import TenderLintLanguage
@testable import TenderLintRules

@Suite struct TermMatcherTests {
    static func hits(_ terms: [String], in text: String, caseSensitive: Bool = false) -> [String] {
        var matcher = TermMatcher()
        for (index, term) in terms.enumerated() {
            matcher.add(TermSpec(text: term, payload: index, caseSensitive: caseSensitive), rule: 0)
        }
        let scalars = Array(text.unicodeScalars)
        let tokenized = Tokenizer.tokenize(scalars)
        let found = matcher.matches(in: tokenized, scalars: scalars).first ?? []
        return TermMatcher.leftmostLongest(found).map { hit in
            let range = tokenized.tokens[hit.tokens.lowerBound].start..<tokenized.tokens[hit.tokens.upperBound - 1].end
            return String(String.UnicodeScalarView(scalars[range]))
        }
    }

    @Test func wholeTokensOnlyAndCaseInsensitive() {
        #expect(Self.hits(["avseende"], in: "Avseende leveranser. I detta avseendet inget.") == ["Avseende"])
        #expect(Self.hits(["samtliga"], in: "samtligas intressen, SAMTLIGA krav") == ["SAMTLIGA"])
        #expect(Self.hits(["krav"], in: "ska-krav och bör-krav är krav") == ["krav"])
    }

    @Test func multiWordTermsAcrossLineBreaksAndSpaces() {
        #expect(Self.hits(["i enlighet med"], in: "utförs i  enlighet\nmed avtalet") == ["i  enlighet\nmed"])
        #expect(Self.hits(["i enlighet med"], in: "i enlighet, med") == [])
        // Never across a sentence boundary.
        #expect(Self.hits(["vidta åtgärder"], in: "Vi ska vidta. Åtgärder följer.") == [])
    }

    @Test func prefixTerms() {
        #expect(Self.hits(["erhåll*"], in: "erhålla, erhåller och erhållna men inte erhöll") == ["erhålla", "erhåller", "erhållna"])
        #expect(Self.hits(["vidta* åtgärd*"], in: "vidtar åtgärderna") == ["vidtar åtgärderna"])
    }

    @Test func leftmostLongestWins() {
        #expect(Self.hits(["inkomma", "inkomma med"], in: "Ni ska inkomma med anbud och inkomma.") == ["inkomma med", "inkomma"])
        #expect(Self.hits(["med", "i enlighet med"], in: "i enlighet med avtalet") == ["i enlighet med"])
    }

    @Test func caseSensitiveTerms() {
        #expect(Self.hits(["LOU"], in: "LOU och lou", caseSensitive: true) == ["LOU"])
        #expect(Self.hits(["ISO*"], in: "ISO9001 och iso14001", caseSensitive: true) == ["ISO9001"])
    }

    @Test func abbreviationsAndSymbolsAsTerms() {
        #expect(Self.hits(["t.ex."], in: "Det gäller t.ex. skolor och T.ex. förskolor") == ["t.ex.", "T.ex."])
        #expect(Self.hits(["§§"], in: "22 och 23 §§ samt 4 §") == ["§§"])
    }

    @Test func decomposedLettersMatchComposedTerms() {
        // "erhålla" and "åligger" with å written as a + U+030A (text from macOS or a PDF).
        #expect(Self.hits(["erhålla", "åligg*"], in: "Ni ska erha\u{30A}lla svar. Det a\u{30A}ligger er.") ==
                ["erha\u{30A}lla", "a\u{30A}ligger"])
    }

    @Test func notInsideLinks() {
        #expect(Self.hits(["upphandling"], in: "Se https://x.example/upphandling och upphandling@x.example.se om upphandling.") == ["upphandling"])
    }

    @Test func manyTermsCompileIntoOneTrie() {
        var matcher = TermMatcher()
        for index in 0..<5_000 { matcher.add(TermSpec(text: "ord\(index) extra", payload: index), rule: 0) }
        matcher.add(TermSpec(text: "sista ordet", payload: 5_000), rule: 0)
        #expect(matcher.termCount == 5_001)
        let scalars = Array("Här är sista ordet och ord42 extra.".unicodeScalars)
        let found = matcher.matches(in: Tokenizer.tokenize(scalars), scalars: scalars)[0]
        #expect(found.map(\.payload).sorted() == [42, 5_000])
    }
}
