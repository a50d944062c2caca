import Foundation
import TenderLintCore
import TenderLintReaders
import TenderLintRules
import TenderLintEngine

/// `--format odt` for an OpenDocument input: a copy with one comment per finding, an
/// `office:annotation` where the matched text starts and an `office:annotation-end` where it
/// ends. Only `content.xml` changes (a flat `.fodt` is one file); every other part of the
/// package is copied byte for byte, `mimetype` first and stored as ODF requires.
public enum OdtAnnotator {
    public static func annotate(
        _ file: FileReport, rules: [RuleMetadata], to destination: String?,
        options: AnnotatedCopy.Options = AnnotatedCopy.Options()
    ) throws(TenderLintError) -> AnnotatedCopy.Summary {
        var summary = AnnotatedCopy.Summary(output: destination ?? "")
        let anchors = anchors(for: file, rules: rules, summary: &summary)
        let date = DocxAnnotator.dateString(options.date)
        if file.format == .fodt {
            let rewriter = OdtAnnotationRewriter(
                reader: OdtHandler(pagesPart: "office:master-styles"), anchors: anchors, author: options.author, date: date)
            if let original = options.original {
                try XMLPartReading.parse(original, part: (file.path as NSString).lastPathComponent, path: file.path, with: rewriter)
            } else {
                try XMLPartReading.parseFile(file.path, limits: options.limits, with: rewriter)
            }
            summary.displaced = rewriter.missing.count
            let data = Data(rewriter.output.bytes)
            if let destination { try AtomicWrite.write(data, to: destination) } else { summary.data = data }
            return summary
        }
        let archive = try AnnotatedCopy.archive(of: file, options: options)
        guard archive.contains("content.xml") else {
            throw TenderLintError(path: file.path, message: "ZIP-arkivet saknar content.xml, så det är inget OpenDocument-dokument")
        }
        let rewriter = OdtAnnotationRewriter(
            reader: OdtHandler(pagesPart: "styles.xml"), anchors: anchors, author: options.author, date: date)
        try XMLPartReading.parse("content.xml", in: archive, with: rewriter)
        summary.displaced = rewriter.missing.count
        summary.data = try PackageCopy.write(
            archive, replacing: ["content.xml": Data(rewriter.output.bytes)], adding: [], to: destination)
        return summary
    }

    /// The comments of the main text; findings in headers and footers (master pages) are
    /// counted as not placed.
    static func anchors(for file: FileReport, rules: [RuleMetadata], summary: inout AnnotatedCopy.Summary) -> [OdtAnchor] {
        let text = AnnotationText(rules: rules)
        let prefix = "tenderlint-" + UUID().uuidString.prefix(8).lowercased() + "-"
        var anchors: [OdtAnchor] = []
        for finding in file.findings {
            guard finding.part == nil else {
                summary.notPlaced += 1
                continue
            }
            guard finding.range.start.line == finding.range.end.line, finding.range.end.column > finding.range.start.column
            else { continue }
            anchors.append(OdtAnchor(
                name: prefix + String(anchors.count + 1), start: finding.range.start,
                last: SourcePosition(line: finding.range.end.line, column: finding.range.end.column - 1),
                paragraphs: text.paragraphs(for: finding)))
        }
        summary.comments = anchors.count
        return anchors
    }
}

struct OdtAnchor {
    var name: String
    var start: SourcePosition
    var last: SourcePosition
    var paragraphs: [String]
}

/// Writes ODF text XML back out with annotations around the anchors' text. The reader's
/// handler runs alongside, one scalar at a time, so positions are exactly the findings'.
/// An annotation is a point in the text, so no element is split.
final class OdtAnnotationRewriter: XMLRawStreamHandler {
    private let reader: OdtHandler
    private(set) var output = XMLOutput()
    private let author: String
    private let date: String
    private var starts: [SourcePosition: [OdtAnchor]] = [:]
    private var ends: [SourcePosition: [String]] = [:]
    /// Where annotations start or end: text elsewhere is copied without looking.
    private var boundaries: BoundaryIndex
    private var office = "office:"
    private var text = "text:"
    private var declaresDublinCore = false
    private var depth = 0
    /// Annotation ends that go after an element, by its depth (a `text:s` that ends a match,
    /// a field whose text does).
    private var afterElement: [Int: String] = [:]
    /// Every open element: name, where its start tag begins in the output, depth.
    private var open: [(name: String, offset: Int, depth: Int)] = []
    /// Elements whose content may hold an annotation; text in any other (a field such as
    /// `text:reference-ref` or `text:date`) can hold only text.
    private static let annotatable: Set<String> = [
        "text:p", "text:h", "text:span", "text:a", "text:meta", "text:ruby-base", "text:note-body", "text:section",
        "office:text", "text:list-item", "text:list-header", "table:table-cell",
    ]
    /// Anchors whose start or end never came up (not written).
    private(set) var missing: Set<String> = []
    private var written: Set<String> = []

    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    init(reader: OdtHandler, anchors: [OdtAnchor], author: String, date: String) {
        self.reader = reader
        self.author = author
        self.date = date
        output.declaration(standalone: false)
        boundaries = BoundaryIndex(anchors.flatMap { [$0.start, $0.last] })
        for anchor in anchors {
            starts[anchor.start, default: []].append(anchor)
            ends[anchor.last, default: []].append(anchor.name)
            missing.insert(anchor.name)
        }
    }

    func startElement(_ name: String, attributes: XMLAttributes, raw: RawXMLElement) {
        depth += 1
        var raw = raw
        if depth == 1 {
            // Annotations need prefixes for their attributes (`office:name`): the root's, or
            // ones declared on it.
            office = raw.prefix(for: Self.officeNamespace, preferred: "office")
            text = raw.prefix(for: Self.textNamespace, preferred: "text")
            declaresDublinCore = raw.namespaces.contains { $0.uri == Self.dublinCore && $0.prefix == "dc" }
        }
        let body = reader.readsBodyText
        let produced = reader.startElementProducing(name, attributes: attributes)
        if let produced, body {
            // A space, tab or break (`text:s` may stand for many): an annotation starting in
            // it goes before it, one ending in it after it.
            var columns = produced.lowerBound.column...produced.upperBound.column
            if columns.count > 1_000 { columns = columns.lowerBound...(columns.lowerBound + 999) }
            for column in columns { writeStarts(at: SourcePosition(line: produced.lowerBound.line, column: column)) }
            let offset = output.start(raw)
            open.append((name, offset, depth))
            let ends = columns.compactMap { endMarkup(at: SourcePosition(line: produced.lowerBound.line, column: $0)) }.joined()
            if !ends.isEmpty { placeEnd(ends, afterElementAt: depth) }
            return
        }
        let offset = output.start(raw)
        open.append((name, offset, depth))
    }

    func endElement(_ name: String, qualifiedName: String) {
        reader.endElement(name)
        output.end(qualifiedName)
        open.removeLast()
        if let markup = afterElement.removeValue(forKey: depth) { output.markup(markup) }
        depth -= 1
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard reader.readsBodyText, let cursor = reader.cursor, boundaries.contains(paragraph: cursor.paragraph) else {
            reader.characters(bytes)
            output.text(utf8: bytes)
            return
        }
        reader.feedScalars(bytes) { scalar, position in
            if let position { writeStarts(at: position) }
            output.text(utf8: scalar)
            if let position, let markup = endMarkup(at: position) { placeEnd(markup, afterElementAt: nil) }
        }
    }

    func comment(_ text: String) { output.comment(text) }

    func processingInstruction(target: String, data: String?) {
        output.processingInstruction(target: target, data: data)
    }

    func startElement(_ name: String, attributes: XMLAttributes) {}
    func endElement(_ name: String) {}

    private func writeStarts(at position: SourcePosition) {
        guard boundaries.contains(position), let anchors = starts[position] else { return }
        for anchor in anchors {
            let dc = declaresDublinCore ? "" : " xmlns:dc=\"\(Self.dublinCore)\""
            var markup = "<\(office)annotation\(dc) \(office)name=\"\(anchor.name)\">"
                + "<dc:creator>\(XMLOutput.escaped(author))</dc:creator><dc:date>\(date)</dc:date>"
            for paragraph in anchor.paragraphs { markup += "<\(text)p>\(XMLOutput.escaped(paragraph))</\(text)p>" }
            placeStart(markup + "</\(office)annotation>")
            written.insert(anchor.name)
        }
    }

    /// The field the text is in, if it is in one: the outermost element inside the innermost
    /// element that may hold an annotation.
    private var field: Int? {
        guard let last = open.indices.last, !Self.annotatable.contains(open[last].name) else { return nil }
        var index = last
        while index > 0, !Self.annotatable.contains(open[index - 1].name) { index -= 1 }
        return index
    }

    /// An annotation's start: here, or just before the field the text is in.
    private func placeStart(_ markup: String) {
        guard let field else {
            output.markup(markup)
            return
        }
        let offset = open[field].offset
        output.insert(markup, at: offset)
        for index in open.indices where open[index].offset >= offset { open[index].offset += markup.utf8.count }
    }

    /// An annotation's end: here (or after the element at `depth`), or just after the field
    /// the text is in.
    private func placeEnd(_ markup: String, afterElementAt depth: Int?) {
        if let field {
            afterElement[open[field].depth, default: ""] += markup
        } else if let depth {
            afterElement[depth, default: ""] += markup
        } else {
            output.markup(markup)
        }
    }

    private func endMarkup(at position: SourcePosition) -> String? {
        guard boundaries.contains(position), let names = ends[position] else { return nil }
        var markup = ""
        for name in names where written.contains(name) {
            markup += "<\(office)annotation-end \(office)name=\"\(name)\"/>"
            missing.remove(name)
        }
        return markup.isEmpty ? nil : markup
    }
}
