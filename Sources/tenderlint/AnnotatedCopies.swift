import Foundation
import TenderLintCore
import TenderLintEngine
import TenderLintAnnotation

/// `--format docx|odt`: writes an annotated copy of every linted file and prints one line
/// per copy; a copy that cannot be made is an error of the run (exit status 2).
struct AnnotatedCopies {
    var output: String?
    var trackChanges: Bool

    func write(_ report: inout LintReport, as kind: AnnotatedCopy.Kind, inputs: [String]) throws {
        // An ODT copy needs an ODT input: the others are errors, and get no name.
        let copyable = report.files.filter { AnnotatedCopy.refusal(kind, from: $0.format) == nil }
        for file in report.files {
            if let refusal = AnnotatedCopy.refusal(kind, from: file.format) {
                report.errors.append(TenderLintError(path: file.path, message: refusal + "; använd --format docx för andra format"))
            }
        }
        let targets = try destinations(for: copyable.map(\.path), kind: kind, inputs: inputs)
        var options = AnnotatedCopy.Options()
        options.trackChanges = trackChanges
        var lines = ""
        for (file, target) in zip(copyable, targets) {
            do throws(TenderLintError) {
                let summary = try AnnotatedCopy.write(file, as: kind, rules: report.rules, to: target, options: options)
                var details = ["\(summary.comments) \(summary.comments == 1 ? "kommentar" : "kommentarer")"]
                if summary.trackedChanges > 0 {
                    details.append("\(summary.trackedChanges) \(summary.trackedChanges == 1 ? "spårad ändring" : "spårade ändringar")")
                }
                if summary.notPlaced > 0 {
                    details.append("\(summary.notPlaced) fynd i sidhuvud eller sidfot utan kommentar (se textrapporten)")
                }
                if summary.displaced > 0 {
                    details.append("\(summary.displaced) kommentarer kunde inte placeras exakt")
                }
                lines += "\(target): \(details.joined(separator: ", "))\n"
            } catch {
                report.errors.append(error)
            }
        }
        FileHandle.standardOutput.write(Data(lines.utf8))
        for error in report.errors { FileHandle.standardError.write(Data("tenderlint: \(error)\n".utf8)) }
    }

    /// One target per file (see `AnnotatedCopy.destinations`), never a file being linted.
    private func destinations(for files: [String], kind: AnnotatedCopy.Kind, inputs: [String]) throws -> [String] {
        let targets: [String]
        do {
            targets = try AnnotatedCopy.destinations(for: files, kind: kind, output: output)
        } catch {
            throw CommandFailure(message: error.description)
        }
        for target in targets { try OutputFile.refuseInput(target, inputs: inputs) }
        return targets
    }
}
