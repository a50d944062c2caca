import Foundation
import TenderLintCore

/// The words by which a tender's own text states its contract facts (`ContractFacts.stated`):
/// a rule pack's `data/kontraktsuppgifter.yml`. Without one (`none`), a text states nothing and
/// the facts come from front matter and configuration only.
public struct StatedFactsVocabulary: Sendable {
    var cues: [[Unicode.Scalar]] = []
    var value: Set<String> = []
    var estimate: Set<String> = []
    var yearly: Set<String> = []
    var perYear: [String] = []
    var wholeContract: Set<String> = []
    var length: Set<String> = []
    var runsSubject: String?
    var runsVerbs: Set<String> = []
    var option: Set<String> = []
    var times: String?
    var total: Set<String> = []
    var procedures: [(words: [String], name: String)] = []
    var works: Set<String> = []
    var worksKind: String?

    /// States nothing.
    public static let none = StatedFactsVocabulary()

    /// Whether there is anything to read with.
    public var isEmpty: Bool { cues.isEmpty }

    /// Reads `data/kontraktsuppgifter.yml`; every key is required, so a misspelt one is an
    /// error rather than a silently shorter list.
    public static func load(path: String) throws(TenderLintError) -> StatedFactsVocabulary {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw TenderLintError(path: path, message: "datafilen kunde inte läsas som UTF-8")
        }
        guard let node = try YAMLMapping.compose(text, path: path) else {
            throw TenderLintError(path: path, message: "datafilen är tom")
        }
        var yaml = try YAMLMapping(node, path: path, what: "kontraktsuppgifternas datafil")
        func list(_ key: String) throws(TenderLintError) -> [String] {
            guard let values = try yaml.stringList(key), !values.isEmpty else {
                throw YAMLMapping.error(path, yaml.mark, "nyckeln ”\(key)” saknas eller är tom")
            }
            return values.map { $0.lowercased() }
        }
        var vocabulary = StatedFactsVocabulary()
        vocabulary.cues = try list("cues").map { Array($0.unicodeScalars) }
        vocabulary.value = Set(try list("value"))
        vocabulary.estimate = Set(try list("estimate"))
        vocabulary.yearly = Set(try list("yearly"))
        vocabulary.perYear = try list("perYear")
        vocabulary.wholeContract = Set(try list("wholeContract"))
        vocabulary.length = Set(try list("length"))
        guard var runs = try yaml.mapping("runs", what: "”runs”") else {
            throw YAMLMapping.error(path, yaml.mark, "nyckeln ”runs” saknas")
        }
        vocabulary.runsSubject = try runs.string("subject", required: true)?.lowercased()
        guard let verbs = try runs.stringList("verbs"), !verbs.isEmpty else {
            throw YAMLMapping.error(path, runs.mark, "nyckeln ”verbs” saknas eller är tom")
        }
        vocabulary.runsVerbs = Set(verbs.map { $0.lowercased() })
        try runs.finish()
        vocabulary.option = Set(try list("option"))
        vocabulary.times = try yaml.string("times", required: true)?.lowercased()
        vocabulary.total = Set(try list("total"))
        vocabulary.procedures = try list("procedures").map { name in
            (name.split(separator: " ").map(String.init), name)
        }
        vocabulary.works = Set(try list("works"))
        vocabulary.worksKind = try yaml.string("worksKind", required: true)
        try yaml.finish()
        return vocabulary
    }
}
