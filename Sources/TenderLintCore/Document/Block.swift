/// One unit of text in reading order, with the map from its text back to the file.
public struct Block: Sendable, Equatable {
    public var kind: BlockKind
    /// The plain text, markup removed; line breaks inside a block are spaces.
    public var scalars: [Unicode.Scalar]
    public var map: SourceMap
    /// The XML part the block comes from when it is not the main text (footnotes, headers).
    public var part: String?
    /// The text of the nearest heading above this block (the heading itself for a heading).
    public var section: String?
    /// Ranges of the text that are a form's placeholder still showing (an unfilled Word
    /// content control, an ODF placeholder), for the template rules.
    public var placeholders: [Range<Int>] = []
    /// Guidance to the person who fills in a template (a Word paragraph in an instruction
    /// style such as "Anvisning"): not text for the supplier, so only the template rules read it.
    public var isInstruction = false

    public init(kind: BlockKind, scalars: [Unicode.Scalar], map: SourceMap, part: String? = nil) {
        precondition(scalars.count == map.count, "every text scalar needs a source position")
        self.kind = kind
        self.scalars = scalars
        self.map = map
        self.part = part
    }

    public var text: String {
        var string = String.UnicodeScalarView()
        string.append(contentsOf: scalars)
        return String(string)
    }

    public func text(in range: Range<Int>) -> String {
        var string = String.UnicodeScalarView()
        string.append(contentsOf: scalars[range])
        return String(string)
    }
}
