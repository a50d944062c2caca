/// A match of one term in a block: which term and which tokens.
public struct TermHit: Sendable, Equatable {
    /// The payload the rule gave the term.
    public var payload: Int
    public var tokens: Range<Int>
}

/// Every term of every rule compiled into one token trie, so that one pass over a block's
/// tokens finds all terms, whatever their number. A trie edge is a whole token key; words
/// ending in `*` are prefix edges, kept in a per-node scalar trie so that a token finds all
/// its matching prefixes in one walk along its letters.
public struct TermMatcher: Sendable {
    struct Node: Sendable {
        /// Children by token hash; each keeps its key, so words whose hashes collide still
        /// get edges of their own and a token only follows the edge its text equals.
        var exact: [UInt64: [(child: Int32, key: [Unicode.Scalar])]] = [:]
        /// Root of this node's prefix trie in `prefixNodes`, or -1.
        var prefixRoot: Int32 = -1
        /// Entries ending at this node.
        var terminals: [Int32] = []
    }

    struct PrefixNode: Sendable {
        var children: [Unicode.Scalar: Int32] = [:]
        /// Term-trie nodes reached when a prefix ends here.
        var targets: [Int32] = []
    }

    struct Entry: Sendable {
        var rule: Int
        var payload: Int
        /// For case-sensitive terms: the words as written, and whether each is a prefix.
        var caseSensitiveWords: [(text: String, isPrefix: Bool)]?
    }

    private var nodes = [Node()]
    private var prefixNodes: [PrefixNode] = []
    private var entries: [Entry] = []
    public private(set) var ruleCount = 0

    public init() {}

    public var termCount: Int { entries.count }

    /// Splits a term into its token keys the same way text is tokenized; nil when it has none.
    static func words(of term: String) -> [(key: String, text: String, isPrefix: Bool)]? {
        var words: [(key: String, text: String, isPrefix: Bool)] = []
        for part in term.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var piece = Substring(part)
            let isPrefix = piece.hasSuffix("*") && piece.count > 1
            if isPrefix { piece = piece.dropLast() }
            let scalars = Array(piece.unicodeScalars)
            let tokens = Tokenizer.tokenize(scalars).tokens
            guard !tokens.isEmpty else { return nil }
            for (index, token) in tokens.enumerated() {
                let text = String(String.UnicodeScalarView(scalars[token.range]))
                words.append((Tokenizer.key(scalars[token.range]), text, isPrefix && index == tokens.count - 1))
            }
        }
        return words.isEmpty ? nil : words
    }

    /// Adds a rule's terms; returns false (and adds nothing for that term) for a term without words.
    @discardableResult
    public mutating func add(_ spec: TermSpec, rule: Int) -> Bool {
        guard let words = Self.words(of: spec.text) else { return false }
        ruleCount = max(ruleCount, rule + 1)
        var node = 0
        for word in words {
            node = word.isPrefix ? prefixChild(of: node, prefix: word.key) : exactChild(of: node, key: word.key)
        }
        entries.append(Entry(
            rule: rule, payload: spec.payload,
            caseSensitiveWords: spec.caseSensitive ? words.map { ($0.text, $0.isPrefix) } : nil))
        nodes[node].terminals.append(Int32(entries.count - 1))
        return true
    }

    private mutating func exactChild(of node: Int, key: String) -> Int {
        let scalars = Array(key.unicodeScalars)
        let hash = Tokenizer.hash(scalars[...])
        if let existing = nodes[node].exact[hash]?.first(where: { $0.key == scalars }) { return Int(existing.child) }
        nodes.append(Node())
        nodes[node].exact[hash, default: []].append((Int32(nodes.count - 1), scalars))
        return nodes.count - 1
    }

    private mutating func prefixChild(of node: Int, prefix: String) -> Int {
        if nodes[node].prefixRoot < 0 {
            prefixNodes.append(PrefixNode())
            nodes[node].prefixRoot = Int32(prefixNodes.count - 1)
        }
        var current = Int(nodes[node].prefixRoot)
        for scalar in prefix.unicodeScalars {
            if let next = prefixNodes[current].children[scalar] {
                current = Int(next)
            } else {
                prefixNodes.append(PrefixNode())
                prefixNodes[current].children[scalar] = Int32(prefixNodes.count - 1)
                current = prefixNodes.count - 1
            }
        }
        if let existing = prefixNodes[current].targets.first { return Int(existing) }
        nodes.append(Node())
        prefixNodes[current].targets.append(Int32(nodes.count - 1))
        return nodes.count - 1
    }

    /// Term-trie nodes reached from `node` by `token`.
    @inline(__always)
    private func step(from node: Int, token: Token, scalars: [Unicode.Scalar], into next: inout [Int]) {
        if let edges = nodes[node].exact[token.hash] {
            for edge in edges where Self.equalsKey(edge.key, scalars[token.range]) { next.append(Int(edge.child)) }
        }
        let prefixRoot = nodes[node].prefixRoot
        guard prefixRoot >= 0 else { return }
        var prefix = Int(prefixRoot)
        for scalar in scalars[token.range] {
            guard let normal = Tokenizer.normalized(scalar) else { continue }
            guard let child = prefixNodes[prefix].children[normal] else { return }
            prefix = Int(child)
            for target in prefixNodes[prefix].targets { next.append(Int(target)) }
        }
    }

    @inline(__always)
    private static func equalsKey(_ key: [Unicode.Scalar], _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = 0
        for scalar in scalars {
            guard let normal = Tokenizer.normalized(scalar) else { continue }
            guard index < key.count, key[index] == normal else { return false }
            index += 1
        }
        return index == key.count
    }

    /// Finds every term in a block's tokens, grouped by rule index. A term never spans two
    /// sentences and never starts or continues in a URL or e-mail address.
    public func matches(in text: TokenizedText, scalars: [Unicode.Scalar]) -> [[TermHit]] {
        var hits = [[TermHit]](repeating: [], count: ruleCount)
        let tokens = text.tokens
        var frontier: [Int] = []
        var next: [Int] = []
        for start in tokens.indices {
            let first = tokens[start]
            if first.kind == .url || first.kind == .email || first.kind == .punctuation { continue }
            frontier.removeAll(keepingCapacity: true)
            frontier.append(0)
            var index = start
            while index < tokens.count, !frontier.isEmpty {
                let token = tokens[index]
                if token.kind == .url || token.kind == .email || token.sentence != first.sentence { break }
                next.removeAll(keepingCapacity: true)
                for node in frontier { step(from: node, token: token, scalars: scalars, into: &next) }
                for node in next where !nodes[node].terminals.isEmpty {
                    for entryIndex in nodes[node].terminals {
                        let entry = Int(entryIndex)
                        if let words = entries[entry].caseSensitiveWords,
                           !Self.matchesCase(words, tokens: tokens[start...index], scalars: scalars) { continue }
                        hits[entries[entry].rule].append(
                            TermHit(payload: entries[entry].payload, tokens: start..<(index + 1)))
                    }
                }
                swap(&frontier, &next)
                index += 1
            }
        }
        return hits
    }

    private static func matchesCase(
        _ words: [(text: String, isPrefix: Bool)], tokens: ArraySlice<Token>, scalars: [Unicode.Scalar]
    ) -> Bool {
        guard words.count == tokens.count else { return false }
        for (word, token) in zip(words, tokens) {
            let text = String(String.UnicodeScalarView(scalars[token.range]))
            if word.isPrefix ? !text.hasPrefix(word.text) : text != word.text { return false }
        }
        return true
    }

    /// Keeps the leftmost-longest hits that do not overlap: `inkomma med` wins over `inkomma`.
    public static func leftmostLongest(_ hits: [TermHit]) -> [TermHit] {
        let sorted = hits.sorted {
            $0.tokens.lowerBound != $1.tokens.lowerBound
                ? $0.tokens.lowerBound < $1.tokens.lowerBound : $0.tokens.count > $1.tokens.count
        }
        var kept: [TermHit] = []
        var covered = 0
        for hit in sorted where hit.tokens.lowerBound >= covered {
            kept.append(hit)
            covered = hit.tokens.upperBound
        }
        return kept
    }
}
