import Foundation

/// Every file tenderlint writes goes through here: to a temporary file beside the target,
/// renamed into place, so the target is either what it was or the whole new content.
package enum AtomicWrite {
    /// `failure` starts the message of the error (`filen kunde inte skrivas: <reason>`).
    package static func write(_ data: Data, to path: String, failure: String = "filen kunde inte skrivas") throws(TenderLintError) {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw TenderLintError(path: path, message: "\(failure): \(error.localizedDescription)")
        }
    }
}
