import Foundation
import TenderLintCore
import TenderLintReaders
import TenderLintRules
import TenderLintEngine

/// `--format docx` for a Markdown, text or ODT input: a new Word document of the text, one
/// paragraph per block (headings as Word headings, lists as Word lists, tables as tables),
/// with the findings as comments on exactly their text. Inline Markdown formatting (bold,
/// links) is not carried over: the text is the linted text, so the comments sit where the
/// findings are.
public enum DocxBuilder {
    public static func build(
        _ file: FileReport, rules: [RuleMetadata], substitutionRules: Set<String>, to destination: String?,
        options: AnnotatedCopy.Options = AnnotatedCopy.Options()
    ) throws(TenderLintError) -> AnnotatedCopy.Summary {
        guard !file.blocks.isEmpty || file.findings.isEmpty else {
            throw TenderLintError(path: file.path, message: "dokumentets text finns inte kvar för en Word-kopia (keepBlocks)")
        }
        let (parts, summary) = package(file, rules: rules, substitutionRules: substitutionRules, options: options)
        let data = try PackageWriter.write(parts, to: destination)
        return AnnotatedCopy.Summary(output: destination ?? "", comments: summary.comments,
                                     trackedChanges: summary.trackedChanges, data: data)
    }

    private struct Anchor {
        var comment: Int
        var range: Range<Int>
        var replacement: TrackedReplacement?
    }

    static func package(
        _ file: FileReport, rules: [RuleMetadata], substitutionRules: Set<String>, options: AnnotatedCopy.Options
    ) -> ([PackagePart], AnnotatedCopy.Summary) {
        let text = AnnotationText(rules: rules)
        let date = DocxAnnotator.dateString(options.date)
        var summary = AnnotatedCopy.Summary(output: "")

        // Comments by block.
        var anchors: [Int: [Anchor]] = [:]
        var comments = ""
        var commented: [Finding] = []
        var nextID = 0
        for finding in file.findings where finding.textRange.count > 0 && file.blocks.indices.contains(finding.blockIndex)
            && finding.textRange.upperBound <= file.blocks[finding.blockIndex].scalars.count {
            anchors[finding.blockIndex, default: []].append(Anchor(comment: nextID, range: finding.textRange))
            comments += DocxMarkup.comment(
                nextID, paragraphs: text.paragraphs(for: finding),
                author: options.author, initials: options.initials, date: date, "w:")
            commented.append(finding)
            nextID += 1
        }
        summary.comments = nextID
        if options.trackChanges {
            for (block, list) in anchors {
                for index in list.indices {
                    let finding = commented[list[index].comment]
                    guard substitutionRules.contains(finding.rule), finding.safe,
                          finding.suggestions.count == 1, !finding.suggestions[0].isEmpty else { continue }
                    let range = list[index].range
                    let crossed = list.contains { other in
                        other.comment != list[index].comment
                            && (range.contains(other.range.lowerBound) && other.range.lowerBound != range.lowerBound
                                || range.contains(other.range.upperBound) && other.range.upperBound != range.lowerBound
                                || other.range.lowerBound == range.lowerBound && other.replacement != nil)
                    }
                    guard !crossed else { continue }
                    anchors[block]?[index].replacement = TrackedReplacement(
                        deletion: nextID, insertion: nextID + 1,
                        text: Fixer.matchingCase(finding.suggestions[0], like: finding.match))
                    nextID += 2
                    summary.trackedChanges += 1
                }
            }
        }

        // The body.
        var body = ""
        var numbering = NumberingState()
        var index = 0
        let blocks = file.blocks
        while index < blocks.count {
            if case .tableCell = blocks[index].kind {
                var end = index
                while end < blocks.count, case .tableCell = blocks[end].kind { end += 1 }
                body += table(blocks, index..<end, anchors: anchors, author: options.author, date: date)
                numbering.lastWasList = false
                index = end
                continue
            }
            body += paragraph(blocks[index], properties: properties(of: blocks[index].kind, numbering: &numbering),
                              anchors: anchors[index] ?? [], author: options.author, date: date)
            index += 1
        }
        let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let document = declaration + "<w:document xmlns:w=\"\(main)\"><w:body>" + body
            + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\" "
            + "w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
            + "</w:body></w:document>"
        let title = XMLOutput.escaped(URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent)
        let core = declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>\(title)</dc:title>"
            + "<dc:creator>\(XMLOutput.escaped(options.author))</dc:creator>"
            + "<dc:language>sv-SE</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:created></cp:coreProperties>"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("word/document.xml", document),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering.xml),
            ("word/comments.xml", declaration + "<w:comments xmlns:w=\"\(main)\">" + comments + "</w:comments>"),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("docProps/core.xml", core),
        ]
        return (parts.map { PackagePart(name: $0.0, data: Data($0.1.utf8), modified: options.date) }, summary)
    }

    // MARK: paragraphs

    private struct NumberingState {
        var lastWasList = false
        var orderedLists = 0
        /// The numbering of the ordered list being written.
        var current: Int?

        /// Bullets share numbering 1; each new ordered list gets a numbering of its own, so it
        /// starts again from 1.
        mutating func number(ordered: Bool) -> Int {
            if !lastWasList { current = nil }
            lastWasList = true
            guard ordered else { return 1 }
            if let current { return current }
            orderedLists += 1
            current = orderedLists + 1
            return orderedLists + 1
        }

        var xml: String {
            var xml = declaration + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            for (id, ordered) in [(0, false), (1, true)] {
                xml += "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
                for level in 0..<9 {
                    let format = ordered ? (level % 3 == 0 ? "decimal" : level % 3 == 1 ? "lowerLetter" : "lowerRoman") : "bullet"
                    let text = ordered ? "%\(level + 1)." : (level % 2 == 0 ? "•" : "◦")
                    xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/>"
                        + "<w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
                        + "<w:pPr><w:ind w:left=\"\(720 * (level + 1))\" w:hanging=\"360\"/></w:pPr></w:lvl>"
                }
                xml += "</w:abstractNum>"
            }
            xml += "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            for list in 0..<orderedLists {
                xml += "<w:num w:numId=\"\(list + 2)\"><w:abstractNumId w:val=\"1\"/>"
                    + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            }
            return xml + "</w:numbering>"
        }
    }

    private static func properties(of kind: BlockKind, numbering: inout NumberingState) -> String {
        switch kind {
        case .heading(let level):
            numbering.lastWasList = false
            return "<w:pPr><w:pStyle w:val=\"Heading\(min(max(level, 1), 6))\"/></w:pPr>"
        case .listItem(let depth, let ordered):
            let id = numbering.number(ordered: ordered)
            return "<w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"\(min(max(depth - 1, 0), 8))\"/>"
                + "<w:numId w:val=\"\(id)\"/></w:numPr></w:pPr>"
        case .quote:
            numbering.lastWasList = false
            return "<w:pPr><w:pStyle w:val=\"Quote\"/></w:pPr>"
        case .footnote, .header, .footer:
            numbering.lastWasList = false
            return "<w:pPr><w:pStyle w:val=\"Notes\"/></w:pPr>"
        case .paragraph, .tableCell:
            numbering.lastWasList = false
            return ""
        }
    }

    private static func table(
        _ blocks: [Block], _ range: Range<Int>, anchors: [Int: [Anchor]], author: String, date: String
    ) -> String {
        var cells: [Int: [Int: [Int]]] = [:]
        var columns = 0
        for index in range {
            guard case .tableCell(let row, let column) = blocks[index].kind else { continue }
            cells[row, default: [:]][column, default: []].append(index)
            columns = max(columns, column + 1)
        }
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid>"
        for _ in 0..<columns { xml += "<w:gridCol w:w=\"\(9000 / max(columns, 1))\"/>" }
        xml += "</w:tblGrid>"
        for row in cells.keys.sorted() {
            xml += "<w:tr>"
            for column in 0..<columns {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(9000 / max(columns, 1))\" w:type=\"dxa\"/></w:tcPr>"
                let indices = cells[row]?[column] ?? []
                if indices.isEmpty { xml += "<w:p/>" }
                for index in indices {
                    xml += paragraph(blocks[index], properties: "", anchors: anchors[index] ?? [], author: author, date: date)
                }
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// One paragraph: its text in runs split where comments start and end.
    private static func paragraph(_ block: Block, properties: String, anchors: [Anchor], author: String, date: String) -> String {
        var xml = "<w:p>" + properties
        var starts: [Int: [Anchor]] = [:]
        var ends: [Int: [Int]] = [:]
        var cuts: Set<Int> = [0, block.scalars.count]
        for anchor in anchors {
            starts[anchor.range.lowerBound, default: []].append(anchor)
            ends[anchor.range.upperBound, default: []].append(anchor.comment)
            cuts.insert(anchor.range.lowerBound)
            cuts.insert(anchor.range.upperBound)
        }
        let points = cuts.sorted()
        var skipUntil = 0
        for (offset, point) in points.enumerated() {
            for id in ends[point] ?? [] { xml += DocxMarkup.rangeEnd(id, "w:") }
            for anchor in starts[point] ?? [] { xml += DocxMarkup.rangeStart(anchor.comment, "w:") }
            if let anchor = starts[point]?.first(where: { $0.replacement != nil }), let replacement = anchor.replacement {
                xml += "<w:del \(DocxMarkup.revisionAttributes(replacement.deletion, author: author, date: date, "w:"))>"
                    + "<w:r>" + runText(block.scalars[anchor.range], element: "w:delText") + "</w:r></w:del>"
                    + "<w:ins \(DocxMarkup.revisionAttributes(replacement.insertion, author: author, date: date, "w:"))>"
                    + "<w:r>" + runText(Array(replacement.text.unicodeScalars)[...], element: "w:t") + "</w:r></w:ins>"
                skipUntil = anchor.range.upperBound
            }
            guard offset + 1 < points.count else { break }
            let next = points[offset + 1]
            let from = max(point, skipUntil)
            if from < next { xml += "<w:r>" + runText(block.scalars[from..<next], element: "w:t") + "</w:r>" }
        }
        return xml + "</w:p>"
    }

    /// Text as `w:t` (or `w:delText`) pieces, tabs as `w:tab` (escaping leaves out characters
    /// XML cannot hold).
    private static func runText(_ scalars: ArraySlice<Unicode.Scalar>, element: String) -> String {
        var xml = ""
        var text = String.UnicodeScalarView()
        func flush() {
            guard !text.isEmpty else { return }
            xml += "<\(element) xml:space=\"preserve\">\(XMLOutput.escaped(String(text)))</\(element)>"
            text = String.UnicodeScalarView()
        }
        for scalar in scalars {
            if scalar == "\t" {
                flush()
                xml += "<w:tab/>"
            } else {
                text.append(scalar)
            }
        }
        flush()
        return xml
    }

    // MARK: fixed parts

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"

    private static let contentTypes = declaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/word/numbering.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        + "<Override PartName=\"/word/comments.xml\" ContentType=\"\(DocxAnnotator.commentsType)\"/>"
        + "<Override PartName=\"/docProps/core.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "</Types>"

    private static let packageRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
        + "Target=\"docProps/core.xml\"/></Relationships>"

    private static let documentRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        + "Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" "
        + "Target=\"numbering.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" "
        + "Target=\"comments.xml\"/></Relationships>"

    private static let styles: String = {
        var xml = declaration
            + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/>"
            + "<w:sz w:val=\"22\"/><w:lang w:val=\"sv-SE\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        let sizes = [32, 28, 26, 24, 22, 22]
        for level in 1...6 {
            xml += "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:spacing w:before=\"\(level == 1 ? 360 : 240)\" w:after=\"120\"/>"
                + "<w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr>"
                + "<w:rPr><w:b/><w:sz w:val=\"\(sizes[level - 1])\"/></w:rPr></w:style>"
        }
        xml += "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:qFormat/><w:pPr><w:ind w:left=\"567\" w:right=\"567\"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Notes\"><w:name w:val=\"Notes\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"CommentText\"><w:name w:val=\"annotation text\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>"
            + "<w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:tblPr><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        }
        return xml + "</w:tblBorders></w:tblPr></w:style></w:styles>"
    }()
}
