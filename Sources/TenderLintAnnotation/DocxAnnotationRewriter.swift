import TenderLintCore
import TenderLintReaders

/// Writes a WordprocessingML part (`word/document.xml`, the footnotes) back out with comment
/// ranges around the anchors' text. The reader's own handler runs alongside, one scalar at a
/// time, so every scalar's position is exactly what the findings were given.
///
/// A range that starts or ends inside a run splits it: the run is closed, the markers are
/// written between the two halves, and the rest reopens with the same run attributes and
/// properties (`w:rPr`), so the formatting is kept. A tracked replacement becomes a `w:del`
/// of the matched text and a `w:ins` of the new text, in the same formatting.
final class DocxAnnotationRewriter: XMLRawStreamHandler {
    private struct Run {
        /// The start tag as written, without its `>`, and the element's name as written.
        var tag: String
        var name: String
        var depth: Int
        var properties: [UInt8] = []
        var propertiesStart: Int?
        /// Where the run's start tag was written, and whether anything but its properties
        /// has been written since: an empty first half of a split is taken back out.
        var startOffset: Int
        var hasContent = false
    }

    /// The text of a `w:t` (or, inside a tracked change, of its `w:delText`), held until the
    /// element ends or is split, so a split piece can be written with `xml:space="preserve"`.
    private struct Piece {
        var tag: String
        var qualifiedName: String
        var text: [UInt8] = []
        var split = false
        var deleting = false
    }

    private let reader: DocxPartHandler
    private(set) var output: XMLOutput
    private let author: String
    private let date: String
    private var starts: [SourcePosition: [Int]] = [:]
    private var ends: [SourcePosition: [Int]] = [:]
    private var replacements: [SourcePosition: DocxAnchor] = [:]
    /// Where ranges start or end: text elsewhere is copied without looking.
    private var boundaries: BoundaryIndex
    private var w = "w:"
    private var depth = 0
    private var runs: [Run] = []
    private var piece: Piece?
    /// Markup waiting for the next place a marker may go (between runs).
    private var pending = ""
    private var pendingEnds: [Int] = []
    /// The tracked replacement being written, and where its match ends.
    private var replacing: DocxAnchor?
    /// Comment ids whose range start or end could not be put exactly where it belongs.
    private(set) var displaced: Set<Int> = []

    init(reader: DocxPartHandler, anchors: [DocxAnchor], author: String, date: String, capacity: Int) {
        self.reader = reader
        self.author = author
        self.date = date
        output = XMLOutput(capacity: capacity)
        output.declaration(standalone: true)
        boundaries = BoundaryIndex(anchors.flatMap { [$0.start, $0.last] })
        for anchor in anchors {
            starts[anchor.start, default: []].append(anchor.comment)
            ends[anchor.last, default: []].append(anchor.comment)
            if anchor.replacement != nil { replacements[anchor.start] = anchor }
        }
    }

    // MARK: events

    static let transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"

    func startElement(_ name: String, attributes: XMLAttributes, raw: RawXMLElement) {
        depth += 1
        var raw = raw
        if depth == 1 {
            // Markers need a prefix for WordprocessingML (their attributes are `w:id`): the
            // root's, or one declared on it when the namespace is the default one.
            let strict = raw.namespaces.contains { $0.uri == Self.strict }
            w = raw.prefix(for: strict ? Self.strict : Self.transitional, preferred: "w")
        }
        let produced = reader.startElementProducing(name, attributes: attributes)
        let runChild = runs.last?.depth == depth - 1 && name != "w:rPr"
        if name == "w:t", reader.readsText, let run = runs.last, run.depth == depth - 1 {
            piece = Piece(tag: XMLOutput.openTag(raw), qualifiedName: raw.qualifiedName)
            return
        }
        if let produced {
            // A tab, a break or a special hyphen: one scalar of the text, a run child of its own.
            before(produced.lowerBound, splittable: runs.last?.depth == depth - 1 && piece == nil)
            if runChild { runs[runs.count - 1].hasContent = true }
            output.start(raw)
            after(produced.upperBound)
            return
        }
        if runChild, name != "w:t", !pending.isEmpty, replacing == nil {
            // A drawing or text box after the match: the range ends here, before it, not in
            // the next story the text goes on in.
            splitRun()
            output.markup(pending)
            pending = ""
            pendingEnds = []
            reopenRun()
        }
        if runChild { runs[runs.count - 1].hasContent = true }
        switch name {
        case "w:r":
            let offset = output.start(raw)
            runs.append(Run(tag: XMLOutput.openTag(raw), name: raw.qualifiedName, depth: depth, startOffset: offset))
        case "w:rPr" where runs.last?.depth == depth - 1:
            runs[runs.count - 1].propertiesStart = output.start(raw)
        default:
            output.start(raw)
        }
    }

    func endElement(_ name: String, qualifiedName: String) {
        reader.endElement(name)
        defer { depth -= 1 }
        if name == "w:t", piece != nil, runs.last?.depth == depth - 1 {
            // A deletion never outlives its `w:t` (the first pass made sure); should the file
            // have changed since, it is closed here rather than left open.
            if let anchor = replacing { finishReplacement(anchor) }
            guard let piece else { return }
            if piece.split {
                var piece = piece
                flush(&piece)
            } else if piece.text.isEmpty {
                output.markup(piece.tag + "/>")
                runs[runs.count - 1].hasContent = true
            } else {
                runs[runs.count - 1].hasContent = true
                output.markup(piece.tag + ">")
                output.markup(bytes: piece.text)
                output.markup("</\(piece.qualifiedName)>")
            }
            self.piece = nil
            return
        }
        switch name {
        case "w:rPr" where runs.last?.depth == depth - 1:
            output.end(qualifiedName)
            if let start = runs[runs.count - 1].propertiesStart {
                runs[runs.count - 1].properties = Array(output.bytes[start...])
                runs[runs.count - 1].propertiesStart = nil
            }
        case "w:r" where runs.last?.depth == depth:
            output.end(qualifiedName)
            runs.removeLast()
            writePending()
        case "w:p":
            writePending()
            output.end(qualifiedName)
        default:
            output.end(qualifiedName)
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard piece != nil, reader.readsText else {
            if reader.readsText {
                // Document text outside a run's own `w:t` (malformed, but read): markers can only
                // go to the next place between runs.
                reader.feedScalars(bytes) { scalar, position in
                    if let position { before(position, splittable: false) }
                    output.text(utf8: scalar)
                    if let position { after(position) }
                }
            } else {
                reader.characters(bytes)
                output.text(utf8: bytes)
            }
            return
        }
        // The reader keeps every scalar of a run's text but the spaces that would open a
        // paragraph, so the positions follow from how far its text grew.
        let opening = reader.cursor
        reader.characters(bytes)
        guard let opening, let closing = reader.cursor, closing.paragraph == opening.paragraph else {
            XMLOutput.escapeText(bytes, into: &piece!.text)
            return
        }
        let kept = closing.count - opening.count
        if pending.isEmpty, replacing == nil,
           kept == 0 || !boundaries.contains(paragraph: closing.paragraph, columns: (opening.count + 1)...closing.count) {
            XMLOutput.escapeText(bytes, into: &piece!.text)
            return
        }
        var dropped = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } - kept
        var column = opening.count
        bytes.forEachScalarSlice { scalar in
            if dropped > 0 {
                dropped -= 1
                XMLOutput.escapeText(scalar, into: &piece!.text)
                return
            }
            column += 1
            let position = SourcePosition(line: closing.paragraph, column: column)
            before(position, splittable: true)
            XMLOutput.escapeText(scalar, into: &piece!.text)
            after(position)
        }
    }

    func comment(_ text: String) {
        // A comment inside a `w:t` would end up outside the text when the piece is written.
        if piece == nil { output.comment(text) }
    }

    func processingInstruction(target: String, data: String?) {
        if piece == nil { output.processingInstruction(target: target, data: data) }
    }

    func startElement(_ name: String, attributes: XMLAttributes) {}
    func endElement(_ name: String) {}

    // MARK: markers

    /// Before the scalar at `position`: ranges that end just before it and ranges that start
    /// at it get their markers here, splitting the run when they fall inside one.
    private func before(_ position: SourcePosition, splittable: Bool) {
        guard !pending.isEmpty || boundaries.contains(position) else { return }
        let startHere = starts[position] ?? []
        guard !startHere.isEmpty || !pending.isEmpty else { return }
        let markup = startHere.map { DocxMarkup.rangeStart($0, w) }.joined()
        // A run is split by writing its tag and properties again; one with properties too large
        // to repeat (a hostile file's) is not split.
        guard splittable, let run = runs.last, run.tag.utf8.count + run.properties.count <= 65_536, replacing == nil else {
            pending += markup
            displaced.formUnion(startHere)
            displaced.formUnion(pendingEnds)
            pendingEnds = []
            return
        }
        splitRun()
        output.markup(pending + markup)
        pending = ""
        pendingEnds = []
        if let anchor = replacements[position], let replacement = anchor.replacement, piece != nil {
            output.markup("<\(w)del \(DocxMarkup.revisionAttributes(replacement.deletion, author: author, date: date, w))>")
            reopenRun()
            piece?.deleting = true
            replacing = anchor
        } else {
            reopenRun()
        }
    }

    /// After the scalar at `position`: ranges that end with it are closed at the next place a
    /// marker may go (before the next scalar, or after the run).
    private func after(_ position: SourcePosition) {
        guard boundaries.contains(position) else { return }
        if let anchor = replacing, anchor.last == position {
            finishReplacement(anchor)
            return
        }
        if let endHere = ends[position] {
            pending += endHere.map { DocxMarkup.rangeEnd($0, w) }.joined()
            pendingEnds += endHere
        }
    }

    /// Ends the deletion and writes the insertion, in the run's formatting, then the ends of
    /// the ranges that end with the match.
    private func finishReplacement(_ anchor: DocxAnchor) {
        replacing = nil
        guard let replacement = anchor.replacement, !runs.isEmpty else { return }
        splitRun()
        output.markup("</\(w)del><\(w)ins \(DocxMarkup.revisionAttributes(replacement.insertion, author: author, date: date, w))>")
        let run = runs[runs.count - 1]
        output.markup(run.tag + ">")
        output.markup(bytes: run.properties)
        let text = (piece?.qualifiedName.dropLast(1)).map(String.init) ?? w
        output.markup("<\(text)t xml:space=\"preserve\">\(XMLOutput.escaped(replacement.text))</\(text)t></\(run.name)></\(w)ins>")
        output.markup(ends[anchor.last].map { $0.map { DocxMarkup.rangeEnd($0, w) }.joined() } ?? "")
        ends[anchor.last] = nil
        reopenRun()
        piece?.deleting = false
    }

    private func writePending() {
        guard !pending.isEmpty, replacing == nil else { return }
        output.markup(pending)
        pending = ""
        pendingEnds = []
    }

    /// Closes the innermost run where the text has got to (writing the text held so far);
    /// a run with nothing in it yet is taken back out instead.
    private func splitRun() {
        if var piece {
            flush(&piece)
            self.piece = piece
        }
        if runs[runs.count - 1].hasContent {
            output.markup("</\(runs[runs.count - 1].name)>")
        } else {
            output.truncate(to: runs[runs.count - 1].startOffset)
        }
    }

    /// Opens a run like the one just split.
    private func reopenRun() {
        let run = runs[runs.count - 1]
        output.closeTag()
        runs[runs.count - 1].startOffset = output.bytes.count
        runs[runs.count - 1].hasContent = false
        output.markup(run.tag + ">")
        output.markup(bytes: run.properties)
    }

    private func flush(_ piece: inout Piece) {
        piece.split = true
        guard !piece.text.isEmpty else { return }
        // In the run's own prefix (the file's, even when it is the default namespace).
        let prefix = piece.qualifiedName.dropLast(1)
        let element = prefix + (piece.deleting ? "delText" : "t")
        output.markup("<\(element) xml:space=\"preserve\">")
        output.markup(bytes: piece.text)
        output.markup("</\(element)>")
        piece.text = []
        runs[runs.count - 1].hasContent = true
    }
}
