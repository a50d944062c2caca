import CHunspell
import Foundation

/// The Swedish lexicon: Debian's `hunspell-sv` dictionary read through libhunspell. It tells
/// a lexicalised word ("ramavtal", "uppföljning") from a compound the dictionary only allows
/// by its compounding rules ("leverantörsuppföljningsrapporten"), splits compounds into their
/// fewest lexicalised parts, and says whether a word is spelt as the dictionary knows it.
///
/// One hunspell handle is not safe to use from several threads at once, and files are linted
/// concurrently: calls are serialised by a lock, and the dictionary's answers are cached (the
/// rules ask only about long or unknown words, which are few).
public final class SwedishLexicon: @unchecked Sendable {
    /// The dictionary found on this machine, loaded on first use; nil when there is none.
    public static let shared: SwedishLexicon? = {
        for base in searchPaths() {
            if FileManager.default.fileExists(atPath: base + ".aff"), FileManager.default.fileExists(atPath: base + ".dic"),
               let lexicon = SwedishLexicon(affix: base + ".aff", dictionary: base + ".dic") {
                return lexicon
            }
        }
        return nil
    }()

    /// `TENDERLINT_HUNSPELL_DICT` (a path without `.aff`/`.dic`), then where Debian puts it.
    static func searchPaths() -> [String] {
        var paths: [String] = []
        if let configured = ProcessInfo.processInfo.environment["TENDERLINT_HUNSPELL_DICT"], !configured.isEmpty {
            paths.append(configured)
        }
        paths += ["/usr/share/hunspell/sv_SE", "/usr/share/myspell/sv_SE", "/usr/share/hunspell/sv_FI",
                  "/usr/local/share/hunspell/sv_SE", "/opt/homebrew/share/hunspell/sv_SE"]
        return paths
    }

    private let handle: OpaquePointer
    private let lock = NSLock()
    private var lexicalCache: [String: Bool] = [:]
    private var spellCache: [String: Bool] = [:]
    private var passiveCache: [String: Bool] = [:]

    public init?(affix: String, dictionary: String) {
        guard let handle = Hunspell_create(affix, dictionary) else { return nil }
        self.handle = handle
    }

    deinit { Hunspell_destroy(handle) }

    /// Whether the dictionary accepts the word as spelt (a compound its rules allow counts).
    public func spells(_ word: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return spellsLocked(word)
    }

    /// Whether the word (in lower case) is an entry of the dictionary, in any of its forms,
    /// including the form it takes first in a compound ("leverantörs", "skol"), rather than a
    /// compound of entries.
    public func isLexicalised(_ word: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return lexicalLocked(word)
    }

    /// Whether the word (in lower case) is a verb's s-form, as the passive is: the present
    /// (`lämnas`, `följs`, `anges`, `görs`), where the dictionary's stem is the verb's infinitive
    /// (`följa` for `följs`) or the word without its `s` and a verb by its forms (`lämna` with
    /// `lämnar` and `lämnade`, `ange` with `anger`, `gör` with `göra`); and the supine
    /// (`har genomförts`, `har hanterats`), the infinitive's `t`-form with an `s`. A genitive of a
    /// noun that is also a verb (`en veckas`) is the caller's to rule out by the words around it.
    public func isPassiveSForm(_ word: String) -> Bool {
        guard word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss") else { return false }
        lock.lock()
        defer { lock.unlock() }
        if let known = passiveCache[word] { return known }
        if passiveCache.count >= Self.cacheLimit { passiveCache.removeAll(keepingCapacity: true) }
        let base = String(word.dropLast())
        var result = false
        for stem in stemsLocked(word) {
            if stem == base + "a" { result = true }
            // The supine: `hanterat` + s from `hantera`, `genomfört` + s from `genomföra`.
            if base.hasSuffix("t"), stem.hasSuffix("a"), stem + "t" == base || stem.dropLast() + "t" == base { result = true }
            if stem == base {
                if stem.hasSuffix("a") {
                    result = spellsLocked(stem + "r") && spellsLocked(stem + "de")
                } else if stem.hasSuffix("e") {
                    result = spellsLocked(stem + "r") && spellsLocked(stem + "s") && !spellsLocked(stem + "n")
                } else if stem.hasSuffix("r") {
                    result = spellsLocked(stem + "a") && !spellsLocked(stem + "en")
                }
            }
            if result { break }
        }
        passiveCache[word] = result
        return result
    }

    private func spellsLocked(_ word: String) -> Bool {
        if let known = spellCache[word] { return known }
        if spellCache.count >= Self.cacheLimit { spellCache.removeAll(keepingCapacity: true) }
        let result = Hunspell_spell(handle, word) != 0
        spellCache[word] = result
        return result
    }

    /// The stems (`st:`) of the dictionary's analyses of the word.
    private func stemsLocked(_ word: String) -> [String] {
        analysesLocked(word).flatMap { analysis in
            analysis.split(separator: " ").filter { $0.hasPrefix("st:") }.map { String($0.dropFirst(3)) }
        }
    }

    /// The dictionary's analyses of the word (`st:följa fl:L`), one string each.
    private func analysesLocked(_ word: String) -> [String] {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        let count = Hunspell_analyze(handle, &list, word)
        var analyses: [String] = []
        if let entries = list {
            for index in 0..<Int(count) {
                if let entry = entries[index] { analyses.append(String(cString: entry)) }
            }
            Hunspell_free_list(handle, &list, count)
        }
        return analyses
    }

    /// The caches hold at most this many answers each: a server runs for weeks on any text.
    static let cacheLimit = 200_000

    private func lexicalLocked(_ word: String) -> Bool {
        if let known = lexicalCache[word] { return known }
        if lexicalCache.count >= Self.cacheLimit { lexicalCache.removeAll(keepingCapacity: true) }
        let lexical = analysesLocked(word).contains { !$0.contains("pa:") && $0.contains("st:") }
        lexicalCache[word] = lexical
        return lexical
    }

    /// The fewest lexicalised parts the word (in lower case) splits into, each at least
    /// `minimumPart` letters ("leverantörs", "uppföljnings", "rapporten"); nil when it does not
    /// split into dictionary words (a name, a misspelling, a word the dictionary lacks).
    /// `isPart` adds words the caller counts as one part (the field's own compounds).
    /// Parts are at most `maximumPart` letters: no lexical word is longer, and asking the
    /// dictionary about long substrings is what costs (its compounding rules try every split).
    public func parts(
        of word: String, minimumPart: Int = 2, maximumPart: Int = 24, isPart: (String) -> Bool = { _ in false }
    ) -> [String]? {
        lock.lock()
        defer { lock.unlock() }
        let scalars = Array(word.unicodeScalars)
        let count = scalars.count
        // best[i]: the fewest parts for the first i letters, and where the last part starts.
        var best = [(parts: Int, start: Int)?](repeating: nil, count: count + 1)
        best[0] = (0, 0)
        for end in 1...max(count, 1) where count > 0 {
            for start in stride(from: max(0, end - maximumPart), through: end - minimumPart, by: 1) {
                guard let before = best[start] else { continue }
                if let current = best[end], current.parts <= before.parts + 1 { continue }
                var part = String.UnicodeScalarView()
                part.append(contentsOf: scalars[start..<end])
                let candidate = String(part)
                if isPart(candidate) || lexicalLocked(candidate) { best[end] = (before.parts + 1, start) }
            }
        }
        var result: [String]?
        if count > 0, best[count] != nil {
            var parts: [String] = []
            var end = count
            while end > 0, let step = best[end] {
                var part = String.UnicodeScalarView()
                part.append(contentsOf: scalars[step.start..<end])
                parts.insert(String(part), at: 0)
                end = step.start
            }
            result = parts
        }
        return result
    }
}
