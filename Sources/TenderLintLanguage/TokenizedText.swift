/// A block's tokens and sentences, computed once and shared by every rule.
public struct TokenizedText: Sendable {
    /// The block's text.
    public var scalars: [Unicode.Scalar]
    public var tokens: [Token]
    /// Token index ranges, one per sentence, in order.
    public var sentences: [Range<Int>]

    /// The token's lowercased text without soft hyphens.
    public func key(of token: Token) -> String {
        Tokenizer.key(scalars[token.range])
    }

    /// The scalar range a sentence covers in the block's text.
    public func scalarRange(ofSentence index: Int) -> Range<Int> {
        let range = sentences[index]
        return tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }
}
