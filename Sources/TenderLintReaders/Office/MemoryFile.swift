import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Bytes in an anonymous file that lives in memory only (Linux `memfd_create`), with a path
/// (`/proc/self/fd/N`) that libraries which want a file can open. Nothing reaches a disk, and
/// the memory is freed when the last descriptor to it closes. Nil where the system has no
/// such files or the bytes could not be written.
struct MemoryFile {
    let descriptor: Int32
    var path: String { "/proc/self/fd/\(descriptor)" }

    private typealias Create = @convention(c) (UnsafePointer<CChar>, UInt32) -> Int32

    /// `memfd_create`, looked up at run time: Swift's Glibc module does not declare it.
    private nonisolated(unsafe) static let create: Create? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memfd_create") else { return nil }
        return unsafeBitCast(symbol, to: Create.self)
        #else
        return nil
        #endif
    }()

    init?(_ data: Data) {
        #if os(Linux)
        guard let create = Self.create else { return nil }
        let descriptor = create("tenderlint-upload", 1)  // MFD_CLOEXEC
        guard descriptor >= 0 else { return nil }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 { if errno == EINTR { continue }; return false }
                offset += count
            }
            return true
        }
        guard written else {
            Glibc.close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        #else
        return nil
        #endif
    }

    /// Closes this descriptor; a library that opened the path keeps its own.
    func close() {
        #if os(Linux)
        Glibc.close(descriptor)
        #endif
    }
}
