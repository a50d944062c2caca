/// Swedish abbreviations written with periods (each has a period right after its first
/// run of letters, which is what lets the tokenizer skip the lookup for ordinary words). The tokenizer keeps each as one token so that
/// its periods never end a sentence; only those that often close a sentence (`m.m.`, `osv.`)
/// end one, and only before a capital letter.
enum SwedishAbbreviations {
    /// Abbreviations that never end a sentence: they are followed by what they qualify.
    static let inner: [String] = [
        "t.ex.", "bl.a.", "kap.", "nr.", "fr.o.m.", "t.o.m.", "s.k.", "dvs.", "d.v.s.", "ca.", "inkl.", "exkl.",
        "resp.", "jfr.", "prop.", "ref.", "kl.", "s.", "f.d.", "p.g.a.", "pga.", "m.a.o.", "ang.", "enl.", "tel.",
        "tfn.", "ev.", "f.n.", "f.ö.", "t.v.", "t.h.", "o.dyl.", "äv.", "e.kr.", "f.kr.", "u.p.", "a.a.", "vard.", "red.",
    ]

    /// Abbreviations that often close a sentence as well: they end one before a capital letter.
    static let terminal: [String] = [
        "m.m.", "etc.", "osv.", "o.s.v.", "m.fl.", "o.d.", "e.d.", "min.", "max.", "tim.", "st.", "stk.", "ff.", "f.",
        "sek.", "p.", "art.", "milj.", "mdr.", "dir.", "mom.", "bet.", "uppl.", "avd.", "fig.", "tab.", "forts.", "förf.",
    ]

    static let terminalSet = Set(terminal)

    /// A trie over the lowercase scalars of every abbreviation, for longest-match lookup.
    static let trie: ScalarTrie = {
        var trie = ScalarTrie()
        for abbreviation in inner + terminal { trie.insert(abbreviation) }
        return trie
    }()
}

/// A small trie over Unicode scalars that finds the longest entry at a position.
struct ScalarTrie: Sendable {
    private var children: [[Unicode.Scalar: Int32]] = [[:]]
    private var terminal: [Bool] = [false]

    mutating func insert(_ word: String) {
        var node = 0
        for scalar in word.unicodeScalars {
            if let next = children[node][scalar] {
                node = Int(next)
            } else {
                children.append([:])
                terminal.append(false)
                children[node][scalar] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        terminal[node] = true
    }

    /// Length of the longest entry that `text` starts with at `start`, comparing lowercased,
    /// accepted only where `accept(endIndex)` holds.
    func longestMatch(in text: [Unicode.Scalar], from start: Int, accept: (Int) -> Bool) -> Int? {
        var node = 0
        var index = start
        var best: Int?
        while index < text.count, let next = children[node][Tokenizer.lowercase(text[index])] {
            node = Int(next)
            index += 1
            if terminal[node], accept(index) { best = index - start }
        }
        return best
    }
}
