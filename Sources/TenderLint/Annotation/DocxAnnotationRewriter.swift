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
        /// The start tag as written, without its `>`.
        var tag: String
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
    /// The part uses Strict OOXML's namespaces.
    private(set) var isStrict = false

    init(reader: DocxPartHandler, anchors: [DocxAnchor], author: String, date: String, capacity: Int) {
        self.reader = reader
        self.author = author
        self.date = date
        output = XMLOutput(capacity: capacity)
        output.declaration(standalone: true)
        for anchor in anchors {
            starts[anchor.start, default: []].append(anchor.comment)
            ends[anchor.last, default: []].append(anchor.comment)
            if anchor.replacement != nil { replacements[anchor.start] = anchor }
        }
    }

    // MARK: events

    func startElement(_ name: String, attributes: XMLAttributes, raw: RawXMLElement) {
        depth += 1
        if depth == 1, let colon = raw.qualifiedName.firstIndex(of: ":") {
            w = String(raw.qualifiedName[...colon])
        } else if depth == 1 {
            w = ""
        }
        if depth == 1 { isStrict = raw.namespaces.contains { $0.uri == "http://purl.oclc.org/ooxml/wordprocessingml/main" } }
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
        if runChild { runs[runs.count - 1].hasContent = true }
        switch name {
        case "w:r":
            let offset = output.start(raw)
            runs.append(Run(tag: XMLOutput.openTag(raw), depth: depth, startOffset: offset))
        case "w:rPr" where runs.last?.depth == depth - 1:
            runs[runs.count - 1].propertiesStart = output.start(raw)
        default:
            output.start(raw)
        }
    }

    func endElement(_ name: String, qualifiedName: String) {
        reader.endElement(name)
        defer { depth -= 1 }
        if name == "w:t", var piece, runs.last?.depth == depth - 1 {
            if piece.split {
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
        reader.feedScalars(bytes) { scalar, position in
            if let position { before(position, splittable: true) }
            XMLOutput.escapeText(scalar, into: &piece!.text)
            if let position { after(position) }
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
        let startHere = starts[position] ?? []
        guard !startHere.isEmpty || !pending.isEmpty else { return }
        let markup = startHere.map { DocxMarkup.rangeStart($0, w) }.joined()
        guard splittable, !runs.isEmpty, replacing == nil else {
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
        if let anchor = replacing, anchor.last == position, let replacement = anchor.replacement {
            splitRun()
            output.markup("</\(w)del><\(w)ins \(DocxMarkup.revisionAttributes(replacement.insertion, author: author, date: date, w))>")
            let run = runs[runs.count - 1]
            output.markup(run.tag + ">")
            output.markup(bytes: run.properties)
            output.markup("<\(w)t xml:space=\"preserve\">\(XMLOutput.escaped(replacement.text))</\(w)t></\(w)r></\(w)ins>")
            output.markup(ends[position].map { $0.map { DocxMarkup.rangeEnd($0, w) }.joined() } ?? "")
            reopenRun()
            piece?.deleting = false
            replacing = nil
            return
        }
        if let endHere = ends[position] {
            pending += endHere.map { DocxMarkup.rangeEnd($0, w) }.joined()
            pendingEnds += endHere
        }
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
            output.markup("</\(w)r>")
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
        let element = piece.deleting ? "\(w)delText" : "\(w)t"
        output.markup("<\(element) xml:space=\"preserve\">")
        output.markup(bytes: piece.text)
        output.markup("</\(element)>")
        piece.text = []
        runs[runs.count - 1].hasContent = true
    }
}
