import Foundation
import Yams
import TenderLintCore
import TenderLintLanguage

/// The chapters and sections of the procurement statutes (`Rules/sv/data/lagrum.yml`, made by
/// `Scripts/make-law-tables.py` from the statute texts), and plain-language summaries of
/// the provisions tenders cite most (`Rules/sv/data/lou-bestammelser.yml`).
public struct LawTables: Sendable {
    public struct Chapter: Sendable {
        public var title: String
        public var sections: [String]
        public var repealed: Bool
    }

    public struct Summary: Sendable {
        public var key: String
        public var chapter: String
        /// Empty: the summary is of the whole chapter.
        public var sections: Set<String>
        public var text: String
    }

    /// Statute abbreviation → chapter id → chapter.
    public var chapters: [String: [String: Chapter]] = [:]
    public var summaries: [String: [Summary]] = [:]

    public init() {}

    static func load(tables: String?, summaries: String?, rulePath: String) throws(TenderLintError) -> LawTables {
        var result = LawTables()
        let base = URL(fileURLWithPath: rulePath).deletingLastPathComponent()
        func node(_ relative: String) throws(TenderLintError) -> (YAMLMapping, String) {
            let path = base.appendingPathComponent(relative).standardizedFileURL.path
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw TenderLintError(path: rulePath, message: "datafilen \(relative) finns inte eller kunde inte läsas")
            }
            guard let root = try YAMLMapping.compose(text, path: path) else {
                throw TenderLintError(path: path, message: "datafilen är tom")
            }
            return (try YAMLMapping(root, path: path, what: "datafilen"), path)
        }
        if let tables {
            let (yaml, path) = try node(tables)
            for (statuteNode, statuteValue) in yaml.mapping {
                guard let statute = statuteNode.string else { continue }
                var statuteMapping = try YAMLMapping(statuteValue, path: path, what: "lagen \(statute)")
                guard var chapters = try statuteMapping.mapping("chapters", what: "”chapters”") else { continue }
                for (chapterNode, chapterValue) in chapters.mapping {
                    guard let id = chapterNode.string else { continue }
                    _ = chapters.node(id)
                    var chapter = try YAMLMapping(chapterValue, path: path, what: "kapitlet \(id)")
                    result.chapters[statute, default: [:]][id] = Chapter(
                        title: try chapter.string("title") ?? "", sections: try chapter.stringList("sections") ?? [],
                        repealed: try chapter.bool("repealed") ?? false)
                }
            }
        }
        if let summaries {
            let (yaml, path) = try node(summaries)
            for (statuteNode, statuteValue) in yaml.mapping {
                guard let statute = statuteNode.string else { continue }
                let entries = try YAMLMapping(statuteValue, path: path, what: "lagen \(statute)")
                for (keyNode, valueNode) in entries.mapping {
                    guard let key = keyNode.string, let text = valueNode.string else { continue }
                    guard let (chapter, sections) = parseKey(key) else {
                        throw YAMLMapping.error(path, keyNode.mark, "”\(key)” är ingen bestämmelse (t.ex. ”14 kap. 4 §” eller ”9 kap. 4-6 §§”)")
                    }
                    result.summaries[statute, default: []].append(Summary(key: key, chapter: chapter, sections: sections, text: text))
                }
            }
        }
        return result
    }

    /// `14 kap. 4 §`, `9 kap. 4-6 §§`, `13 kap. 1 och 2 §§`, `11 kap.`: the chapter and its sections.
    static func parseKey(_ key: String) -> (String, Set<String>)? {
        let scalars = Array(key.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        guard let citation = LegalCitationRecognizer(tokens).citations().first, citation.provisions.count == 1,
              let chapter = citation.provisions[0].chapter else { return nil }
        var sections = Set<String>()
        let cited = citation.provisions[0].sections
        // A range `4-6` was listed as its ends: fill it in.
        let text = String(key)
        if cited.count == 2, text.contains("-") || text.contains("–"), let low = Int(cited[0]), let high = Int(cited[1]), low <= high {
            for number in low...high { sections.insert(String(number)) }
        } else {
            sections = Set(cited)
        }
        return (chapter, sections)
    }

    /// The most specific summary of a cited section (or chapter) of a statute.
    public func summary(statute: String, chapter: String, section: String?) -> Summary? {
        let candidates = (summaries[statute] ?? []).filter { $0.chapter == chapter }
        if let section {
            return candidates.filter { $0.sections.contains(section) }.min { $0.sections.count < $1.sections.count }
        }
        return candidates.first { $0.sections.isEmpty }
    }
}
