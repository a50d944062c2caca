import TenderLintLanguage

/// A match of one term in a block: which term and which tokens.
public struct TermHit: Sendable, Equatable {
    /// The payload the rule gave the term.
    public var payload: Int
    public var tokens: Range<Int>
}

/// Every term of every rule compiled into one token trie, so that one pass over a block's
/// tokens finds all terms, whatever their number. A trie edge is a whole token (labelled by
/// its key's hash, the key kept to rule out collisions); a word ending in `*` is a prefix,
/// spelled out in a second, scalar-level trie hanging off the node, so that a token finds
/// all its matching prefixes in one walk along its letters. All edges of both tries live in
/// two flat hash tables.
public struct TermMatcher: Sendable {
    /// Token edges: (term node, token hash) → term node.
    private var tokenEdges = EdgeTable()
    /// The normalized key of the token edge leading into each term node.
    private var nodeKeys: [[Unicode.Scalar]] = [[]]
    /// Root of each term node's prefix trie, or -1.
    private var prefixRoots: [Int32] = [-1]
    /// Entries ending at each term node.
    private var terminals: [[Int32]] = [[]]
    /// Scalar edges of the prefix tries: (prefix node, scalar) → prefix node.
    private var scalarEdges = EdgeTable()
    /// Term nodes reached when a prefix ends at each prefix node.
    private var prefixTargets: [[Int32]] = []

    struct Entry: Sendable {
        var rule: Int
        var payload: Int
        /// For case-sensitive terms: the words as written, and whether each is a prefix.
        var caseSensitiveWords: [(text: String, isPrefix: Bool)]?
    }

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
        terminals[node].append(Int32(entries.count - 1))
        return true
    }

    private mutating func newNode(key: [Unicode.Scalar]) -> Int {
        nodeKeys.append(key)
        prefixRoots.append(-1)
        terminals.append([])
        return nodeKeys.count - 1
    }

    private mutating func exactChild(of node: Int, key: String) -> Int {
        let scalars = Array(key.unicodeScalars)
        let hash = Tokenizer.hash(scalars[...])
        if let existing = tokenEdges.first(from: Int32(node), label: hash, where: { nodeKeys[Int($0)] == scalars }) {
            return Int(existing)
        }
        let child = newNode(key: scalars)
        tokenEdges.insert(from: Int32(node), label: hash, target: Int32(child))
        return child
    }

    private mutating func prefixChild(of node: Int, prefix: String) -> Int {
        if prefixRoots[node] < 0 {
            prefixTargets.append([])
            prefixRoots[node] = Int32(prefixTargets.count - 1)
        }
        var current = prefixRoots[node]
        for scalar in prefix.unicodeScalars {
            if let next = scalarEdges.first(from: current, label: UInt64(scalar.value)) {
                current = next
            } else {
                prefixTargets.append([])
                let next = Int32(prefixTargets.count - 1)
                scalarEdges.insert(from: current, label: UInt64(scalar.value), target: next)
                current = next
            }
        }
        if let existing = prefixTargets[Int(current)].first { return Int(existing) }
        let child = newNode(key: [])
        prefixTargets[Int(current)].append(Int32(child))
        return child
    }

    /// Term-trie nodes reached from `node` by `token`.
    @inline(__always)
    private func step(from node: Int, token: Token, scalars: [Unicode.Scalar], into next: inout [Int]) {
        if token.isDecomposed {
            step(from: node, token: token, text: Tokenizer.composed(scalars[token.range])[...], into: &next)
        } else {
            step(from: node, token: token, text: scalars[token.range], into: &next)
        }
    }

    @inline(__always)
    private func step(from node: Int, token: Token, text: ArraySlice<Unicode.Scalar>, into next: inout [Int]) {
        tokenEdges.forEach(from: Int32(node), label: token.hash) { child in
            if Self.equalsKey(nodeKeys[Int(child)], text) { next.append(Int(child)) }
        }
        var prefix = prefixRoots[node]
        guard prefix >= 0 else { return }
        for scalar in text {
            guard let normal = Tokenizer.normalized(scalar) else { continue }
            guard let child = scalarEdges.first(from: prefix, label: UInt64(normal.value)) else { return }
            prefix = child
            for target in prefixTargets[Int(prefix)] { next.append(Int(target)) }
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
            // Most tokens start no term: try the root's edges before setting anything up.
            next.removeAll(keepingCapacity: true)
            step(from: 0, token: first, scalars: scalars, into: &next)
            if next.isEmpty { continue }
            frontier.removeAll(keepingCapacity: true)
            frontier.append(0)
            var index = start
            while index < tokens.count, !frontier.isEmpty {
                let token = tokens[index]
                if token.kind == .url || token.kind == .email || token.sentence != first.sentence { break }
                next.removeAll(keepingCapacity: true)
                for node in frontier { step(from: node, token: token, scalars: scalars, into: &next) }
                for node in next where !terminals[node].isEmpty {
                    for entryIndex in terminals[node] {
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

    /// Drops the hits of exception phrases (negative payloads) and every term hit inside one:
    /// with the exception `i något avseende`, `avseende` is not flagged there.
    public static func removingExceptions(_ hits: [TermHit]) -> [TermHit] {
        let exceptions = hits.filter { $0.payload < 0 }
        guard !exceptions.isEmpty else { return hits }
        return hits.filter { hit in
            hit.payload >= 0 && !exceptions.contains { $0.tokens.lowerBound <= hit.tokens.lowerBound && hit.tokens.upperBound <= $0.tokens.upperBound }
        }
    }

    /// The payload that marks exception phrase `index` of a rule.
    public static func exceptionPayload(_ index: Int) -> Int { -1 - index }

    /// A matcher of its own for one rule's context phrases (demand words, `eller likvärdigt`,
    /// negations): words so frequent that matching them in every block would cost the shared
    /// pass dearly, while the rule needs them only in the few blocks where its triggers hit.
    public static func local(_ specs: [TermSpec]) -> TermMatcher {
        var matcher = TermMatcher()
        for spec in specs { matcher.add(spec, rule: 0) }
        return matcher
    }

    /// The hits of a matcher with a single rule.
    public func hits(in text: TokenizedText, scalars: [Unicode.Scalar]) -> [TermHit] {
        matches(in: text, scalars: scalars).first ?? []
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

extension Range where Bound == Int {
    /// How many tokens stand between two token ranges that do not overlap (0 when they touch).
    func gap(to other: Range<Int>) -> Int {
        other.lowerBound >= upperBound ? other.lowerBound - upperBound : lowerBound - other.upperBound
    }
}
