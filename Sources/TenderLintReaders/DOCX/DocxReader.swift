import Foundation
import TenderLintCore

/// Reads a Word document (`.docx`, `.docm`, `.dotx`): the main text of `word/document.xml`,
/// then footnotes, endnotes, headers and footers as blocks of their own parts. Styles and
/// numbering come from `word/styles.xml` and `word/numbering.xml`.
public enum DocxReader {
    public static func read(path: String, limits: ReadLimits) throws(TenderLintError) -> Document {
        try read(try PackageArchive(path: path, limits: limits))
    }

    /// Reads a Word document held in memory.
    public static func read(data: Data, path: String, limits: ReadLimits) throws(TenderLintError) -> Document {
        try read(try PackageArchive(data: data, path: path, limits: limits))
    }

    /// Reads a bare `document.xml` with no styles or numbering (for the fuzzer).
    package static func readMainPart(_ xml: Data, path: String) throws(TenderLintError) -> Document {
        let handler = DocxPartHandler(part: nil, partKind: nil, styles: nil, numbering: nil)
        try XMLPartReading.parse(xml, part: "word/document.xml", path: path, with: handler)
        return Document(path: path, format: .docx, blocks: handler.collector.blocks, source: nil, encoding: "utf-8")
    }

    static func read(_ archive: PackageArchive) throws(TenderLintError) -> Document {
        let path = archive.path
        let main = "word/document.xml"
        guard archive.contains(main) else {
            throw TenderLintError(
                path: path,
                message: archive.contains("content.xml")
                    ? "filen är ett OpenDocument-dokument; byt filändelse till .odt"
                    : "ZIP-arkivet saknar word/document.xml, så det är ingen Word-fil")
        }
        var styles: DocxStyles?
        if archive.contains("word/styles.xml") {
            let handler = DocxStyles()
            try XMLPartReading.parse("word/styles.xml", in: archive, with: handler)
            styles = handler
        }
        var numbering: DocxNumbering?
        if archive.contains("word/numbering.xml") {
            let handler = DocxNumbering()
            try XMLPartReading.parse("word/numbering.xml", in: archive, with: handler)
            numbering = handler
        }
        var blocks: [Block] = []
        func read(_ part: String, kind: BlockKind?) throws(TenderLintError) {
            let handler = DocxPartHandler(
                part: kind == nil ? nil : part, partKind: kind, styles: styles, numbering: numbering)
            try XMLPartReading.parse(part, in: archive, with: handler)
            blocks += handler.collector.blocks
        }
        try read(main, kind: nil)
        for (part, kind) in [("word/footnotes.xml", BlockKind.footnote), ("word/endnotes.xml", .footnote)]
        where archive.contains(part) {
            try read(part, kind: kind)
        }
        for (prefix, kind) in [("word/header", BlockKind.header), ("word/footer", .footer)] {
            let parts = archive.partNames.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".xml") && !$0.contains("/_rels/") }
            for part in parts.sorted(by: { $0.localizedStandardCompare($1) == .orderedAscending }) {
                try read(part, kind: kind)
            }
        }
        return Document(path: path, format: .docx, blocks: blocks, source: nil, encoding: "utf-8")
    }
}
