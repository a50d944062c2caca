import TenderLintCore

/// Turns OpenDocument text XML (`content.xml`, `styles.xml`, or a whole flat `.fodt`) into
/// blocks as it streams: `text:h` headings by outline level, `text:p` paragraphs, list items
/// (numbered or bulleted by their list style), table cells, footnotes (`text:note`) where
/// they occur, headers and footers of the master pages. Spaces (`text:s`), tabs and line
/// breaks are kept; white space in character data collapses as ODF says; deleted text (kept
/// in `text:tracked-changes`), comments (`office:annotation`) and note citations are left out.
package final class OdtHandler: TextCursorHandler {
    private(set) var main: ParagraphCollector
    private(set) var pages: ParagraphCollector

    private var skipped = SkippedSubtrees(OdtHandler.skippedNames)
    /// Inside `office:body`, or inside a master page's header or footer (and which).
    private var inBody = false
    private var pageKind: BlockKind?
    /// Paragraph style → parent style, from automatic and common styles.
    private var styleParents: [String: String] = [:]
    /// List style → levels (1-based) that are numbered.
    private var numberedLevels: [String: Set<Int>] = [:]
    private var currentListStyle: String?
    private var lists: [(style: String?, depth: Int)] = []
    private var inListItem: [Bool] = []
    private var tables: [(row: Int, column: Int)] = []
    private var noteBodies = 0
    /// The last character appended was collapsible white space (or the paragraph just began).
    private var afterSpace = true
    private var placeholderCount = 0

    private static let skippedNames: Set<String> = [
        "text:tracked-changes", "office:annotation", "text:note-citation", "text:sequence-decls",
        "text:variable-decls", "text:user-field-decls", "office:forms", "svg:title", "svg:desc", "draw:object",
        "office:scripts", "office:font-face-decls", "text:bibliography-source", "text:index-title-template",
    ]

    package init(pagesPart: String) {
        main = ParagraphCollector(part: nil)
        pages = ParagraphCollector(part: pagesPart)
    }

    private var active: Bool { inBody || pageKind != nil }

    private func withCollector(_ body: (inout ParagraphCollector) -> Void) {
        if pageKind != nil { body(&pages) } else { body(&main) }
    }

    package func startElement(_ name: String, attributes: XMLAttributes) {
        if skipped.enter(name) { return }
        switch name {
        case "office:body": inBody = true
        case "style:header", "style:header-left", "style:header-first": pageKind = .header
        case "style:footer", "style:footer-left", "style:footer-first": pageKind = .footer
        case "style:style":
            if let style = attributes["style:name"], let parent = attributes["style:parent-style-name"] {
                styleParents[style] = parent
            }
        case "text:list-style": currentListStyle = attributes["style:name"]
        case "text:list-level-style-number":
            if let style = currentListStyle, let level = attributes["text:level"].flatMap(Int.init) {
                numberedLevels[style, default: []].insert(level)
            }
        case "text:list":
            let style = attributes["text:style-name"] ?? lists.last?.style
            lists.append((style, (lists.last?.depth ?? 0) + 1))
        case "text:list-item", "text:list-header": inListItem.append(true)
        case "table:table": tables.append((-1, -1))
        case "table:table-row": if !tables.isEmpty { tables[tables.count - 1] = (tables[tables.count - 1].row + 1, -1) }
        case "table:table-cell", "table:covered-table-cell": if !tables.isEmpty { tables[tables.count - 1].column += 1 }
        case "text:note-body": noteBodies += 1
        case "text:h" where active:
            let level = attributes["text:outline-level"].flatMap(Int.init) ?? 1
            beginParagraph(.heading(level: min(max(level, 1), 10)), style: nil)
        case "text:p" where active:
            beginParagraph(paragraphKind(style: attributes["text:style-name"]), style: attributes["text:style-name"])
        case "text:s" where active:
            let count = min(attributes["text:c"].flatMap(Int.init) ?? 1, 1_000)
            for _ in 0..<max(count, 1) { append(" ", collapsible: false) }
        case "text:tab" where active: append("\t", collapsible: false)
        case "text:line-break" where active: append(" ", collapsible: false)
        case "text:placeholder" where active:
            placeholderCount += 1
            withCollector { $0.placeholderDepth += 1 }
        default: break
        }
    }

    package func endElement(_ name: String) {
        if skipped.leave() { return }
        switch name {
        case "office:body": inBody = false
        case "style:header", "style:header-left", "style:header-first", "style:footer", "style:footer-left",
             "style:footer-first":
            pageKind = nil
        case "text:list-style": currentListStyle = nil
        case "text:list": lists.removeLast()
        case "text:list-item", "text:list-header": inListItem.removeLast()
        case "table:table": tables.removeLast()
        case "text:note-body": noteBodies -= 1
        case "text:h", "text:p":
            if active { withCollector { $0.end() } }
            afterSpace = false
        case "text:placeholder" where placeholderCount > 0:
            placeholderCount -= 1
            withCollector { $0.placeholderDepth -= 1 }
        default: break
        }
    }

    package var cursor: TextCursor? { pageKind != nil ? pages.cursor : main.cursor }

    /// Text arriving now is document text of the body (not of a master page, not left out).
    package var readsBodyText: Bool { inBody && pageKind == nil && !skipped.isSkipping }

    package var failure: String? {
        (main.overlong || pages.overlong) ? "ett stycke är längre än \(ParagraphCollector.maxParagraphLength) tecken; filen läses inte" : nil
    }

    package func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard active, !skipped.isSkipping else { return }
        bytes.forEachScalar { scalar in
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                append(" ", collapsible: true)
            } else {
                append(scalar, collapsible: false)
            }
        }
    }

    private func append(_ scalar: Unicode.Scalar, collapsible: Bool) {
        if collapsible {
            if afterSpace { return }
            afterSpace = true
        } else {
            afterSpace = false
        }
        withCollector { $0.append(scalar) }
    }

    private func beginParagraph(_ kind: BlockKind, style: String?) {
        let code = isCode(style)
        withCollector { collector in
            collector.begin(kind)
            if code { collector.skipCurrent() }
        }
        afterSpace = true
    }

    private func chain(_ style: String?) -> [String] {
        var names: [String] = []
        var next = style
        while let name = next, names.count < 32, !names.contains(name) {
            names.append(name)
            next = styleParents[name]
        }
        return names
    }

    private func isCode(_ style: String?) -> Bool {
        chain(style).contains { $0.contains("Preformatted") || $0.hasPrefix("Source_20_") }
    }

    private func paragraphKind(style: String?) -> BlockKind {
        if let pageKind { return pageKind }
        if noteBodies > 0 { return .footnote }
        if let table = tables.last { return .tableCell(row: max(0, table.row), column: max(0, table.column)) }
        if let list = lists.last, inListItem.last == true {
            let ordered = list.style.map { numberedLevels[$0]?.contains(list.depth) ?? false } ?? false
            return .listItem(depth: list.depth, ordered: ordered)
        }
        if chain(style).contains(where: { $0 == "Title" }) { return .heading(level: 1) }
        return .paragraph
    }
}
