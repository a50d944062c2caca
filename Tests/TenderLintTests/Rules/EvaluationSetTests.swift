import Foundation
import Testing
import TenderLintCore
import TenderLintEvaluation
import TenderLintTestSupport

/// The labelled evaluation set in Eval/ (text written in the style of real published tenders,
/// labelled with what an expert flags): every label sits in its text, and no category falls
/// below the precision and recall it has reached. The floors are the figures measured when they
/// were last raised, a few points down for ties; raise them as the rules get better.
@Suite struct EvaluationSetTests {
    static let evaluation: Evaluation = {
        let categories = Dictionary(uniqueKeysWithValues: TestSupport.defaultRules.map { ($0.metadata.id, $0.metadata.category) })
        let set = try! EvaluationSet.load(
            directory: TestSupport.repositoryRoot.appendingPathComponent("Eval").path, ruleCategories: categories)
        return Evaluation.run(set, ruleSet: TestSupport.defaultRuleSet)
    }()

    @Test func everyLabelIsInItsText() {
        #expect(Self.evaluation.entries >= 200)
        #expect(Self.evaluation.unplaced.isEmpty, "\(Self.evaluation.unplaced)")
    }

    /// (precision, recall) floors per category.
    static let floors: [Category: (Double, Double)] = [
        .legalReference: (0.95, 0.95),
        .jargon: (0.90, 0.78),
        .exclusionary: (0.92, 0.72),
        .readability: (0.85, 0.83),
        .template: (0.95, 0.90),
        .consistency: (0.80, 0.25),
    ]

    @Test(arguments: Category.allCases)
    func categoryHoldsItsFloor(_ category: Category) throws {
        let tally = try #require(Self.evaluation.byCategory[category])
        let (precision, recall) = try #require(Self.floors[category])
        #expect((tally.precision ?? 0) >= precision, "\(category.rawValue): precision \(tally.precision ?? 0)")
        #expect((tally.recall ?? 0) >= recall, "\(category.rawValue): recall \(tally.recall ?? 0)")
    }
}
