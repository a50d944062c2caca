import Foundation
import ZIPFoundation
import TenderLintCore

/// A DOCX or ODT package: a ZIP archive read part by part, each decompressed in chunks and
/// counted against `ReadLimits`, so sizes declared in the archive are never trusted.
package final class PackageArchive {
    package let path: String
    private let archive: Archive
    private let limits: ReadLimits
    private var entries: [String: Entry] = [:]
    /// Part names in the order the archive holds them.
    package private(set) var orderedPartNames: [String] = []
    private var totalRead = 0

    /// Opens a package on disk.
    package convenience init(path: String, limits: ReadLimits) throws(TenderLintError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path, "åtkomst nekad") }
        var head = (try? handle.read(upToCount: 8)) ?? Data()
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            // An OLE file: look further for the streams that say whether it is encrypted.
            head += (try? handle.read(upToCount: 4 * 1_048_576)) ?? Data()
        }
        try? handle.close()
        try Self.checkSignature(head, path: path)
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw TenderLintError(path: path, message: "ZIP-arkivet är trasigt eller avkortat och kan inte öppnas")
        }
        try self.init(archive: archive, path: path, limits: limits)
    }

    /// Opens a package held in memory (an upload, a fuzzer's input). ZIPFoundation's own
    /// in-memory archives trap on some malformed archives (found by fuzzing), where file-backed
    /// ones report an error, so the bytes are put in an anonymous in-memory file
    /// (`memfd_create`, read through `/proc/self/fd`) that never reaches a disk. Where the
    /// system has none, they go to a private temporary file that is unlinked as soon as it is
    /// open.
    package convenience init(data: Data, path: String, limits: ReadLimits) throws(TenderLintError) {
        try Self.checkSignature(data.prefix(4 * 1_048_576), path: path)
        let archive: Archive
        if let memory = MemoryFile(data) {
            defer { memory.close() }
            do {
                archive = try Archive(url: URL(fileURLWithPath: memory.path), accessMode: .read)
            } catch {
                throw TenderLintError(path: path, message: "ZIP-arkivet är trasigt eller avkortat och kan inte öppnas")
            }
            try self.init(archive: archive, path: path, limits: limits)
            return
        }
        let directory = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("tenderlint-\(UUID().uuidString)", isDirectory: true)
        let file = directory.appendingPathComponent("package.zip")
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            guard FileManager.default.createFile(atPath: file.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw TenderLintError(path: path, message: "en temporär fil kunde inte skrivas")
            }
            defer { try? FileManager.default.removeItem(at: directory) }
            archive = try Archive(url: file, accessMode: .read)
        } catch let error as TenderLintError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw TenderLintError(path: path, message: "ZIP-arkivet är trasigt eller avkortat och kan inte öppnas")
        }
        try self.init(archive: archive, path: path, limits: limits)
    }

    private init(archive: Archive, path: String, limits: ReadLimits) throws(TenderLintError) {
        self.path = path
        self.limits = limits
        self.archive = archive
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.maxEntries {
                throw TenderLintError(
                    path: path, message: "ZIP-arkivet har fler än \(limits.maxEntries) delar; det läses inte (maxEntries)")
            }
            if entries.updateValue(entry, forKey: entry.path) == nil { orderedPartNames.append(entry.path) }
        }
    }

    /// A part's declared size, decompressed (a hint only: never trusted as a bound).
    package func uncompressedSize(_ part: String) -> UInt64? {
        entries[part]?.uncompressedSize
    }

    /// How a part is stored, to write it back the same way.
    package func storage(_ part: String) -> (compressed: Bool, modified: Date, isDirectory: Bool)? {
        guard let entry = entries[part] else { return nil }
        let modified = entry.fileAttributes[.modificationDate] as? Date ?? Date()
        return (entry.isCompressed, modified, entry.type == .directory)
    }

    package var partNames: [String] { entries.keys.sorted() }

    package func contains(_ part: String) -> Bool { entries[part] != nil }

    /// Streams one part's decompressed bytes to `consume`, enforcing the limits as it goes.
    /// `checkRatio: false` when a part is only copied, not parsed (a blank bitmap compresses
    /// far more than any XML); the size limits still hold.
    func read(_ part: String, checkRatio: Bool = true, _ consume: (Data) throws(TenderLintError) -> Void) throws(TenderLintError) {
        guard let entry = entries[part] else {
            throw TenderLintError(path: path, message: "delen \(part) saknas i ZIP-arkivet")
        }
        guard entry.type == .file else { return }
        if entry.uncompressedSize > UInt64(limits.maxEntrySize) {
            throw entryTooLarge(part)
        }
        var read = 0
        var failure: TenderLintError?
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                read += chunk.count
                totalRead += chunk.count
                if read > limits.maxEntrySize { failure = entryTooLarge(part) }
                if totalRead > limits.maxUncompressedSize {
                    failure = TenderLintError(
                        path: path,
                        message: "ZIP-arkivet packas upp till mer än \(limits.maxUncompressedSize / 1_048_576) MB; "
                            + "det kan vara en zipbomb och läses inte (maxUncompressedSize)")
                }
                if checkRatio, read > 1_048_576, entry.compressedSize > 0,
                   UInt64(read) / entry.compressedSize > UInt64(limits.maxCompressionRatio) {
                    failure = TenderLintError(
                        path: path,
                        message: "\(part) packas upp mer än \(limits.maxCompressionRatio) gånger sin storlek; "
                            + "det kan vara en zipbomb och läses inte (maxCompressionRatio)")
                }
                if let failure { throw failure }
                do throws(TenderLintError) {
                    try consume(chunk)
                } catch {
                    failure = error
                    throw error
                }
            }
        } catch {
            if let failure { throw failure }
            throw TenderLintError(path: path, message: "\(part) kunde inte packas upp: ZIP-arkivet är skadat")
        }
    }

    /// A whole (small) part.
    package func data(_ part: String, checkRatio: Bool = true) throws(TenderLintError) -> Data {
        var data = Data()
        try read(part, checkRatio: checkRatio) { chunk throws(TenderLintError) in data.append(chunk) }
        return data
    }

    private func entryTooLarge(_ part: String) -> TenderLintError {
        TenderLintError(
            path: path,
            message: "\(part) är större än \(limits.maxEntrySize / 1_048_576) MB uppackad och läses inte (maxEntrySize)")
    }

    /// Says what the file is when it is not a ZIP archive: an encrypted Office file or a
    /// legacy Word file (both OLE compound files), or something else.
    static func checkSignature(_ head: Data, path: String) throws(TenderLintError) {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            let encrypted = ["EncryptionInfo", "EncryptedPackage"].contains { name in
                head.range(of: Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil
            }
            if encrypted {
                throw TenderLintError(
                    path: path,
                    message: "dokumentet är lösenordsskyddat och kan inte läsas; ta bort lösenordet i Word "
                        + "(Arkiv > Info > Skydda dokument) och spara det som .docx")
            }
            throw TenderLintError(
                path: path,
                message: "det är ett äldre Word-dokument (.doc), inte .docx; öppna det i Word och spara det som .docx")
        }
        if head.isEmpty { throw TenderLintError(path: path, message: "filen är tom") }
        throw TenderLintError(path: path, message: "filen är inte ett ZIP-arkiv, så det är ingen giltig DOCX- eller ODT-fil")
    }
}
