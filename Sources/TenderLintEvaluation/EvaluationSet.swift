import Foundation
import TenderLintCore
import TenderLintEngine
import Yams

/// The labelled evaluation set under `Eval/` (its format: `Eval/README.md`): pieces of
/// real-style text, each with what an expert flags and what is fine either way.
public struct EvaluationSet: Sendable {
    public var entries: [Entry]

    public struct Entry: Sendable {
        public var id: String
        /// The file the entry is written in, relative to the set's directory.
        public var source: String
        public var text: String?
        /// A document file (DOCX, ODT) to lint instead of `text`.
        public var file: String?
        public var format: DocumentFormat
        public var role: Role
        public var configuration: Configuration
        public var flagged: [Label]
        public var either: [Label]
        /// clauses, prose or documents (the directory).
        public var group: String
    }

    public enum Role: String, Sendable { case tender = "anbud", template = "mall" }

    public struct Label: Sendable, Hashable {
        public var rule: String?
        public var category: Category
        public var text: String
        public var note: String?

        func admits(_ finding: Finding) -> Bool {
            finding.category == category && (rule == nil || rule == finding.rule)
        }
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads every `*.yml` under the set's subdirectories.
    /// `ruleCategories`: the category of each rule id, for labels that name only the rule.
    public static func load(directory: String, ruleCategories: [String: Category]) throws -> EvaluationSet {
        let fileManager = FileManager.default
        var entries: [Entry] = []
        var seen: Set<String> = []
        for group in ["klausuler", "prosa", "dokument"] {
            let folder = (directory as NSString).appendingPathComponent(group)
            let names = ((try? fileManager.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yml") }.sorted()
            for name in names {
                let path = (folder as NSString).appendingPathComponent(name)
                let loaded = try entriesOf(
                    file: path, source: group + "/" + name, group: group, folder: folder, ruleCategories: ruleCategories)
                for entry in loaded {
                    guard seen.insert(entry.id).inserted else {
                        throw LoadError(description: "\(path): id ”\(entry.id)” finns redan")
                    }
                    entries.append(entry)
                }
            }
        }
        return EvaluationSet(entries: entries)
    }

    private static func entriesOf(
        file path: String, source: String, group: String, folder: String, ruleCategories: [String: Category]
    ) throws -> [Entry] {
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        let parsed: Any?
        do {
            parsed = try Yams.load(yaml: yaml)
        } catch {
            throw LoadError(description: "\(path): \(error)")
        }
        guard let root = parsed as? [String: Any] else {
            throw LoadError(description: "\(path): väntade en mappning")
        }
        let fileContract = root["kontrakt"]
        guard let items = (root["klausuler"] ?? root["dokument"]) as? [[String: Any]] else {
            throw LoadError(description: "\(path): saknar ”klausuler:” eller ”dokument:”")
        }
        return try items.map { item in
            guard let id = item["id"] as? String else { throw LoadError(description: "\(path): en post saknar id") }
            func fail(_ message: String) -> LoadError { LoadError(description: "\(path): \(id): \(message)") }
            let formatName = (item["format"] as? String) ?? "text"
            let format: DocumentFormat
            switch formatName {
            case "text": format = .text
            case "markdown": format = .markdown
            case "docx": format = .docx
            case "odt": format = .odt
            default: throw fail("okänt format ”\(formatName)”")
            }
            let text = item["text"] as? String
            let file = (item["fil"] as? String).map { (folder as NSString).appendingPathComponent($0) }
            guard (text == nil) != (file == nil) else { throw fail("ange antingen text eller fil") }
            guard let role = Role(rawValue: (item["roll"] as? String) ?? "anbud") else { throw fail("roll ska vara anbud eller mall") }
            var configuration = try contractConfiguration(item["kontrakt"] ?? fileContract, path: path)
            if role == .template { configuration.role = .template }
            return Entry(
                id: id, source: source, text: text, file: file, format: format, role: role,
                configuration: configuration,
                flagged: try labels(item["flaggas"], ruleCategories, fail: fail),
                either: try labels(item["kan"], ruleCategories, fail: fail),
                group: group)
        }
    }

    private static func contractConfiguration(_ node: Any?, path: String) throws -> Configuration {
        guard let node else { return Configuration() }
        let yaml = try Yams.dump(object: ["contract": node])
        return try Configuration.parse(yaml, path: path)
    }

    private static func labels(
        _ node: Any?, _ ruleCategories: [String: Category], fail: (String) -> LoadError
    ) throws -> [Label] {
        guard let node else { return [] }
        guard let items = node as? [[String: Any]] else { throw fail("etiketterna ska vara en lista av mappningar") }
        return try items.map { item in
            guard let text = item["text"] as? String, !text.isEmpty else { throw fail("en etikett saknar text") }
            let rule = item["regel"] as? String
            if let rule, ruleCategories[rule] == nil { throw fail("okänd regel ”\(rule)”") }
            guard let category = (item["kategori"] as? String).flatMap(Category.init(rawValue:)) ?? rule.flatMap({ ruleCategories[$0] })
            else { throw fail("etiketten ”\(text)” saknar en känd kategori") }
            return Label(rule: rule, category: category, text: text, note: item["anm"] as? String)
        }
    }
}
