import Foundation

/// Reads a file from disk into a `Document` with the reader for its format.
public enum DocumentLoader {
    public static func load(path: String, maxSize: Int = 100 * 1_048_576) throws(TenderLintError) -> Document {
        guard let format = DocumentFormat(path: path) else { throw .unsupportedFormat(path) }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .fileNotFound(path)
        }
        if let size = attributes[.size] as? Int, size > maxSize { throw .tooLarge(path, bytes: size, limit: maxSize) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path, "åtkomst nekad eller läsfel")
        }
        return try read(bytes: [UInt8](data), path: path, format: format)
    }

    public static func read(bytes: [UInt8], path: String, format: DocumentFormat) throws(TenderLintError) -> Document {
        let decoded = try TextDecoder.decode(bytes, path: path)
        switch format {
        case .text: return PlainTextReader.read(decoded, path: path)
        case .markdown: return MarkdownReader.read(decoded, path: path)
        }
    }
}
