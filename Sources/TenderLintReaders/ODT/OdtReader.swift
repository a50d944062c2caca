import Foundation
import TenderLintCore

/// Reads OpenDocument text: `.odt` and `.ott` packages (`content.xml`, and `styles.xml` for
/// headers and footers), and flat `.fodt` files, where the same XML is one file.
public enum OdtReader {
    public static func read(path: String, limits: ReadLimits) throws(TenderLintError) -> Document {
        try read(try PackageArchive(path: path, limits: limits))
    }

    /// Reads an OpenDocument package held in memory.
    public static func read(data: Data, path: String, limits: ReadLimits) throws(TenderLintError) -> Document {
        try read(try PackageArchive(data: data, path: path, limits: limits))
    }

    /// Reads a flat OpenDocument held in memory.
    public static func readFlat(data: Data, path: String) throws(TenderLintError) -> Document {
        let handler = OdtHandler(pagesPart: "office:master-styles")
        try XMLPartReading.parse(data, part: (path as NSString).lastPathComponent, path: path, with: handler)
        return Document(path: path, format: .fodt, blocks: handler.main.blocks + handler.pages.blocks, source: nil,
                        encoding: "utf-8")
    }

    static func read(_ archive: PackageArchive) throws(TenderLintError) -> Document {
        let path = archive.path
        guard archive.contains("content.xml") else {
            throw TenderLintError(
                path: path,
                message: archive.contains("word/document.xml")
                    ? "filen är ett Word-dokument; byt filändelse till .docx"
                    : "ZIP-arkivet saknar content.xml, så det är inget OpenDocument-dokument")
        }
        let content = OdtHandler(pagesPart: "styles.xml")
        try XMLPartReading.parse("content.xml", in: archive, with: content)
        var blocks = content.main.blocks
        if archive.contains("styles.xml") {
            let styles = OdtHandler(pagesPart: "styles.xml")
            try XMLPartReading.parse("styles.xml", in: archive, with: styles)
            blocks += styles.pages.blocks
        }
        return Document(path: path, format: .odt, blocks: blocks, source: nil, encoding: "utf-8")
    }

    public static func readFlat(path: String, limits: ReadLimits) throws(TenderLintError) -> Document {
        let handler = OdtHandler(pagesPart: "office:master-styles")
        try XMLPartReading.parseFile(path, limits: limits, with: handler)
        return Document(path: path, format: .fodt, blocks: handler.main.blocks + handler.pages.blocks, source: nil,
                        encoding: "utf-8")
    }
}
