/// Facts about a whole document that rules of its blocks ask for, computed once on first use.
public final class DocumentContext {
    public let document: Document

    public init(document: Document) {
        self.document = document
    }

    /// What rules have seen so far in this document, by rule id: blocks are checked in
    /// reading order, so a rule can tell a first use from a later one.
    private var seen: [String: Set<String>] = [:]

    /// Records `key` for a rule; true when it had not been seen before.
    public func firstTime(rule: String, key: String) -> Bool {
        seen[rule, default: []].insert(key).inserted
    }

    private var seenNumbers = Set<Int>()

    /// The same for a numbered item of a rule (`entry` of the rule at `ruleIndex` in its set):
    /// no strings, for rules that ask on every hit.
    public func firstTime(ruleIndex: Int, entry: Int) -> Bool {
        seenNumbers.insert(ruleIndex << 32 | entry).inserted
    }

    public func hasSeen(rule: String, key: String) -> Bool {
        seen[rule]?.contains(key) ?? false
    }

    /// Where each abbreviation is first defined in parentheses, `… (ESPD)`: block and offset.
    public private(set) lazy var abbreviationDefinitions: [String: (block: Int, offset: Int)] = {
        var definitions: [String: (block: Int, offset: Int)] = [:]
        for (blockIndex, block) in document.blocks.enumerated() {
            let scalars = block.scalars
            var index = 0
            while index < scalars.count {
                defer { index += 1 }
                guard scalars[index] == "(" else { continue }
                var end = index + 1
                while end < scalars.count, end - index <= 7, Tokenizer.isUppercase(scalars[end]) { end += 1 }
                guard end < scalars.count, scalars[end] == ")", end - index - 1 >= 2 else { continue }
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                if definitions[name] == nil { definitions[name] = (blockIndex, index) }
            }
        }
        return definitions
    }()

    private var glossaries: [[String]: String] = [:]

    /// The lowercased text of every block in a section whose heading contains one of
    /// `headings` (a glossary: "Ordlista", "Begrepp", "Definitioner").
    public func glossaryText(headings: [String]) -> String {
        if let cached = glossaries[headings] { return cached }
        var text = ""
        for block in document.blocks where block.part == nil {
            guard let section = block.section?.lowercased(), headings.contains(where: section.contains) else { continue }
            text += block.text.lowercased() + "\n"
        }
        glossaries[headings] = text
        return text
    }

    /// The statutes the document names somewhere: by abbreviation (`LOU`) or SFS number.
    public private(set) lazy var namedStatutes: Set<String> = {
        var names = Set<String>()
        for block in document.blocks {
            let text = block.text
            for (abbreviation, name) in LegalCitationRecognizer.abbreviations where text.contains(abbreviation) {
                names.insert(name)
            }
            for (number, name) in LegalCitationRecognizer.sfsNumbers where text.contains(number) {
                names.insert(name)
            }
        }
        return names
    }()
}
