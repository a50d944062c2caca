import TenderLintCore

/// Turns one WordprocessingML part (the body, footnotes, a header) into blocks as it streams:
/// - paragraphs and runs, with tabs, breaks and special hyphens;
/// - headings by paragraph style or outline level, lists by numbering, table cells;
/// - field results count, field instructions do not; insertions count, deletions and
///   moved-from text do not;
/// - content controls, with placeholder text marked as such;
/// - text boxes once: of `mc:AlternateContent`'s Choice and Fallback, only the Choice.
package final class DocxPartHandler: TextCursorHandler {
    private struct ParagraphProperties {
        var style: String?
        var outlineLevel: Int?
        var numId: String?
        var level: Int?
    }

    private(set) var collector: ParagraphCollector
    private let styles: DocxStyles?
    private let numbering: DocxNumbering?
    /// The kind of every paragraph of a part that is not the main text.
    private let partKind: BlockKind?

    /// Elements whose content is not text of the document.
    private var skipped = SkippedSubtrees(DocxPartHandler.skippedNames)
    private var inText = false
    private var inParagraphProperties = false
    private var inNumbering = false
    private var properties: [ParagraphProperties] = []
    private var tables: [(row: Int, column: Int)] = []
    /// For each open content control: whether it is showing its placeholder.
    private var contentControls: [Bool] = []
    private var inControlProperties = false

    /// Elements whose whole content is left out.
    private static let skippedNames: Set<String> = [
        "mc:Fallback", "w:del", "w:moveFrom", "w:instrText", "w:delText", "w:delInstrText", "w:rPr", "w:pPrChange",
        "w:rPrChange", "w:sectPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblGrid", "w:sym", "w:commentReference",
    ]

    package init(part: String?, partKind: BlockKind?, styles: DocxStyles?, numbering: DocxNumbering?) {
        collector = ParagraphCollector(part: part)
        self.partKind = partKind
        self.styles = styles
        self.numbering = numbering
    }

    package func startElement(_ name: String, attributes: XMLAttributes) {
        if skipped.enter(name) { return }
        switch name {
        case "w:footnote", "w:endnote":
            // The separator lines between the text and the notes are not notes.
            if let type = attributes["w:type"], type != "normal" { skipped.skipEntered() }
        case "w:p":
            collector.begin(partKind ?? .paragraph)
            properties.append(ParagraphProperties())
        case "w:pPr": inParagraphProperties = true
        case "w:pStyle" where inParagraphProperties: updateProperties { $0.style = attributes["w:val"] }
        case "w:outlineLvl" where inParagraphProperties:
            updateProperties { $0.outlineLevel = attributes["w:val"].flatMap(Int.init) }
        case "w:numPr" where inParagraphProperties: inNumbering = true
        case "w:numId" where inNumbering: updateProperties { $0.numId = attributes["w:val"] }
        case "w:ilvl" where inNumbering: updateProperties { $0.level = attributes["w:val"].flatMap(Int.init) }
        case "w:t": inText = true
        case "w:tab" where !inParagraphProperties: collector.append("\t")
        case "w:br", "w:cr": collector.append(" ")
        case "w:noBreakHyphen": collector.append("\u{2011}")
        case "w:softHyphen": collector.append("\u{AD}")
        case "w:tbl": tables.append((-1, -1))
        case "w:tr": if !tables.isEmpty { tables[tables.count - 1] = (tables[tables.count - 1].row + 1, -1) }
        case "w:tc": if !tables.isEmpty { tables[tables.count - 1].column += 1 }
        case "w:sdt": contentControls.append(false)
        case "w:sdtPr": inControlProperties = true
        case "w:showingPlcHdr" where inControlProperties:
            if !contentControls.isEmpty { contentControls[contentControls.count - 1] = true }
        case "w:sdtContent": if contentControls.last == true { collector.placeholderDepth += 1 }
        default: break
        }
    }

    package func endElement(_ name: String) {
        if skipped.leave() { return }
        switch name {
        case "w:p":
            let paragraph = properties.popLast() ?? ParagraphProperties()
            if styles?.isCode(paragraph.style) == true { collector.skipCurrent() }
            if styles?.isInstruction(paragraph.style) == true { collector.markInstruction() }
            collector.setKind(kind(of: paragraph))
            collector.end()
        case "w:pPr": inParagraphProperties = false
        case "w:numPr": inNumbering = false
        case "w:t": inText = false
        case "w:tbl": tables.removeLast()
        case "w:sdtPr": inControlProperties = false
        case "w:sdtContent": if contentControls.last == true { collector.placeholderDepth -= 1 }
        case "w:sdt": contentControls.removeLast()
        default: break
        }
    }

    package var cursor: TextCursor? { collector.cursor }

    /// Text arriving now is document text (inside `w:t`, outside anything left out).
    package var readsText: Bool { inText && !skipped.isSkipping }

    package var failure: String? {
        (collector.overlong) ? "ett stycke är längre än \(ParagraphCollector.maxParagraphLength) tecken; filen läses inte" : nil
    }

    package func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText, !skipped.isSkipping { collector.append(utf8: bytes) }
    }

    private func updateProperties(_ update: (inout ParagraphProperties) -> Void) {
        guard !properties.isEmpty else { return }
        update(&properties[properties.count - 1])
    }

    private func kind(of paragraph: ParagraphProperties) -> BlockKind {
        if let partKind { return partKind }
        if let level = paragraph.outlineLevel, level >= 0, level < 9 { return .heading(level: level + 1) }
        if let level = styles?.headingLevel(paragraph.style) { return .heading(level: level) }
        if let table = tables.last { return .tableCell(row: max(0, table.row), column: max(0, table.column)) }
        let direct = paragraph.numId.map { ($0, paragraph.level ?? 0) }
        if let (numId, level) = direct ?? styles?.numbering(paragraph.style), numId != "0" {
            return .listItem(depth: level + 1, ordered: numbering?.isOrdered(numId: numId, level: level) ?? false)
        }
        return .paragraph
    }
}
