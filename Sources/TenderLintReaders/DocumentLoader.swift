import Foundation
import TenderLintCore

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

    /// Reads a file held in memory (an upload, a test's input), in any format.
    public static func read(
        bytes: [UInt8], path: String, format: DocumentFormat, limits: ReadLimits = ReadLimits()
    ) throws(TenderLintError) -> Document {
        if bytes.count > limits.maxFileSize { throw .tooLarge(path, bytes: bytes.count, limit: limits.maxFileSize) }
        switch format {
        case .docx: return try DocxReader.read(data: Data(bytes), path: path, limits: limits)
        case .odt: return try OdtReader.read(data: Data(bytes), path: path, limits: limits)
        case .fodt: return try OdtReader.readFlat(data: Data(bytes), path: path)
        case .markdown: return MarkdownReader.read(try TextDecoder.decode(bytes, path: path), path: path)
        case .text: return PlainTextReader.read(try TextDecoder.decode(bytes, path: path), path: path)
        }
    }
}
