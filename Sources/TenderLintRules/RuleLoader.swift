import Foundation
import Yams
import TenderLintCore

/// Loads rule packs: folders of YAML files, one rule per file, id = path under the pack.
public enum RuleLoader {
    /// Loads every `.yml`/`.yaml` file under `directory`, except in `data/` folders. A file
    /// that cannot be loaded is reported and skipped, so one bad rule does not stop the others.
    public static func loadPack(at directory: String) -> (rules: [any Rule], errors: [TenderLintError]) {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ([], [TenderLintError(path: directory, message: "regelmappen finns inte")])
        }
        var files: [String] = []
        var listFiles: [String] = []
        if let enumerator = FileManager.default.enumerator(atPath: root.path) {
            for case let relative as String in enumerator {
                let lower = relative.lowercased()
                guard lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") else { continue }
                // Hidden files and `data/` folders (tables that rules read) are not rules.
                let components = relative.split(separator: "/")
                guard !components.contains(where: { $0.hasPrefix(".") }) else { continue }
                if components.dropLast().contains("data") {
                    if components.last.map({ $0.lowercased() == "listor.yml" || $0.lowercased() == "listor.yaml" }) == true {
                        listFiles.append(relative)
                    }
                    continue
                }
                files.append(relative)
            }
        }
        var rules: [any Rule] = []
        var errors: [TenderLintError] = []
        // The pack's named lists first: its rules include them by name (`"@kravord"`).
        var lists: [String: [String]] = [:]
        var listsSource: String?
        for relative in listFiles.sorted() {
            let path = root.appendingPathComponent(relative).path
            do throws(TenderLintError) {
                let loaded = try loadLists(at: path)
                if let name = loaded.keys.sorted().first(where: { lists[$0] != nil }) {
                    throw TenderLintError(path: path, message: "listan ”\(name)” finns redan i en annan listfil i regelpaketet")
                }
                lists.merge(loaded) { old, _ in old }
                listsSource = listsSource.map { $0 + ", " + relative } ?? relative
            } catch {
                errors.append(error)
            }
        }
        for relative in files.sorted() {
            let path = root.appendingPathComponent(relative).path
            let id = String(relative[..<relative.lastIndex(of: ".")!])
            do {
                guard let data = FileManager.default.contents(atPath: path),
                      let yaml = String(data: data, encoding: .utf8) else {
                    throw TenderLintError(path: path, message: "regelfilen kunde inte läsas som UTF-8")
                }
                rules.append(try loadRule(yaml: yaml, id: id, path: path, lists: lists, listsSource: listsSource))
            } catch let error as TenderLintError {
                errors.append(error)
            } catch {
                errors.append(TenderLintError(path: path, message: "\(error)"))
            }
        }
        return (rules, errors)
    }

    /// Loads several packs in order (the default pack, then the configuration's and the
    /// command line's) into one rule set: every rule of each, the contract-fact words of the
    /// first pack that has them, and every file that could not be loaded.
    public static func loadPacks(at directories: [String]) -> (ruleSet: RuleSet, errors: [TenderLintError]) {
        var rules: [any Rule] = []
        var errors: [TenderLintError] = []
        var facts: StatedFactsVocabulary?
        for directory in directories {
            let pack = loadPack(at: directory)
            rules += pack.rules
            errors += pack.errors
            if facts == nil, let path = factsPath(inPack: directory) {
                do throws(TenderLintError) { facts = try StatedFactsVocabulary.load(path: path) } catch { errors.append(error) }
            }
        }
        return (RuleSet(rules: rules, facts: facts ?? .none), errors)
    }

    /// A pack's contract-fact words: `data/kontraktsuppgifter.yml` in the pack or one of its
    /// language folders (`Rules/sv/data/`).
    public static func factsPath(inPack directory: String) -> String? {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let candidates = [root.appendingPathComponent("data/kontraktsuppgifter.yml").path]
            + ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
                .filter { !$0.hasPrefix(".") }
                .map { root.appendingPathComponent($0).appendingPathComponent("data/kontraktsuppgifter.yml").path }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// A pack's named lists (`data/listor.yml`): each key a name, each value a list of words
    /// and phrases that rule files include with `"@name"`.
    static func loadLists(at path: String) throws(TenderLintError) -> [String: [String]] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw TenderLintError(path: path, message: "listfilen kunde inte läsas som UTF-8")
        }
        guard let node = try YAMLMapping.compose(text, path: path) else { return [:] }
        var yaml = try YAMLMapping(node, path: path, what: "en listfil")
        yaml.lists = [:]
        var lists: [String: [String]] = [:]
        for (key, _) in yaml.mapping {
            guard let name = key.string, !name.isEmpty else {
                throw YAMLMapping.error(path, key.mark, "en lista behöver ett namn")
            }
            lists[name] = try yaml.stringList(name) ?? []
        }
        try yaml.finish()
        return lists
    }

    /// Loads one rule from YAML text; `"@name"` in its lists stands for the named list `name`.
    public static func loadRule(
        yaml text: String, id: String, path: String, lists: [String: [String]] = [:], listsSource: String? = nil
    ) throws(TenderLintError) -> any Rule {
        guard let node = try YAMLMapping.compose(text, path: path) else {
            throw TenderLintError(path: path, message: "regelfilen är tom")
        }
        var yaml = try YAMLMapping(node, path: path, what: "en regelfil")
        yaml.lists = lists
        yaml.listsSource = listsSource
        let kindName = try yaml.string("kind", required: true)!
        guard let kind = RuleKinds.named(kindName) else {
            throw yaml.error(at: yaml.mapping[Node("kind")], "okänd regeltyp ”\(kindName)” (tillåtna: "
                + RuleKinds.all.map { $0.name }.joined(separator: ", ") + ")")
        }
        try yaml.checkKeys(allowed: RuleKinds.commonKeys + kind.keys)
        let categoryName = try yaml.string("category", required: true)!
        guard let category = Category(rawValue: categoryName) else {
            throw yaml.error(at: yaml.mapping[Node("category")], "okänd kategori ”\(categoryName)” (tillåtna: "
                + Category.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        let severityName = try yaml.string("severity", required: true)!
        guard let severity = Severity(rawValue: severityName) else {
            throw yaml.error(at: yaml.mapping[Node("severity")], "okänd allvarlighetsgrad ”\(severityName)” (tillåtna: "
                + Severity.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        let message = try yaml.string("message", required: true)!
        let unknown = MessageTemplate.unknownPlaceholders(in: message)
        if let first = unknown.first {
            throw yaml.error(at: yaml.mapping[Node("message")], "okänd platshållare {\(first)} i meddelandet (tillåtna: "
                + MessageTemplate.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ") + ")")
        }
        var yieldInside: Set<Category> = []
        for name in try yaml.stringList("yieldInside") ?? [] {
            guard let inside = Category(rawValue: name) else {
                throw yaml.error(at: yaml.mapping[Node("yieldInside")], "okänd kategori ”\(name)” i ”yieldInside” (tillåtna: "
                    + Category.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            yieldInside.insert(inside)
        }
        var metadata = RuleMetadata(
            id: id, kind: kindName, category: category, severity: severity,
            summary: try yaml.string("summary", required: true)!, message: message,
            rationale: try yaml.string("rationale", required: true)!, legalBasis: try yaml.string("legalBasis"),
            advice: try yaml.string("advice"), examples: try examples(&yaml), sourcePath: path,
            minimumDocumentWords: try yaml.int("minimumDocumentWords"),
            yieldToOtherRules: try yaml.bool("yieldToOtherRules") ?? false,
            enabledByDefault: try yaml.bool("enabledByDefault") ?? true)
        metadata.yieldInside = yieldInside
        let rule = try kind.init(metadata, &yaml)
        try yaml.finish()
        return rule
    }

    private static func examples(_ yaml: inout YAMLMapping) throws(TenderLintError) -> RuleExamples {
        guard var examples = try yaml.mapping("examples", what: "”examples”") else {
            throw YAMLMapping.error(yaml.path, yaml.mark, "nyckeln ”examples” saknas: varje regel behöver exempel")
        }
        // A flagged example is its text, or `{text: …, correction: …}` with the corrected sentence.
        var flagged: [String] = []
        var corrections: [String: String] = [:]
        for node in try examples.sequence("flagged") ?? [] {
            if let text = node.string {
                flagged.append(text)
                continue
            }
            var item = try YAMLMapping(node, path: yaml.path, what: "ett exempel")
            let text = try item.string("text", required: true)!
            flagged.append(text)
            corrections[text] = try item.string("correction", required: true)!
            try item.finish()
        }
        let accepted = try examples.stringList("accepted") ?? []
        try examples.finish()
        if flagged.isEmpty || accepted.isEmpty {
            throw YAMLMapping.error(
                yaml.path, examples.mark, "”examples” behöver både ”flagged” och ”accepted” med minst ett exempel var")
        }
        for example in flagged where ExampleMarkup.parse(example) == nil {
            throw YAMLMapping.error(
                yaml.path, examples.mark, "exemplet ”\(example)” ska markera det som flaggas med {{…}}")
        }
        return RuleExamples(flagged: flagged, accepted: accepted, corrections: corrections)
    }
}
