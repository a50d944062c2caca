import TenderLintCore
import TenderLintLanguage

/// Words flagged by their shape, read off the tokens (no regular expression: these rules look
/// at every word of every block): words of at least `minimumLetters` letters (`langa-ord`), or
/// words with one of `endings` followed by one of `followedBy` (`genomförande av`). Words that
/// start with one of `exceptions`, or hold one of `exceptionsInside`, are left alone.
public struct WordShapeRule: Rule {
    public let metadata: RuleMetadata
    let minimumLetters: Int
    let endings: [String]
    let followedBy: Set<String>
    let followedByScalars: [[Unicode.Scalar]]
    let exceptions: [String]
    let exceptionsInside: [String]
    /// Letters a word must have before its ending (`ärendet` is no `-endet` word).
    let minimumStem: Int

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        minimumLetters = try yaml.int("minimumLetters") ?? 1
        endings = (try yaml.stringList("endings") ?? []).map { $0.lowercased() }
        followedBy = Set((try yaml.stringList("followedBy") ?? []).map { $0.lowercased() })
        followedByScalars = followedBy.sorted().map { Array($0.unicodeScalars) }
        exceptions = (try yaml.stringList("exceptions") ?? []).map { $0.lowercased() }
        exceptionsInside = (try yaml.stringList("exceptionsInside") ?? []).map { $0.lowercased() }
        minimumStem = try yaml.int("minimumStem") ?? 3
        if endings.isEmpty && minimumLetters <= 1 {
            throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen word-shape behöver ”endings” eller ”minimumLetters”")
        }
    }


    /// Whether a token's scalars are a lowercase word, in any case.
    static func equals(_ scalars: ArraySlice<Unicode.Scalar>, _ word: [Unicode.Scalar]) -> Bool {
        guard scalars.count == word.count else { return false }
        for (scalar, expected) in zip(scalars, word) where Tokenizer.normalized(scalar) != expected { return false }
        return true
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        let text = context.tokens
        let tokens = text.tokens
        for (index, token) in tokens.enumerated() where token.kind == .word && token.range.count >= minimumLetters {
            // The cheap look first: the next word, compared scalar by scalar.
            if !followedBy.isEmpty {
                guard index + 1 < tokens.count, tokens[index + 1].sentence == token.sentence,
                      followedByScalars.contains(where: { Self.equals(text.scalars[tokens[index + 1].range], $0) }) else { continue }
            }
            // Letters only: `e-post` is not long for its hyphen.
            var letters = 0
            for scalar in text.scalars[token.range] where Tokenizer.isLetter(scalar) { letters += 1 }
            guard letters >= minimumLetters else { continue }
            let key = text.key(of: token)
            if !endings.isEmpty, !endings.contains(where: { key.hasSuffix($0) && key.count - $0.count >= minimumStem }) { continue }
            if exceptions.contains(where: { key.hasPrefix($0) }) || exceptionsInside.contains(where: { key.contains($0) }) { continue }
            let end = followedBy.isEmpty ? index + 1 : index + 2
            let range = context.scalarRange(tokens: index..<end)
            if context.isInCitation(range) { continue }
            let match = context.block.text(in: range)
            findings.append(RuleFinding(range: range, message: MessageTemplate.fill(metadata.message, values: ["match": match, "term": match])))
        }
    }
}

extension WordShapeRule {
    public var behaviour: String {
        let shape = endings.isEmpty
            ? "ord med minst \(minimumLetters) bokstäver"
            : "ord som slutar på " + endings.prefix(5).map { "-\($0)" }.joined(separator: ", ")
                + (followedBy.isEmpty ? "" : " följda av " + followedBy.sorted().map { "”\($0)”" }.joined(separator: " eller "))
        return "Flaggar \(shape)."
    }
}

extension WordShapeRule: RuleKind {
    static let name = "word-shape"
    static let keys = ["minimumLetters", "endings", "minimumStem", "followedBy", "exceptions", "exceptionsInside"]
}
