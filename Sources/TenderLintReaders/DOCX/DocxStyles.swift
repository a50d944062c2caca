import Foundation

/// Paragraph styles from `word/styles.xml`: which are headings (by outline level, or by a
/// name such as "heading 2" or "Rubrik 2", through `basedOn` chains), which are code, and
/// which carry list numbering.
package final class DocxStyles: XMLStreamHandler {
    struct Style {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var numId: String?
        var level: Int?
    }

    private(set) var styles: [String: Style] = [:]
    private var current: (id: String, style: Style)?
    private var inParagraphProperties = false

    package func startElement(_ name: String, attributes: XMLAttributes) {
        switch name {
        case "w:style":
            if attributes["w:type"] ?? "paragraph" == "paragraph", let id = attributes["w:styleId"] {
                current = (id, Style())
            } else {
                current = nil
            }
        case "w:name": current?.style.name = attributes["w:val"] ?? ""
        case "w:basedOn": current?.style.basedOn = attributes["w:val"]
        case "w:pPr": inParagraphProperties = true
        case "w:outlineLvl" where inParagraphProperties: current?.style.outlineLevel = attributes["w:val"].flatMap(Int.init)
        case "w:numId" where inParagraphProperties: current?.style.numId = attributes["w:val"]
        case "w:ilvl" where inParagraphProperties: current?.style.level = attributes["w:val"].flatMap(Int.init)
        default: break
        }
    }

    package func endElement(_ name: String) {
        switch name {
        case "w:style":
            if let current { styles[current.id] = current.style }
            current = nil
        case "w:pPr": inParagraphProperties = false
        default: break
        }
    }

    package func characters(_ bytes: UnsafeBufferPointer<UInt8>) {}

    /// The style and the styles it is based on, nearest first (cycles cut).
    private func chain(_ id: String?) -> [Style] {
        var result: [Style] = []
        var seen = Set<String>()
        var next = id
        while let id = next, seen.insert(id).inserted, let style = styles[id], result.count < 32 {
            result.append(style)
            next = style.basedOn
        }
        return result
    }

    private static let headingNames = try! NSRegularExpression(
        pattern: "^(heading|rubrik|überschrift|titre|otsikko|overskrift|kop|intestazione|título|encabezado)\\s*([1-9])$",
        options: [.caseInsensitive])

    /// The heading level of a paragraph style, or nil when it is not a heading.
    func headingLevel(_ id: String?) -> Int? {
        for style in chain(id) {
            if let level = style.outlineLevel, level >= 0, level < 9 { return level + 1 }
            let name = style.name.trimmingCharacters(in: .whitespaces)
            let range = NSRange(name.startIndex..., in: name)
            if let match = Self.headingNames.firstMatch(in: name, range: range),
               let digits = Range(match.range(at: 2), in: name) {
                return Int(name[digits])
            }
            if ["title", "rubrik", "titel"].contains(name.lowercased()) { return 1 }
        }
        // Styles without a definition: Word's own ids are "Heading1", "Rubrik1".
        if let id, styles[id] == nil, let last = id.last, let level = last.wholeNumberValue,
           id.lowercased().hasPrefix("heading") || id.lowercased().hasPrefix("rubrik") {
            return level
        }
        return nil
    }

    private static let codeNames: Set<String> = ["sourcecode", "htmlpreformatted", "macrotext", "code", "källkod"]

    /// Whether a paragraph style is for program code (e.g. pandoc's "Source Code").
    func isCode(_ id: String?) -> Bool {
        if let id, Self.codeNames.contains(id.lowercased()) { return true }
        return chain(id).contains {
            Self.codeNames.contains($0.name.lowercased().replacingOccurrences(of: " ", with: ""))
        }
    }

    /// Style names templates give guidance to their user (lower case, spaces removed).
    private static let instructionNames: Set<String> = [
        "anvisning", "anvisningar", "anvisningstext", "instruktion", "instruktioner", "instruktionstext", "vägledning",
        "hjälptext", "mallanvisning", "mallinstruktion", "guidance", "instruction", "instructions", "instructiontext",
    ]

    /// Whether a paragraph style is for guidance to the template's user ("Anvisning").
    func isInstruction(_ id: String?) -> Bool {
        if let id, Self.instructionNames.contains(id.lowercased()) { return true }
        return chain(id).contains {
            Self.instructionNames.contains($0.name.lowercased().replacingOccurrences(of: " ", with: ""))
        }
    }

    /// List numbering a paragraph style carries: (numId, level).
    func numbering(_ id: String?) -> (numId: String, level: Int)? {
        for style in chain(id) {
            if let numId = style.numId { return (numId, style.level ?? 0) }
        }
        return nil
    }
}

/// List formats from `word/numbering.xml`: whether a list level is numbered or bulleted.
package final class DocxNumbering: XMLStreamHandler {
    private var abstractFormats: [String: [Int: String]] = [:]
    private var numToAbstract: [String: String] = [:]
    private var abstractId: String?
    private var level: Int?
    private var numId: String?

    package func startElement(_ name: String, attributes: XMLAttributes) {
        switch name {
        case "w:abstractNum": abstractId = attributes["w:abstractNumId"]
        case "w:lvl": level = attributes["w:ilvl"].flatMap(Int.init)
        case "w:numFmt":
            if let abstractId, let level, let format = attributes["w:val"] {
                abstractFormats[abstractId, default: [:]][level] = format
            }
        case "w:num": numId = attributes["w:numId"]
        case "w:abstractNumId": if let numId, let value = attributes["w:val"] { numToAbstract[numId] = value }
        default: break
        }
    }

    package func endElement(_ name: String) {
        switch name {
        case "w:abstractNum": abstractId = nil
        case "w:lvl": level = nil
        case "w:num": numId = nil
        default: break
        }
    }

    package func characters(_ bytes: UnsafeBufferPointer<UInt8>) {}

    func isOrdered(numId: String, level: Int) -> Bool {
        guard let abstract = numToAbstract[numId], let format = abstractFormats[abstract]?[level] else { return false }
        return format != "bullet" && format != "none"
    }
}
