import Foundation
import TenderLintCore
import TenderLintLanguage

/// Long ad-hoc compounds (`långa-ord`): a word of at least `minimumLetters` letters that the
/// Swedish lexicon does not have as a word of its own and that splits into at least
/// `minimumParts` parts ("leverantörs + uppföljnings + rapporten"). Established compounds of
/// the field (`fieldWords`, counted as one part), words the lexicon has, names, ALL-CAPS
/// labels, web and e-mail addresses, words in legal citations and terms the document defines
/// itself (in quotes, after "nedan kallad", at the head of a glossary line) are left alone.
/// Without the lexicon (Debian's `hunspell-sv`) the rule cannot tell and keeps quiet.
public struct LongCompoundRule: Rule {
    public let metadata: RuleMetadata
    let minimumLetters: Int
    let minimumParts: Int
    let minimumPart: Int
    /// A compound this long is flagged whatever its number of parts.
    let alwaysLetters: Int
    /// Longer "words" are not looked up (an identifier, a code, hostile input).
    let maximumLetters: Int
    /// Compounds every reader of tenders takes as one word, in lower case.
    let fieldWords: Set<String>
    let exceptions: [String]
    let exceptionsInside: [String]
    /// Words after which the next word is a term the document defines ("nedan kallad").
    let definitionCues: Set<String>
    let lexicon: SwedishLexicon?
    /// Each word's split, once per run: a document repeats its long words, and a split asks the
    /// lexicon about every substring.
    let splits = SplitCache()
    static let lookupsPerDocument = 500

    final class SplitCache: @unchecked Sendable {
        private let lock = NSLock()
        private var splits: [String: [String]?] = [:]

        func isKnown(_ word: String) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            return splits[word] != nil
        }

        func split(_ word: String, _ make: () -> [String]?) -> [String]? {
            lock.lock()
            if let known = splits[word] {
                lock.unlock()
                return known
            }
            lock.unlock()
            let made = make()
            lock.lock()
            if splits.count >= 50_000 { splits.removeAll(keepingCapacity: true) }
            splits[word] = made
            lock.unlock()
            return made
        }
    }

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        minimumLetters = try yaml.int("minimumLetters") ?? 21
        minimumParts = try yaml.int("minimumParts") ?? 3
        minimumPart = try yaml.int("minimumPart") ?? 3
        alwaysLetters = try yaml.int("alwaysLetters") ?? 30
        maximumLetters = try yaml.int("maximumLetters") ?? 60
        fieldWords = Set((try yaml.stringList("fieldWords") ?? []).map { $0.lowercased() })
        exceptions = (try yaml.stringList("exceptions") ?? []).map { $0.lowercased() }
        exceptionsInside = (try yaml.stringList("exceptionsInside") ?? []).map { $0.lowercased() }
        definitionCues = Set((try yaml.stringList("definitionCues") ?? []).map { $0.lowercased() })
        lexicon = SwedishLexicon.shared
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard let lexicon else { return }
        let text = context.tokens
        let tokens = text.tokens
        for (index, token) in tokens.enumerated() where token.kind == .word && token.range.count >= minimumLetters {
            var letters = 0, upper = 0
            for scalar in text.scalars[token.range] where Tokenizer.isLetter(scalar) {
                letters += 1
                if scalar.properties.isUppercase { upper += 1 }
            }
            // Letters only (`e-post` is not long for its hyphen); an ALL-CAPS table label is a label.
            // A "word" of more than `maximumLetters` letters is no word (an identifier, a code).
            guard letters >= minimumLetters, letters <= maximumLetters, upper < letters else { continue }
            let key = text.key(of: token)
            if exceptions.contains(where: { key.hasPrefix($0) }) || exceptionsInside.contains(where: { key.contains($0) }) { continue }
            if context.isProperName(tokens: index..<(index + 1)) { continue }
            let range = context.scalarRange(tokens: index..<(index + 1))
            if context.isInCitation(range) { continue }
            // A document gets a bounded number of new look-ups: thousands of distinct long words
            // are no prose, and each costs the dictionary a few milliseconds.
            let lookups: Notes<Int> = context.documentContext.memo(metadata.id + "/lookups") { Notes(0) }
            guard lookups.value < Self.lookupsPerDocument || splits.isKnown(key) else { continue }
            if !splits.isKnown(key) { lookups.value += 1 }
            guard let parts = split(key, lexicon: lexicon), parts.count >= minimumParts || (parts.count > 1 && letters >= alwaysLetters)
            else { continue }
            if definedTerms(context.documentContext).contains(where: { Self.sameWord($0, key) }) { continue }
            let match = context.block.text(in: range)
            findings.append(RuleFinding(range: range, message: MessageTemplate.fill(metadata.message, values: [
                "match": match, "term": match, "value": String(parts.count), "detail": parts.joined(separator: " + "),
            ])))
        }
    }

    /// The fewest parts, each a word of the lexicon or of the field; nil when the word is one
    /// itself, or does not split into known words (a name, a misspelling).
    func split(_ word: String, lexicon: SwedishLexicon) -> [String]? {
        splits.split(word) {
            if fieldWords.contains(word) || lexicon.isLexicalised(word) { return nil }
            return lexicon.parts(of: word, minimumPart: minimumPart) { part in
                self.fieldWords.contains(part) || (part.hasSuffix("s") && self.fieldWords.contains(String(part.dropLast())))
            }
        }
    }

    /// Two spellings of one word: equal, or one is the other with an inflection ending.
    static func sameWord(_ defined: String, _ used: String) -> Bool {
        if defined == used { return true }
        let (short, long) = defined.count <= used.count ? (defined, used) : (used, defined)
        return long.hasPrefix(short) && long.count - short.count <= 4 && short.count >= 6
    }

    /// The words the document defines itself, in lower case: quoted words, words after a cue
    /// ("nedan kallad Ramavtalsleverantören"), and the first word of a line that a colon, a
    /// tab or a dash follows (a glossary or a definitions table). Found once per document.
    func definedTerms(_ documentContext: DocumentContext) -> [String] {
        documentContext.memo(metadata.id + "/defined") {
            var terms: [String] = []
            for block in documentContext.document.blocks {
                let text = Tokenizer.tokenize(block.scalars)
                let tokens = text.tokens
                for (index, token) in tokens.enumerated() where token.kind == .word {
                    let before = index > 0 ? text.key(of: tokens[index - 1]) : ""
                    let after = index + 1 < tokens.count ? text.key(of: tokens[index + 1]) : ""
                    let quoted = ["”", "\"", "“", "«", "'", "’"].contains(before) && ["”", "\"", "“", "»", "'", "’"].contains(after)
                    let cued = definitionCues.contains(before)
                    let headOfLine = index == 0 && [":", "–", "-"].contains(after)
                        || index == 0 && tokens.count > 1 && block.scalars[token.range.upperBound..<tokens[1].range.lowerBound].contains("\t")
                    if quoted || cued || headOfLine { terms.append(text.key(of: token)) }
                }
            }
            return terms
        }
    }
}

extension LongCompoundRule {
    public var behaviour: String {
        "Flaggar ord med minst \(minimumLetters) bokstäver som den svenska ordlistan (hunspell-sv) inte har som eget ord "
            + "och som består av minst \(minimumParts) delar (eller har minst \(alwaysLetters) bokstäver). Vedertagna ord i upphandling (t.ex. "
            + fieldWords.sorted().prefix(4).joined(separator: ", ")
            + "), namn, förkortningar i versaler, webbadresser, lagrum och begrepp som dokumentet själv definierar räknas inte."
    }
}

extension LongCompoundRule: RuleKind {
    static let name = "long-compound"
    static let keys = ["minimumLetters", "minimumParts", "minimumPart", "alwaysLetters", "maximumLetters", "fieldWords", "exceptions", "exceptionsInside", "definitionCues"]
}
