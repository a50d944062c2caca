/// A token of Swedish text: a span of a block's scalars with a normalised key for matching.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits and inner hyphens: `leverantören`, `ska-krav`, `LOU:s`.
        case word
        /// A known abbreviation with its periods: `t.ex.`, `kap.`, `fr.o.m.`.
        case abbreviation
        /// Digits with grouping, decimals or inner dots and colons: `10 000 000`, `2,5`, `4.2`, `2016:1145`.
        case number
        case punctuation
        /// `§`, `§§` and other symbols.
        case symbol
        case url
        case email
    }

    public var kind: Kind
    /// Offsets of the token's first scalar and just past its last, in the block's text.
    public var start: Int
    public var end: Int
    /// A hash of the token's lowercased text without soft hyphens (see `Tokenizer.normalized`):
    /// what term lists are matched against, without building a string per token.
    public var hash: UInt64
    public var isCapitalized: Bool
    /// The token holds combining marks (`a` + U+030A for `å`, as text from macOS or a PDF may):
    /// its key is then built from the composed (NFC) text.
    public var isDecomposed: Bool = false
    /// Index of the sentence the token belongs to.
    public var sentence: Int

    public var range: Range<Int> { start..<end }

    /// Whether the token counts as a word in running text (for metrics and context).
    public var isWordLike: Bool { kind == .word || kind == .abbreviation }
}
