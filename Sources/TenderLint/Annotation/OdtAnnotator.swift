import Foundation

/// `--format odt` for an OpenDocument input: a copy with one comment per finding, an
/// `office:annotation` where the matched text starts and an `office:annotation-end` where it
/// ends. Only `content.xml` changes (a flat `.fodt` is one file); every other part of the
/// package is copied byte for byte, `mimetype` first and stored as ODF requires.
public enum OdtAnnotator {
    public static func annotate(
        _ file: FileReport, rules: [RuleMetadata], to destination: String,
        options: DocxAnnotator.Options = DocxAnnotator.Options()
    ) throws(TenderLintError) -> DocxAnnotator.Summary {
        var summary = DocxAnnotator.Summary(output: destination)
        let anchors = anchors(for: file, rules: rules, summary: &summary)
        let date = DocxAnnotator.dateString(options.date)
        if file.format == .fodt {
            let rewriter = OdtAnnotationRewriter(
                reader: OdtHandler(pagesPart: "office:master-styles"), anchors: anchors, author: options.author, date: date)
            try XMLPartReading.parseFile(file.path, limits: options.limits, with: rewriter)
            summary.displaced = rewriter.missing.count
            try writeAtomically(Data(rewriter.output.bytes), to: destination)
            return summary
        }
        let archive = try PackageArchive(path: file.path, limits: options.limits)
        guard archive.contains("content.xml") else {
            throw TenderLintError(path: file.path, message: "ZIP-arkivet saknar content.xml, så det är inget OpenDocument-dokument")
        }
        let rewriter = OdtAnnotationRewriter(
            reader: OdtHandler(pagesPart: "styles.xml"), anchors: anchors, author: options.author, date: date)
        try XMLPartReading.parse("content.xml", in: archive, with: rewriter)
        summary.displaced = rewriter.missing.count
        try PackageCopy.write(archive, replacing: ["content.xml": Data(rewriter.output.bytes)], adding: [], to: destination)
        return summary
    }

    /// The comments of the main text; findings in headers and footers (master pages) are
    /// counted as not placed.
    static func anchors(for file: FileReport, rules: [RuleMetadata], summary: inout DocxAnnotator.Summary) -> [OdtAnchor] {
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

    static func writeAtomically(_ data: Data, to destination: String) throws(TenderLintError) {
        do {
            try data.write(to: URL(fileURLWithPath: destination), options: .atomic)
        } catch {
            throw TenderLintError(path: destination, message: "filen kunde inte skrivas: \(error.localizedDescription)")
        }
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
    /// Annotation ends that go after the element being written (a `text:s` that ends a match).
    private var afterElement: (depth: Int, markup: String)?
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
        if depth == 1 {
            for (prefix, uri) in raw.namespaces {
                let written = prefix.map { $0 + ":" } ?? ""
                if uri == Self.officeNamespace { office = written }
                if uri == Self.textNamespace { text = written }
                if uri == Self.dublinCore, prefix == "dc" { declaresDublinCore = true }
            }
        }
        let body = reader.readsBodyText
        let produced = reader.startElementProducing(name, attributes: attributes)
        if let produced, body {
            writeStarts(at: produced.lowerBound)
            output.start(raw)
            if let markup = endMarkup(at: produced.upperBound) { afterElement = (depth, markup) }
            return
        }
        output.start(raw)
    }

    func endElement(_ name: String, qualifiedName: String) {
        reader.endElement(name)
        output.end(qualifiedName)
        if let pending = afterElement, pending.depth == depth {
            output.markup(pending.markup)
            afterElement = nil
        }
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
            if let position, let markup = endMarkup(at: position) { output.markup(markup) }
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
            output.markup(markup + "</\(office)annotation>")
            written.insert(anchor.name)
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
