import Foundation

/// Reads a file from disk into a `Document` with the reader for its format.
public enum DocumentLoader {
    public static func load(path: String, limits: ReadLimits = ReadLimits()) throws(TenderLintError) -> Document {
        guard let format = DocumentFormat(path: path) else { throw .unsupportedFormat(path) }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .fileNotFound(path)
        }
        if let size = attributes[.size] as? Int, size > limits.maxFileSize {
            throw .tooLarge(path, bytes: size, limit: limits.maxFileSize)
        }
        switch format {
        case .docx: return try DocxReader.read(path: path, limits: limits)
        case .odt: return try OdtReader.read(path: path, limits: limits)
        case .fodt: return try OdtReader.readFlat(path: path, limits: limits)
        case .text, .markdown:
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadable(path, "åtkomst nekad eller läsfel")
            }
            return try read(bytes: [UInt8](data), path: path, format: format)
        }
    }

    /// Reads a text-based format from bytes in memory.
    public static func read(bytes: [UInt8], path: String, format: DocumentFormat) throws(TenderLintError) -> Document {
        let decoded = try TextDecoder.decode(bytes, path: path)
        switch format {
        case .markdown: return MarkdownReader.read(decoded, path: path)
        default: return PlainTextReader.read(decoded, path: path)
        }
    }
}
