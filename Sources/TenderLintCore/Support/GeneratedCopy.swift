/// The copies tenderlint writes beside the files it lints, named by a marker before the
/// extension: `anbud.kommenterad.docx` (an annotated copy), `anbud.rättad.md` (a fixed copy).
/// A folder lint skips them, so a copy is never linted as if it were a tender.
public enum GeneratedCopy {
    /// What names an annotated copy: `anbud.kommenterad.docx`.
    public static let annotatedMarker = "kommenterad"
    /// What names a fixed copy: `anbud.rättad.md`.
    public static let fixedMarker = "rättad"

    /// Whether a file name is one of these copies.
    public static func isGeneratedCopy(_ name: String) -> Bool {
        let parts = name.precomposedStringWithCanonicalMapping.lowercased().split(separator: ".")
        return parts.count >= 3 && [annotatedMarker, fixedMarker].contains(String(parts[parts.count - 2]))
    }
}
