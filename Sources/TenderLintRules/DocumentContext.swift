import Foundation
import TenderLintCore
import TenderLintLanguage

/// Facts about a whole document that rules of its blocks ask for, computed once on first use.
public final class DocumentContext {
    public let document: Document

    /// Contract facts from the configuration, which the document's own statements override.
    public let configuredFacts: ContractFacts

    /// The shared template the document is checked against, when there is one.
    public let template: Template?
    /// Whether the template applies to this document whatever its likeness (the file matched
    /// the configuration's `template.files`).
    let templateForced: Bool

    /// Whether the document may be the template file itself: not for an upload, whose name
    /// says nothing about where it is.
    let mayBeTemplate: Bool
    /// The configuration says the document is a template (`role: template`).
    let declaredTemplate: Bool

    /// The words the document's own statements of its contract facts are read by.
    public let factWords: StatedFactsVocabulary

    public init(
        document: Document, configuredFacts: ContractFacts = ContractFacts(), template: Template? = nil,
        templateForced: Bool = false, mayBeTemplate: Bool = true, declaredTemplate: Bool = false,
        factWords: StatedFactsVocabulary = .none
    ) {
        self.factWords = factWords
        self.document = document
        self.configuredFacts = configuredFacts
        self.template = template
        self.templateForced = templateForced
        self.mayBeTemplate = mayBeTemplate
        self.declaredTemplate = declaredTemplate
    }

    /// Whether the document is a template (its fill-in places are meant to be empty and its
    /// instructions meant to be there): the configuration says so (`role: template`), it is a
    /// Word or OpenDocument template file (`.dotx`, `.dotm`, `.ott`), or it is the configured
    /// template itself.
    public private(set) lazy var isTemplate: Bool = {
        if declaredTemplate { return true }
        let fileExtension = (document.path as NSString).pathExtension.lowercased()
        if ["dotx", "dotm", "ott"].contains(fileExtension) { return true }
        guard let template, mayBeTemplate else { return false }
        return Self.samePath(template.path, document.path)
    }()

    /// Instructions to the template's user found in the text (`[Anvisning: …]`), by block: the
    /// language rules' findings inside them are dropped (see `Linter`).
    public private(set) var instructionSpans: [Int: [Range<Int>]] = [:]

    public func noteInstructions(_ ranges: [Range<Int>], inBlock block: Int) {
        guard !ranges.isEmpty else { return }
        instructionSpans[block, default: []].append(contentsOf: ranges)
    }

    static func samePath(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
            == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The document aligned to the template, whether or not it resembles it: nil without a
    /// template and for the template itself.
    public private(set) lazy var templateAlignment: TemplateComparison? = {
        guard let template, !isTemplate else { return nil }
        return TemplateComparison(template: template, document: document)
    }()

    /// The alignment the template rules report on: none for a document too unlike the template
    /// to be built on it (an annex), unless forced.
    public var templateComparison: TemplateComparison? {
        guard let alignment = templateAlignment, templateForced || alignment.share >= TemplateComparison.minimumShare else { return nil }
        return alignment
    }

    /// The contract facts for this document: its front matter first, then what its text
    /// states, then the configuration. Read from the text on first use.
    public private(set) lazy var contract: ContractFacts = ContractFacts(frontMatter: document.frontMatter)
        .filling(from: .stated(in: document, vocabulary: factWords)).filling(from: configuredFacts)

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

    private var glossaries: [[String]: [UInt64]] = [:]

    /// The token hashes of every block in a section whose heading contains one of `headings`
    /// (a glossary: "Ordlista", "Begrepp", "Definitioner"), with 0 between blocks so that no
    /// phrase runs from one block into the next.
    public func glossaryTokens(headings: [String]) -> [UInt64] {
        if let cached = glossaries[headings] { return cached }
        var hashes: [UInt64] = []
        // Blocks of one section share its heading: decide once per heading.
        var decided: (section: String, isGlossary: Bool)?
        for block in document.blocks where block.part == nil {
            guard let section = block.section else { continue }
            if decided?.section != section {
                let lowercased = section.lowercased()
                decided = (section, headings.contains { Self.contains(lowercased, $0) })
            }
            guard decided?.isGlossary == true else { continue }
            hashes.append(contentsOf: Tokenizer.tokenize(block.scalars).tokens.map(\.hash))
            hashes.append(0)
        }
        glossaries[headings] = hashes
        return hashes
    }

    /// Substring search on UTF-8 (Foundation's `contains` bridges to NSString, and this runs
    /// for every section of every document).
    static func contains(_ text: String, _ part: String) -> Bool {
        let haystack = Array(text.utf8), needle = Array(part.utf8)
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    private var memos: [String: Any] = [:]

    /// A fact a rule computes once per document (`key` names the rule and the fact).
    public func memo<Value>(_ key: String, _ make: () -> Value) -> Value {
        if let value = memos[key] as? Value { return value }
        let value = make()
        memos[key] = value
        return value
    }

    /// The statutes the document names somewhere, by abbreviation (`LOU`, `LOU:s`) or SFS
    /// number (`2016:1145`), as whole words: one pass over the document's text.
    public private(set) lazy var namedStatutes: Set<String> = {
        var names = Set<String>()
        func note(_ word: ArraySlice<Unicode.Scalar>) {
            guard !word.isEmpty, word.count <= 10 else { return }
            let text = String(String.UnicodeScalarView(word))
            if let name = LegalCitationRecognizer.sfsNumbers[text] ?? LegalCitationRecognizer.abbreviations[text] {
                names.insert(name)
            } else if let colon = word.firstIndex(of: ":"), colon > word.startIndex {
                note(word[..<colon])  // `LOU:s`
            }
        }
        for block in document.blocks {
            let scalars = block.scalars
            var start = 0
            for index in 0...scalars.count {
                if index < scalars.count {
                    let scalar = scalars[index]
                    let isWordScalar = scalar.isASCII
                        ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == ":")
                        : scalar.properties.isAlphabetic
                    if isWordScalar { continue }
                }
                if index > start { note(scalars[start..<index]) }
                start = index + 1
            }
        }
        return names
    }()
}
