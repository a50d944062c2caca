import TenderLintCore

/// Writes XML as UTF-8 bytes, for parts that are read with `XMLRawStreamHandler` and written
/// back with changes. A start tag stays open until its first content, so an element with no
/// content is written `<a/>` as it usually was in the file.
package struct XMLOutput {
    package private(set) var bytes: [UInt8] = []
    /// A start tag has been written without its closing `>`.
    private var tagOpen = false

    package init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The XML declaration Office and ODF parts carry.
    package mutating func declaration(standalone: Bool) {
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"" + (standalone ? " standalone=\"yes\"" : "") + "?>\r\n")
    }

    /// Writes a start tag as the file had it; returns the offset where it begins.
    @discardableResult
    package mutating func start(_ element: RawXMLElement) -> Int {
        closeTag()
        let offset = bytes.count
        bytes.append(UInt8(ascii: "<"))
        bytes += element.qualifiedName.utf8
        for (prefix, uri) in element.namespaces {
            bytes += " xmlns".utf8
            if let prefix {
                bytes.append(UInt8(ascii: ":"))
                bytes += prefix.utf8
            }
            bytes += "=\"".utf8
            Self.escapeAttribute(uri, into: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        for (name, value) in element.attributes {
            bytes.append(UInt8(ascii: " "))
            bytes += name.utf8
            bytes += "=\"".utf8
            Self.escapeAttribute(value, into: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        tagOpen = true
        return offset
    }

    /// `<name xmlns… attributes…` without the closing `>`.
    package static func openTag(_ element: RawXMLElement) -> String {
        var tag = "<" + element.qualifiedName
        for (prefix, uri) in element.namespaces {
            tag += " xmlns" + (prefix.map { ":" + $0 } ?? "") + "=\"" + escapeAttribute(uri) + "\""
        }
        for (name, value) in element.attributes {
            tag += " " + name + "=\"" + escapeAttribute(value) + "\""
        }
        return tag
    }

    package mutating func end(_ qualifiedName: String) {
        if tagOpen {
            append("/>")
            tagOpen = false
        } else {
            append("</" + qualifiedName + ">")
        }
    }

    /// Text content, escaped.
    mutating func text(_ text: String) {
        closeTag()
        Self.escapeText(text, into: &bytes)
    }

    /// Text content given as UTF-8 bytes, escaped.
    package mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
        closeTag()
        Self.escapeText(utf8, into: &bytes)
    }

    /// Markup written as is (already well-formed and escaped).
    package mutating func markup(_ markup: String) {
        closeTag()
        append(markup)
    }

    package mutating func markup(bytes more: [UInt8]) {
        closeTag()
        bytes += more
    }

    package mutating func comment(_ text: String) {
        closeTag()
        append("<!--" + text + "-->")
    }

    package mutating func processingInstruction(target: String, data: String?) {
        closeTag()
        append("<?" + target + (data.map { " " + $0 } ?? "") + "?>")
    }

    /// Puts markup in at an earlier offset (where an element began).
    package mutating func insert(_ markup: String, at offset: Int) {
        bytes.insert(contentsOf: Array(markup.utf8), at: offset)
    }

    /// Takes back everything written from `offset` on (which must be where an element began).
    package mutating func truncate(to offset: Int) {
        bytes.removeSubrange(offset...)
        tagOpen = false
    }

    /// Ends an open start tag with `>`, so what follows is its content.
    package mutating func closeTag() {
        if tagOpen {
            bytes.append(UInt8(ascii: ">"))
            tagOpen = false
        }
    }

    private mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    package static func escapeText<Bytes: Sequence<UInt8>>(_ text: Bytes, into bytes: inout [UInt8]) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\r"): bytes += Array("&#13;".utf8)
            default: bytes.append(byte)
            }
        }
    }

    static func escapeText(_ text: String, into bytes: inout [UInt8]) {
        escapeText(text.utf8, into: &bytes)
    }

    /// Whether XML 1.0 can hold the character at all (no control characters but tab and line
    /// ends, no non-characters).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Text escaped for element content, as a string (for markup built by hand).
    package static func escaped(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 < 0x20 || $0 == 0xEF }) {
            return text  // nothing to escape or leave out (U+FFFE and U+FFFF start with 0xEF)
        }
        var bytes: [UInt8] = []
        var allowed = String.UnicodeScalarView()
        allowed.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        escapeText(String(allowed), into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func escapeAttribute(_ value: String, into bytes: inout [UInt8]) {
        if !value.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\"") || $0 < 0x20 || $0 == 0xEF }) {
            bytes += value.utf8
        } else {
            bytes += escapeAttribute(value).utf8
        }
    }

    /// A value escaped for a double-quoted attribute; white space other than a space is kept
    /// as character references, which attribute normalisation would otherwise turn to spaces.
    package static func escapeAttribute(_ value: String) -> String {
        ScalarEscaping.escape(value) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "\n": "&#10;"
            case "\r": "&#13;"
            case "\t": "&#9;"
            default: isAllowed(scalar) ? nil : ""
            }
        }
    }
}
