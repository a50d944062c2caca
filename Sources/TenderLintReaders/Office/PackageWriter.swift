import Foundation
import ZIPFoundation
import TenderLintCore

/// One part of a package to write.
package struct PackagePart {
    var name: String
    var data: Data
    var compressed = true
    var modified = Date()
    var isDirectory = false

    package init(name: String, data: Data, compressed: Bool = true, modified: Date = Date(), isDirectory: Bool = false) {
        self.name = name
        self.data = data
        self.compressed = compressed
        self.modified = modified
        self.isDirectory = isDirectory
    }
}

/// Writes a ZIP package (an annotated copy, a new document) to a temporary file beside the
/// target and renames it into place, so the target is either the old file or the whole new
/// one, never half written.
package enum PackageWriter {
    /// Writes the package to `destination`, or, without one, returns it (an upload's copy,
    /// which never touches the disk).
    @discardableResult
    package static func write(_ parts: [PackagePart], to destination: String?) throws(TenderLintError) -> Data? {
        guard let destination else {
            do {
                let archive = try Archive(accessMode: .create)
                try add(parts, to: archive)
                guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
                return data
            } catch {
                throw TenderLintError(path: nil, message: "kopian kunde inte skapas: \(error.localizedDescription)")
            }
        }
        let target = URL(fileURLWithPath: destination)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try writeArchive(parts, at: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw TenderLintError(path: destination, message: "filen kunde inte skrivas: \(error.localizedDescription)")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw TenderLintError(path: destination, message: "filen kunde inte skrivas: \(reason)")
        }
        return nil
    }

    /// The archive is closed (and its buffers flushed) when this returns.
    private static func writeArchive(_ parts: [PackagePart], at url: URL) throws {
        try add(parts, to: try Archive(url: url, accessMode: .create))
    }

    private static func add(_ parts: [PackagePart], to archive: Archive) throws {
        for part in parts {
            let data = part.data
            try archive.addEntry(
                with: part.name, type: part.isDirectory ? .directory : .file, uncompressedSize: Int64(data.count),
                modificationDate: part.modified, compressionMethod: part.compressed ? .deflate : .none,
                provider: { position, size in
                    data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
                    })
        }
    }
}
