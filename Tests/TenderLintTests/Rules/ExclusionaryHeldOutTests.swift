import Foundation
import Testing
@testable import TenderLintLanguage
@testable import TenderLintRules
@testable import TenderLintEngine
import TenderLintTestSupport

/// The exclusionary checks against five held-out sets, each written by someone who had not seen
/// the checks (Tests/Fixtures/exclusionary/heldout/ … heldout-5/, each written after the checks
/// had been tuned on the ones before; heldout-5 was never tuned on): one file per check, `+` lines the check must flag, `-`
/// lines it must not, `@värde` and `@typ` setting the contract facts for the lines after.
/// The bar, for each set: at least 90 % of the `+` lines flagged, at least 95 % of the
/// flagged lines right, over the whole set.
@Suite struct ExclusionaryHeldOutTests {
    static let directory = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/exclusionary")

    /// Which rules answer for each file (a check may be split into several rule ids).
    static let checks: [String: [String]] = [
        "omsattning": ["omsattningskrav"],
        "referenser": ["referenser-antal", "referenser-alder", "referenser-omfattning", "referenser-varde", "referenser-offentlig"],
        "certifikat": ["certifikat-utan-likvardigt"],
        "varumarken": ["varumarke-utan-likvardigt", "ursprungskrav"],
        "lokal-narvaro": ["lokal-narvaro", "lokal-forankring"],
        "installelsetid": ["installelsetid"],
        "foretagets-alder": ["foretagets-alder", "nystartade-foretag"],
        "kreditbetyg": ["kreditbetyg"],
        "anstallda": ["antal-anstallda"],
        "forsakring": ["forsakringsbelopp"],
        "befintlig-leverantor": ["befintlig-leverantor"],
    ]

    struct Line {
        var text: String
        var flag: Bool
        var facts: ContractFacts
    }

    static func lines(_ set: String, _ name: String) throws -> [Line] {
        let url = directory.appendingPathComponent(set).appendingPathComponent(name + ".txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var facts = ContractFacts()
        var lines: [Line] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            if raw.hasPrefix("@värde") {
                let rest = raw.dropFirst("@värde".count).trimmingCharacters(in: .whitespaces)
                facts.estimatedValue = nil
                facts.valuePeriod = nil
                guard rest != "okänt" else { continue }
                let tokens = Tokenizer.tokenize(Array(rest.unicodeScalars))
                facts.estimatedValue = QuantityRecognizer(tokens).quantities().first { $0.kind == .money }?.value
                facts.valuePeriod = rest.hasSuffix("totalt") ? .total : .year
            } else if raw.hasPrefix("@typ") {
                facts.contractKind = raw.dropFirst("@typ".count).trimmingCharacters(in: .whitespaces)
            } else if raw.hasPrefix("+ ") || raw.hasPrefix("- ") {
                lines.append(Line(text: String(raw.dropFirst(2)), flag: raw.hasPrefix("+"), facts: facts))
            }
        }
        return lines
    }

    struct Score {
        var positives = 0, found = 0, reported = 0, falseAlarms = 0
        var misses: [String] = []
        var recall: Double { Double(found) / Double(max(positives, 1)) }
        var precision: Double { Double(reported - falseAlarms) / Double(max(reported, 1)) }
    }

    static func score(_ set: String, _ file: String) throws -> Score {
        let ids = Set(checks[file, default: []].map { "sv/exkluderande/" + $0 })
        let rules = TestSupport.defaultRules.filter { ids.contains($0.metadata.id) }
        var score = Score()
        for line in try lines(set, file) {
            var configuration = Configuration()
            configuration.contract = line.facts
            let flagged = !(try TestSupport.lint(line.text + "\n", rules: rules, configuration: configuration)).isEmpty
            if line.flag { score.positives += 1 }
            if flagged { score.reported += 1 }
            if line.flag && flagged { score.found += 1 }
            if !line.flag && flagged { score.falseAlarms += 1 }
            if line.flag != flagged { score.misses.append((line.flag ? "missed: " : "false alarm: ") + line.text) }
        }
        return score
    }

    @Test(arguments: ["heldout", "heldout-2", "heldout-3", "heldout-4", "heldout-5"])
    func heldOutSetMeetsTheQualityBar(_ set: String) throws {
        var total = Score()
        for file in Self.checks.keys.sorted() {
            let score = try Self.score(set, file)
            #expect(score.positives >= 25, "\(set)/\(file).txt has too few lines to flag")
            print(String(format: "%-32@ + %3d, found %3d (recall %.2f), reported %3d, false alarms %2d (precision %.2f)",
                         "\(set)/\(file)" as NSString, score.positives, score.found, score.recall, score.reported, score.falseAlarms,
                         score.precision))
            if ProcessInfo.processInfo.environment["TENDERLINT_SHOW_MISSES"] != nil {
                for miss in score.misses { print("    " + miss) }
            }
            total.positives += score.positives
            total.found += score.found
            total.reported += score.reported
            total.falseAlarms += score.falseAlarms
        }
        print(String(format: "%@, all exclusionary checks: recall %.3f, precision %.3f", set as NSString, total.recall,
                     total.precision))
        #expect(total.recall >= 0.90)
        #expect(total.precision >= 0.95)
    }
}
