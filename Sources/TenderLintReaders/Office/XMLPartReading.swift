import Foundation
import TenderLintCore

/// Streams one XML part of a package through a handler.
package enum XMLPartReading {
    package static func parse(_ part: String, in archive: PackageArchive, with handler: XMLStreamHandler) throws(TenderLintError) {
        let parser = try XMLStreamParser(handler: handler, part: part, path: archive.path)
        try archive.read(part) { chunk throws(TenderLintError) in
            try parser.feed(chunk)
            if let failure = handler.failure { throw TenderLintError(path: archive.path, message: "\(part): \(failure)") }
        }
        try parser.finish()
    }

    /// Streams XML held in memory through a handler, in chunks, as a package part would be.
    package static func parse(_ data: Data, part: String, path: String, with handler: XMLStreamHandler) throws(TenderLintError) {
        let parser = try XMLStreamParser(handler: handler, part: part, path: path)
        var offset = data.startIndex
        while offset < data.endIndex {
            let end = min(offset + 65_536, data.endIndex)
            try parser.feed(data[offset..<end])
            if let failure = handler.failure { throw TenderLintError(path: path, message: "\(part): \(failure)") }
            offset = end
        }
        try parser.finish()
    }

    /// Streams a whole file (a flat ODT) through a handler, in chunks, with the file size limit.
    package static func parseFile(_ path: String, limits: ReadLimits, with handler: XMLStreamHandler) throws(TenderLintError) {
        guard let stream = InputStream(fileAtPath: path) else { throw .fileNotFound(path) }
        let parser = try XMLStreamParser(handler: handler, part: (path as NSString).lastPathComponent, path: path)
        stream.open()
        defer { stream.close() }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var total = 0
        while true {
            let count = stream.read(&buffer, maxLength: buffer.count)
            if count < 0 { throw .unreadable(path, "läsfel") }
            if count == 0 { break }
            total += count
            if total > limits.maxFileSize { throw .tooLarge(path, bytes: total, limit: limits.maxFileSize) }
            try parser.feed(Data(buffer[0..<count]))
            if let failure = handler.failure { throw TenderLintError(path: path, message: failure) }
        }
        try parser.finish()
    }
}
