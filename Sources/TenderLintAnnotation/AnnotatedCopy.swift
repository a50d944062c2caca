import Foundation
import TenderLintCore
import TenderLintReaders
import TenderLintRules
import TenderLintEngine

/// `--format docx` and `--format odt`: the document back with the findings as comments.
/// A Word input gets an annotated copy of itself, an ODT input likewise; any other input
/// (Markdown, text, or an ODT asked for as Word) becomes a new document of its text.
public enum AnnotatedCopy {
    public enum Kind: String, Sendable {
        case docx
        case odt
    }

    public struct Options: Sendable {
        public var trackChanges = false
        public var author = "tenderlint"
        public var initials = "TL"
        public var date = Date()
        public var limits = ReadLimits()
        /// The input's bytes when it is held in memory (an upload): read instead of the file
        /// at the report's path.
        public var original: Data?

        public init() {}
    }

    /// What was written.
    public struct Summary: Sendable, Equatable {
        public var output: String
        public var comments = 0
        public var trackedChanges = 0
        /// Findings in headers and footers, where Word allows no comments.
        public var notPlaced = 0
        /// Comments whose range could not be put exactly on the text (unusual markup).
        public var displaced = 0
        /// The copy itself, when it was made in memory (no destination).
        public var data: Data?
    }

    /// The input package: the bytes held in memory, else the file at the report's path.
    static func archive(of file: FileReport, options: Options) throws(TenderLintError) -> PackageArchive {
        if let original = options.original { return try PackageArchive(data: original, path: file.path, limits: options.limits) }
        return try PackageArchive(path: file.path, limits: options.limits)
    }

    /// Why a copy of this kind cannot be made of a file in `format`, if it cannot: an ODT copy
    /// needs an OpenDocument input (any input can become a new Word document).
    public static func refusal(_ kind: Kind, from format: DocumentFormat) -> String? {
        kind == .odt && format != .odt && format != .fodt
            ? "en kommenterad ODT-fil kan bara göras av en ODT-fil" : nil
    }

    /// `anbud.docx` → `anbud.kommenterad.docx`. A copy of the same kind keeps the input's
    /// extension (`.dotx`, `.docm`, `.fodt`): Word refuses a file whose extension does not
    /// match its content type.
    public static func defaultPath(for input: String, kind: Kind) -> String {
        let url = URL(fileURLWithPath: input)
        let stem = url.deletingPathExtension().lastPathComponent
        let format = DocumentFormat(path: input)
        let sameKind = kind == .docx ? format == .docx : (format == .odt || format == .fodt)
        let name = "\(stem).\(GeneratedCopy.annotatedMarker).\(sameKind ? url.pathExtension.lowercased() : kind.rawValue)"
        let directory = (input as NSString).deletingLastPathComponent
        return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }

    /// Where the copies of `files` go: `output` for a single file, files in the `output` folder
    /// (made when missing) for several, else beside each input; two inputs with one copy name
    /// get `anbud.kommenterad.docx` and `anbud-2.kommenterad.docx`.
    public static func destinations(for files: [String], kind: Kind, output: String?) throws(TenderLintError) -> [String] {
        var targets: [String]
        if let output {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
            if files.count == 1 && !(exists && isDirectory.boolValue) && !output.hasSuffix("/") {
                targets = [output]
            } else {
                if !exists {
                    do {
                        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                    } catch {
                        throw TenderLintError(path: output, message: "mappen kunde inte skapas: \(error.localizedDescription)")
                    }
                } else if !isDirectory.boolValue {
                    throw TenderLintError(path: output, message: "flera filer granskas, så --output ska vara en mapp")
                }
                targets = files.map { file in
                    (output as NSString).appendingPathComponent(
                        (defaultPath(for: file, kind: kind) as NSString).lastPathComponent)
                }
            }
        } else {
            targets = files.map { defaultPath(for: $0, kind: kind) }
        }
        // Two inputs with one copy name (anbud.docx and anbud.md; the same name in two folders):
        // anbud.kommenterad.docx and anbud-2.kommenterad.docx, still skipped by a folder lint.
        var seen: [String: Int] = [:]
        for (index, target) in targets.enumerated() {
            seen[target, default: 0] += 1
            guard let count = seen[target], count > 1, let place = target.range(of: ".\(GeneratedCopy.annotatedMarker).", options: .backwards)
            else { continue }
            targets[index] = target.replacingCharacters(in: place, with: "-\(count).\(GeneratedCopy.annotatedMarker).")
        }
        return targets
    }

    /// Writes the copy to `destination` (a temporary file renamed into place), or, with no
    /// destination, returns it in the summary's `data`.
    public static func write(
        _ file: FileReport, as kind: Kind, rules: [RuleMetadata], to destination: String?,
        options: AnnotatedCopy.Options = AnnotatedCopy.Options()
    ) throws(TenderLintError) -> AnnotatedCopy.Summary {
        let substitutions = Fixer.replacingRules(rules)
        switch (kind, file.format) {
        case (.docx, .docx):
            return try DocxAnnotator.annotate(file, rules: rules, substitutionRules: substitutions, to: destination,
                                              options: options)
        case (.odt, .odt), (.odt, .fodt):
            return try OdtAnnotator.annotate(file, rules: rules, to: destination, options: options)
        case (.docx, _):
            return try DocxBuilder.build(file, rules: rules, substitutionRules: substitutions, to: destination,
                                         options: options)
        case (.odt, _):
            throw TenderLintError(
                path: file.path, message: (refusal(kind, from: file.format) ?? "") + "; använd --format docx för andra format")
        }
    }
}
