import Foundation
import TenderLintCore
import TenderLintRules

/// `tenderlint fix`: applies every safe finding (a substitution with one unambiguous
/// alternative, already inflected by its rule, that its examples show stays correct Swedish in
/// place; see `Finding.safe`) to a text or Markdown
/// file, keeping the case of what it replaces (`Erhålla` → `Få`, `SKALL` → `SKA`), and writes
/// the result in the file's own encoding and line ends.
public enum Fixer {
    public struct Fix: Sendable, Equatable {
        /// Scalar offsets in the source.
        public var range: Range<Int>
        public var original: String
        public var replacement: String
        public var rule: String
    }

    /// The rules whose single suggestion replaces the match: the substitutions. `fix` applies
    /// them and annotated copies propose them as tracked changes; an abbreviation's expansion
    /// or a fact rule's advice is a suggestion, never a replacement.
    public static func replacingRules(_ rules: [RuleMetadata]) -> Set<String> {
        Set(rules.filter { $0.kind == "substitution" }.map(\.id))
    }

    /// The fixes a file's findings allow, in order, none overlapping: findings of `rules` (the
    /// substitution rules: an abbreviation's expansion is a suggestion, not a replacement) with
    /// one suggestion, whose match holds no Markdown markup (`[i enlighet](…) med` would lose its
    /// link) — and none in a file whose decoding replaced bytes it could not read, which writing
    /// back would lose for good.
    public static func fixes(for file: FileReport, rules: Set<String>) -> [Fix] {
        guard file.format.isPlainText, let source = file.source, !source.scalars.contains("\u{FFFD}") else { return [] }
        var fixes: [Fix] = []
        for finding in file.findings where finding.safe && finding.suggestions.count == 1 && rules.contains(finding.rule) {
            if finding.match.unicodeScalars.contains(where: { "*_[]`<>|\\".unicodeScalars.contains($0) }) { continue }
            guard let start = source.offset(of: finding.range.start), let end = source.offset(of: finding.range.end), start < end else { continue }
            fixes.append(Fix(range: start..<end, original: finding.match,
                             replacement: matchingCase(finding.suggestions[0], like: finding.match), rule: finding.rule))
        }
        fixes.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count }
        var kept: [Fix] = []
        for fix in fixes where fix.range.lowerBound >= (kept.last?.range.upperBound ?? 0) { kept.append(fix) }
        return kept
    }

    /// `få` like `Erhålla` is `Få`; like `ERHÅLLA`, `FÅ`.
    package static func matchingCase(_ replacement: String, like original: String) -> String {
        let letters = original.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard let first = letters.first, first.properties.isUppercase else { return replacement }
        if letters.count > 1, letters.allSatisfy({ $0.properties.isUppercase }) { return replacement.uppercased() }
        return replacement.prefix(1).uppercased() + replacement.dropFirst()
    }

    /// The source with the fixes applied.
    public static func apply(_ fixes: [Fix], to source: SourceText) -> [Unicode.Scalar] {
        var result = source.scalars
        for fix in fixes.reversed() {
            result.replaceSubrange(fix.range, with: Array(fix.replacement.unicodeScalars))
        }
        return result
    }

    /// The text encoded as the file was (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`,
    /// `windows-1252`); nil when a replacement cannot be written in it.
    public static func encode(_ scalars: [Unicode.Scalar], as encoding: String) -> Data? {
        var string = String.UnicodeScalarView()
        string.append(contentsOf: scalars)
        let text = String(string)
        switch encoding {
        case "utf-8": return Data(text.utf8)
        case "utf-8-bom": return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        case "utf-16le": return Data([0xFF, 0xFE]) + (text.data(using: .utf16LittleEndian) ?? Data())
        case "utf-16be": return Data([0xFE, 0xFF]) + (text.data(using: .utf16BigEndian) ?? Data())
        case "windows-1252": return text.data(using: .windowsCP1252, allowLossyConversion: false)
        default: return nil
        }
    }

    /// The changed lines as a unified diff (`---`/`+++`, `@@ -line +line @@`, `-`/`+`).
    public static func diff(path: String, old: SourceText, new: [Unicode.Scalar]) -> String {
        func lines(_ source: SourceText) -> [String] {
            (1...source.lineCount).map { String(String.UnicodeScalarView(source.line($0))) }
        }
        return UnifiedDiff.render(old: lines(old), new: lines(SourceText(scalars: new)), oldLabel: path,
                                  newLabel: "\(path) (rättad)", context: 0)
    }

    /// Where `fix` writes by default: `anbud.md` → `anbud.rättad.md`.
    public static func fixedPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let base = url.deletingPathExtension()
        return base.path + "." + GeneratedCopy.fixedMarker + (ext.isEmpty ? "" : "." + ext)
    }
}

extension Fixer {
    /// What `fix` does with a file.
    public enum Mode: Sendable {
        /// Write `anbud.rättad.md` beside it.
        case newFile
        /// Replace the file, after a backup `anbud.md.bak`.
        case inPlace
        /// Write nothing; show the changes as a diff.
        case dryRun
    }

    /// What became of one file.
    public enum Outcome: Sendable, Equatable {
        /// Nothing to fix.
        case unchanged
        /// Not a file `fix` changes (DOCX, ODT): the reason, for the user.
        case skipped(String)
        /// `dryRun`: the changes as a unified diff.
        case diff(String)
        /// The fixes were written to `path`.
        case written(path: String, fixes: Int)
    }

    /// Applies the one-suggestion fixes of the `rules` (see `replacingRules`) to a text or
    /// Markdown file. Every write is atomic (a temporary file renamed into place), the backup
    /// too, so an earlier backup is replaced only by a complete new one and the file itself is
    /// only replaced once its backup is complete.
    public static func fix(_ file: FileReport, rules: Set<String>, mode: Mode) throws(TenderLintError) -> Outcome {
        guard file.format.isPlainText, let source = file.source else {
            return .skipped("fix rättar bara text och Markdown")
        }
        if source.scalars.contains("\u{FFFD}") {
            throw TenderLintError(path: file.path, message: "rättas inte: filen har byte som inte kunde läsas, och de skulle gå förlorade")
        }
        let fixes = fixes(for: file, rules: rules)
        guard !fixes.isEmpty else { return .unchanged }
        let fixed = apply(fixes, to: source)
        if mode == .dryRun { return .diff(diff(path: file.path, old: source, new: fixed)) }
        guard let data = encode(fixed, as: file.encoding) else {
            throw TenderLintError(path: file.path, message: "kan inte skriva tillbaka i kodningen \(file.encoding)")
        }
        let target = mode == .inPlace ? file.path : fixedPath(for: file.path)
        if mode == .inPlace {
            guard let original = FileManager.default.contents(atPath: file.path) else {
                throw TenderLintError(path: file.path, message: "kunde inte läsas för säkerhetskopian")
            }
            try AtomicWrite.write(original, to: file.path + ".bak", failure: "kunde inte skrivas")
        }
        try AtomicWrite.write(data, to: target, failure: "kunde inte skrivas")
        return .written(path: target, fixes: fixes.count)
    }
}
