import TenderLintCore

/// Builds blocks from the paragraphs of an Office or ODF part while its XML streams past.
/// Paragraphs can nest (a text box or a footnote inside a paragraph), so open paragraphs form
/// a stack; each is numbered in reading order when it opens, and every scalar of its text maps
/// to (paragraph number, offset + 1), the position DESIGN.md gives these formats.
struct ParagraphCollector {
    struct Open {
        var number: Int
        var builder = BlockBuilder()
        var kind: BlockKind
        var skip: Bool
        var placeholders: [Range<Int>] = []
        var instruction = false
    }

    let part: String?
    private(set) var blocks: [Block] = []
    private var stack: [Open] = []
    private(set) var paragraphCount = 0
    /// Inside an unfilled form field: text appended now is placeholder text.
    var placeholderDepth = 0

    init(part: String?) {
        self.part = part
    }

    var isOpen: Bool { !stack.isEmpty }

    /// The open paragraph's number and how many scalars its text has so far, so a writer
    /// following the same XML knows where each scalar lands.
    var cursor: TextCursor? {
        guard let top = stack.indices.last else { return nil }
        return TextCursor(paragraph: stack[top].number, count: stack[top].builder.scalars.count)
    }

    mutating func begin(_ kind: BlockKind) {
        paragraphCount += 1
        stack.append(Open(number: paragraphCount, kind: kind, skip: false))
    }

    /// Sets what the open paragraph is, once its properties are known.
    mutating func setKind(_ kind: BlockKind) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].kind = kind
    }

    /// Leaves the open paragraph out of the document (e.g. code), keeping its number.
    mutating func skipCurrent() {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].skip = true
    }

    /// Marks the open paragraph as guidance to the template's user (see `Block.isInstruction`).
    mutating func markInstruction() {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].instruction = true
    }

    /// Paragraphs longer than this are refused: no tender has one, and a hostile file could
    /// otherwise pour a decompressed gigabyte into a single paragraph.
    static let maxParagraphLength = 1_000_000
    private(set) var overlong = false

    mutating func append(_ scalar: Unicode.Scalar) {
        guard !stack.isEmpty else { return }
        let index = stack.count - 1
        let offset = stack[index].builder.scalars.count
        guard offset < Self.maxParagraphLength else {
            overlong = true
            return
        }
        guard stack[index].builder.append(scalar, line: stack[index].number, column: offset + 1) else { return }
        if placeholderDepth > 0 {
            if let last = stack[index].placeholders.last, last.upperBound == offset {
                stack[index].placeholders[stack[index].placeholders.count - 1] = last.lowerBound..<(offset + 1)
            } else {
                stack[index].placeholders.append(offset..<(offset + 1))
            }
        }
    }

    /// Appends UTF-8 text from the XML parser.
    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard !stack.isEmpty else { return }
        bytes.forEachScalar { append($0) }
    }

    /// What a paragraph of the main text is, from its style and its text together: real
    /// templates put whole clauses in numbered heading styles ("Rubrik 3": "Leverantören ska
    /// utföra uppdraget fackmässigt och i enlighet med Kontraktet."), which are body text; and
    /// type subheadings by hand in body paragraphs ("3.4 Leverantörens ansvar"), which are
    /// headings.
    static func decidedKind(_ kind: BlockKind, _ scalars: [Unicode.Scalar]) -> BlockKind {
        switch kind {
        case .heading:
            return isClause(scalars) ? .paragraph : kind
        case .paragraph:
            guard let level = LineScanning.numberedHeadingLevel(scalars[...]) else { return kind }
            return .heading(level: level)
        default:
            return kind
        }
    }

    /// A sentence rather than a title: ends like one after six words or more, or is longer
    /// than any title.
    static func isClause(_ scalars: [Unicode.Scalar]) -> Bool {
        var end = scalars.count
        while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        guard end > 0 else { return false }
        if end > 160 { return true }
        var words = 0, inWord = false
        for scalar in scalars[..<end] {
            let letter = scalar.properties.isAlphabetic
            if letter && !inWord { words += 1 }
            inWord = letter
        }
        return words >= 6 && ".!?".unicodeScalars.contains(scalars[end - 1])
    }

    mutating func end() {
        guard var open = stack.popLast() else { return }
        guard !open.skip else { return }
        let count = open.builder.scalars.count
        if part == nil { open.kind = Self.decidedKind(open.kind, open.builder.scalars) }
        guard var block = open.builder.build(open.kind, part: part) else { return }
        let kept = block.scalars.count
        if kept < count {
            open.placeholders = open.placeholders.compactMap { range in
                range.lowerBound < kept ? range.lowerBound..<min(range.upperBound, kept) : nil
            }
        }
        block.placeholders = open.placeholders
        block.isInstruction = open.instruction
        // A paragraph nested in another (a text box, a footnote) ends first but comes after
        // it in reading order: keep blocks sorted by paragraph number.
        var index = blocks.endIndex
        while index > blocks.startIndex, blocks[index - 1].map.position(at: 0).line > open.number { index -= 1 }
        blocks.insert(block, at: index)
    }
}

/// Where the next scalar of a part's text goes: the paragraph (in reading order) and the
/// length of its text so far; a scalar the reader keeps gets column `count + 1`.
package struct TextCursor: Equatable {
    package var paragraph: Int
    package var count: Int
}

/// A reader handler that tells where its text has got to.
package protocol TextCursorHandler: XMLStreamHandler {
    var cursor: TextCursor? { get }
}

extension TextCursorHandler {
    /// Hands the text to the reader one scalar at a time; `each` gets the scalar's UTF-8 bytes
    /// and, when the reader kept it, its position (paragraph, 1-based column).
    package func feedScalars(_ bytes: UnsafeBufferPointer<UInt8>, _ each: (UnsafeBufferPointer<UInt8>, SourcePosition?) -> Void) {
        bytes.forEachScalarSlice { scalar in
            let before = cursor
            characters(scalar)
            if let before, let after = cursor, after.paragraph == before.paragraph, after.count == before.count + 1 {
                each(scalar, SourcePosition(line: after.paragraph, column: after.count))
            } else {
                each(scalar, nil)
            }
        }
    }

    /// Hands an element start to the reader; returns the positions of the scalars it stands
    /// for (a tab, a break, `text:s`), if the reader kept any.
    package func startElementProducing(_ name: String, attributes: XMLAttributes) -> ClosedRange<SourcePosition>? {
        let before = cursor
        startElement(name, attributes: attributes)
        guard let before, let after = cursor, after.paragraph == before.paragraph, after.count > before.count else { return nil }
        return SourcePosition(line: after.paragraph, column: before.count + 1)...SourcePosition(line: after.paragraph, column: after.count)
    }
}
