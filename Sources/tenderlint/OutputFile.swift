import Foundation
import TenderLintEngine

/// Writing reports: atomically, and never over a file being linted.
enum OutputFile {
    static func refuseInput(_ output: String, inputs: [String]) throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        let (files, _) = FileDiscovery.expand(inputs)
        for file in files where URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path == target {
            throw CommandFailure(message: "\(output): rapporten får inte skrivas över en fil som granskas")
        }
    }

    /// Writes to a temporary file beside the target and renames it into place.
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(message: "\(path): rapporten kunde inte skrivas: \(error.localizedDescription)")
        }
    }
}
