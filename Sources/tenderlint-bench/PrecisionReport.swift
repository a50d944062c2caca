import Foundation
import TenderLintCore
import TenderLintRules
import TenderLintEngine
import TenderLintEvaluation

/// `tenderlint-bench precision [DIRECTORY] [--misses]`: lints the labelled evaluation set
/// (default `Eval/`) with the bundled rules and prints precision and recall per category,
/// group and rule; `--misses` adds every false alarm and miss.
enum PrecisionReport {
    static func run(_ arguments: [String]) {
        let directory = arguments.first { !$0.hasPrefix("--") } ?? "Eval"
        guard let rulesDirectory = RulePackLocator.defaultRulesDirectory() else {
            print("hittar inte Rules/; kör från förrådet eller sätt TENDERLINT_RULES")
            exit(2)
        }
        let pack = LintSession().rules(in: [rulesDirectory])
        guard pack.errors.isEmpty else {
            print(pack.errors.map(\.description).joined(separator: "\n"))
            exit(2)
        }
        let categories = Dictionary(uniqueKeysWithValues: pack.ruleSet.rules.map { ($0.metadata.id, $0.metadata.category) })
        let set: EvaluationSet
        do {
            set = try EvaluationSet.load(directory: directory, ruleCategories: categories)
        } catch {
            FileHandle.standardError.write(Data("tenderlint-bench: \(error)\n".utf8))
            exit(2)
        }
        let evaluation = Evaluation.run(set, ruleSet: pack.ruleSet)
        print(evaluation.table())
        if arguments.contains("--misses") { print(evaluation.details()) }
        if !evaluation.unplaced.isEmpty && !arguments.contains("--misses") {
            print("\n\(evaluation.unplaced.count) labels not found in their text (see --misses)")
        }
    }
}
