import Foundation
import Testing
@testable import TenderLintLanguage
@testable import TenderLintRules
import TenderLintTestSupport

/// The citation recognizer against the example files in Tests/Fixtures/citations/: every
/// marked citation must be found with exactly its extent, and no near-miss may be reported.
@Suite struct LegalCitationTests {
    static let directory = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/citations")

    /// Lines of an example file, with `\n` and `\u00a0` unescaped; `#` lines are comments.
    static func lines(_ name: String) -> [String] {
        guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\u00a0", with: "\u{A0}") }
    }

    static func found(_ text: String) -> [Range<Int>] {
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        return LegalCitationRecognizer(tokens).citations().map {
            tokens.tokens[$0.tokens.lowerBound].start..<tokens.tokens[$0.tokens.upperBound - 1].end
        }
    }

    static func show(_ text: String, _ ranges: [Range<Int>]) -> String {
        let scalars = Array(text.unicodeScalars)
        return ranges.map { "«" + String(String.UnicodeScalarView(scalars[$0])) + "»" }.joined(separator: " ")
    }

    /// Scores the recognizer on a pair of example files: marked citations found with their exact
    /// extent, everything reported (in the near-misses too), and a line per disagreement.
    struct Score {
        var marked = 0, reported = 0, exact = 0
        var disagreements: [String] = []
        var recall: Double { Double(exact) / Double(max(marked, 1)) }
        var precision: Double { Double(exact) / Double(max(reported, 1)) }
    }

    static func score(_ folder: String) throws -> Score {
        var score = Score()
        for example in lines(folder + "citations.txt") {
            let (text, marks) = try #require(ExampleMarkup.parse(example), "no marks in «\(example)»")
            let found = found(text)
            score.marked += marks.count
            score.reported += found.count
            score.exact += found.filter(marks.contains).count
            if found != marks { score.disagreements.append("«\(text)»: expected \(show(text, marks)), found \(show(text, found))") }
        }
        for text in lines(folder + "near-misses.txt") {
            let found = found(text)
            score.reported += found.count
            if !found.isEmpty { score.disagreements.append("«\(text)» is not a citation, found \(show(text, found))") }
        }
        return score
    }

    /// The set the grammar was tuned on: every line exactly right.
    @Test func everyCitationIsFoundWithItsExactExtent() throws {
        try #require(Self.lines("citations.txt").count >= 150, "citations.txt needs at least 150 examples")
        try #require(Self.lines("near-misses.txt").count >= 50, "near-misses.txt needs at least 50 examples")
        let score = try Self.score("")
        for disagreement in score.disagreements { Issue.record("\(disagreement)") }
        #expect(score.exact == score.marked && score.reported == score.marked)
    }

    /// The held-out sets, each written by someone who had not seen the grammar (Tests/Fixtures/
    /// citations/heldout*/): the issue's quality bar, at least 95 % of the citations found with
    /// their exact extent and at least 95 % of what is reported (near-misses included) right.
    /// The first set has since been used to tune the grammar (see its header); the second is the
    /// measure on unseen text.
    @Test(arguments: ["heldout/", "heldout-2/"])
    func heldOutSetMeetsTheQualityBar(_ folder: String) throws {
        try #require(Self.lines(folder + "citations.txt").count >= 150)
        try #require(Self.lines(folder + "near-misses.txt").count >= 50)
        let score = try Self.score(folder)
        print("\(folder) citations: \(score.marked) marked, \(score.reported) reported, \(score.exact) exact; "
              + "recall \(score.recall), precision \(score.precision)")
        for disagreement in score.disagreements { print("  " + disagreement) }
        #expect(score.recall >= 0.95)
        #expect(score.precision >= 0.95)
    }

    @Test func whatACitationPointsAt() throws {
        func citation(_ text: String) -> LegalCitation? {
            LegalCitationRecognizer(Tokenizer.tokenize(Array(text.unicodeScalars))).citations().first
        }
        let lou = try #require(citation("enligt 14 kap. 4 § första stycket LOU"))
        #expect(lou.kind == .provision)
        #expect(lou.statute == "LOU")
        #expect(lou.provisions == [.init(chapter: "14", sections: ["4"])])
        let named = try #require(citation("13 kap. 3 a och 4 §§ lagen (2016:1145) om offentlig upphandling"))
        #expect(named.statute == "LOU")
        #expect(named.sfs == "2016:1145")
        #expect(named.provisions == [.init(chapter: "13", sections: ["3 a", "4"])])
        #expect(try #require(citation("LOU (2007:1091)")).statute == "ÄLOU")
        #expect(try #require(citation("lagen (2007:1091) om offentlig upphandling")).statute == "ÄLOU")
        #expect(try #require(citation("art. 42 i direktiv 2014/24/EU")).kind == .euLaw)
        #expect(try #require(citation("prop. 2015/16:195 s. 123")).kind == .preparatoryWork)
        #expect(try #require(citation("HFD 2018 ref. 67")).kind == .caseLaw)
    }
}

/// The tables derived from the statute texts by Scripts/make-law-tables.py.
@Suite struct LawTablesTests {
    static let tables: LawTables = {
        (try? LawTables.load(tables: "data/lagrum.yml", summaries: nil, rulePath: TestSupport.rulesDirectory + "/sv/x.yml"))
            ?? LawTables()
    }()

    @Test func handCheckedFactsAboutLOU() throws {
        let lou = try #require(Self.tables.chapters["LOU"])
        let inForce = lou.filter { !$0.value.repealed }.keys
        #expect(Set(inForce) == Set((1...21).map(String.init) + ["19 a"]))
        #expect(lou["14"]?.sections == (1...8).map(String.init))
        let thirteen = try #require(lou["13"]?.sections)
        #expect(["1 a", "3 a", "4 a"].allSatisfy(thirteen.contains))
        #expect(lou["22"]?.repealed == true)
        for statute in ["LUF", "LUK", "LUFS"] { #expect(Self.tables.chapters[statute]?.isEmpty == false) }
    }

    @Test func summaryKeysParse() {
        #expect(LawTables.parseKey("14 kap. 4 §")! == ("14", ["4"]))
        #expect(LawTables.parseKey("9 kap. 4-6 §§")! == ("9", ["4", "5", "6"]))
        #expect(LawTables.parseKey("13 kap. 1 och 2 §§")! == ("13", ["1", "2"]))
        #expect(LawTables.parseKey("11 kap.")! == ("11", []))
        #expect(LawTables.parseKey("bilaga 3") == nil)
    }
}
