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
    }

    /// What names a copy: `anbud.kommenterad.docx`.
    public static let marker = GeneratedCopy.annotatedMarker

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
        let name = "\(stem).\(marker).\(sameKind ? url.pathExtension.lowercased() : kind.rawValue)"
        let directory = (input as NSString).deletingLastPathComponent
        return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }

    public static func write(
        _ file: FileReport, as kind: Kind, rules: [RuleMetadata], to destination: String,
        options: AnnotatedCopy.Options = AnnotatedCopy.Options()
    ) throws(TenderLintError) -> AnnotatedCopy.Summary {
        let substitutions = Set(rules.filter { $0.kind == "substitution" }.map(\.id))
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
