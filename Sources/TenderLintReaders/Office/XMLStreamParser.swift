import CLibXML2
import Foundation
import TenderLintCore

/// Receives the events of a streaming XML parse. Element and attribute names arrive as
/// `prefix:local` with a fixed prefix per known namespace (`w:p`, `text:h`), whatever prefix
/// the file itself used; names in unknown namespaces arrive as `{uri}local`.
package protocol XMLStreamHandler: AnyObject {
    func startElement(_ name: String, attributes: XMLAttributes)
    func endElement(_ name: String)
    /// Text content, as UTF-8 bytes (libxml2 has already converted the file's encoding).
    func characters(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Set when the handler has seen enough to refuse the document; checked after every chunk.
    var failure: String? { get }
}

extension XMLStreamHandler {
    package var failure: String? { nil }
}

/// A handler that needs the markup exactly as the file spells it, to write the part back out
/// (the annotated copies): it gets these events instead of `startElement`/`endElement`, plus
/// comments and processing instructions. The parse stays as hardened as for reading.
package protocol XMLRawStreamHandler: XMLStreamHandler {
    func startElement(_ name: String, attributes: XMLAttributes, raw: RawXMLElement)
    func endElement(_ name: String, qualifiedName: String)
    func comment(_ text: String)
    func processingInstruction(target: String, data: String?)
}

/// An element as written in the file: its qualified name with the file's own prefix, the
/// namespaces it declares, and its attributes (values decoded).
package struct RawXMLElement {
    package var qualifiedName: String
    package var namespaces: [(prefix: String?, uri: String)] = []
    var attributes: [(qualifiedName: String, value: String)] = []

    /// A prefix for `uri` that markup added under this element can use (`"w:"`): the one this
    /// element declares, or a new declaration of `preferred` (numbered if that is taken) when
    /// the namespace has none or is only the default one, since attributes need a prefix.
    package mutating func prefix(for uri: String, preferred: String) -> String {
        if let declared = namespaces.first(where: { $0.uri == uri && $0.prefix != nil })?.prefix { return declared + ":" }
        var name = preferred
        var number = 1
        while namespaces.contains(where: { $0.prefix == name }) {
            number += 1
            name = preferred + String(number)
        }
        namespaces.append((name, uri))
        return name + ":"
    }
}

/// An element's attributes by canonical name.
package struct XMLAttributes {
    var pairs: [(name: String, value: String)] = []

    package subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }
}

/// A libxml2 SAX2 push parser: the ZIP reader pushes each decompressed chunk in as it comes,
/// so no XML part is ever held whole in memory. Hardened for hostile files: no network, no
/// entity substitution, no DTD loading, and any document type declaration stops the parse
/// before its internal subset is read (Office and ODF files never have one), which rules out
/// both external entities (XXE) and entity expansion ("billion laughs").
final class XMLStreamParser {
    static let namespaces: [String: String] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
        "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
        "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
        "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
        "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
        "http://schemas.microsoft.com/office/word/2010/wordml": "w14",
        "urn:schemas-microsoft-com:vml": "v",
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
        "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
        "urn:oasis:names:tc:opendocument:xmlns:style:1.0": "style",
        "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
        "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0": "fo",
        "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0": "svg",
        "http://www.w3.org/XML/1998/namespace": "xml",
    ]

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// What the C callbacks reach through libxml2's user-data pointer.
    final class Context {
        let handler: XMLStreamHandler
        /// The same handler when it writes the part back out.
        let raw: XMLRawStreamHandler?
        var stopReason: String?
        /// The parser, so a callback can stop it.
        var parser: xmlParserCtxtPtr?
        /// libxml2 interns names per parser, so a (namespace, local name) pointer pair always
        /// spells the same canonical name: it is built once.
        var names: [NamePointers: String] = [:]

        init(handler: XMLStreamHandler) {
            self.handler = handler
            raw = handler as? XMLRawStreamHandler
        }

        /// Qualified names as the file spells them, by interned (local, prefix) pointers.
        var qualifiedNames: [NamePointers: String] = [:]

        /// `prefix:local` as the file spells it.
        func qualified(_ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?) -> String {
            let key = NamePointers(local: UnsafeRawPointer(local), uri: UnsafeRawPointer(prefix))
            if let known = qualifiedNames[key] { return known }
            let name = local.map { String(cString: $0) } ?? ""
            let result = prefix.map { String(cString: $0) + ":" + name } ?? name
            qualifiedNames[key] = result
            return result
        }

        func name(local: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?) -> String {
            let key = NamePointers(local: UnsafeRawPointer(local), uri: UnsafeRawPointer(uri))
            if let known = names[key] { return known }
            let localName = local.map { String(cString: $0) } ?? ""
            var result = localName
            if let uri {
                let namespace = String(cString: uri)
                if let prefix = XMLStreamParser.namespaces[namespace] {
                    result = prefix + ":" + localName
                } else {
                    result = "{" + namespace + "}" + localName
                }
            }
            names[key] = result
            return result
        }
    }

    struct NamePointers: Hashable {
        let local: UnsafeRawPointer?
        let uri: UnsafeRawPointer?
    }

    private let context: Context
    private let unmanaged: Unmanaged<Context>
    private var parser: xmlParserCtxtPtr?
    /// The part being parsed, for error messages (`word/document.xml`).
    let part: String
    let path: String

    init(handler: XMLStreamHandler, part: String, path: String) throws(TenderLintError) {
        _ = Self.initialized
        context = Context(handler: handler)
        unmanaged = Unmanaged.passRetained(context)
        self.part = part
        self.path = path
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { user, local, prefix, uri, namespaceCount, namespaces, count, _, attributes in
            guard let user else { return }
            let context = Unmanaged<Context>.fromOpaque(user).takeUnretainedValue()
            var list = XMLAttributes()
            var raw = context.raw == nil ? nil : RawXMLElement(qualifiedName: context.qualified(local, prefix))
            if let attributes, count > 0 {
                list.pairs.reserveCapacity(Int(count))
                for index in 0..<Int(count) {
                    let base = index * 5
                    let name = context.name(local: attributes[base], uri: attributes[base + 2])
                    guard let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
                    let buffer = UnsafeBufferPointer(start: start, count: end - start)
                    // Without entity substitution libxml2 hands a SAX handler `&` (written `&amp;`
                    // or `&#38;`) as `&#38;`, which only its own tree builder decodes; it is the
                    // only character treated so.
                    var value = String(decoding: buffer, as: UTF8.self)
                    if buffer.contains(UInt8(ascii: "&")) { value = value.replacingOccurrences(of: "&#38;", with: "&") }
                    list.pairs.append((name, value))
                    raw?.attributes.append((context.qualified(attributes[base], attributes[base + 1]), value))
                }
            }
            let name = context.name(local: local, uri: uri)
            guard let rawHandler = context.raw, var raw else {
                context.handler.startElement(name, attributes: list)
                return
            }
            if let namespaces, namespaceCount > 0 {
                for index in 0..<Int(namespaceCount) {
                    let declared = namespaces[index * 2 + 1].map { String(cString: $0) } ?? ""
                    raw.namespaces.append((namespaces[index * 2].map { String(cString: $0) }, declared))
                }
            }
            rawHandler.startElement(name, attributes: list, raw: raw)
        }
        sax.endElementNs = { user, local, prefix, uri in
            guard let user else { return }
            let context = Unmanaged<Context>.fromOpaque(user).takeUnretainedValue()
            let name = context.name(local: local, uri: uri)
            if let raw = context.raw {
                raw.endElement(name, qualifiedName: context.qualified(local, prefix))
            } else {
                context.handler.endElement(name)
            }
        }
        if handler is XMLRawStreamHandler {
            sax.comment = { user, text in
                guard let user else { return }
                let context = Unmanaged<Context>.fromOpaque(user).takeUnretainedValue()
                context.raw?.comment(text.map { String(cString: $0) } ?? "")
            }
            sax.processingInstruction = { user, target, data in
                guard let user else { return }
                let context = Unmanaged<Context>.fromOpaque(user).takeUnretainedValue()
                context.raw?.processingInstruction(
                    target: target.map { String(cString: $0) } ?? "", data: data.map { String(cString: $0) })
            }
        }
        let characters: charactersSAXFunc = { user, bytes, length in
            guard let user, let bytes, length > 0 else { return }
            let context = Unmanaged<Context>.fromOpaque(user).takeUnretainedValue()
            context.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
        }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.internalSubset = { user, _, _, _ in
            guard let user else { return }
            let context = Unmanaged<Context>.fromOpaque(user).takeUnretainedValue()
            context.stopReason = "delen har en dokumenttypdeklaration (<!DOCTYPE>), som Word- och ODF-filer aldrig har; "
                + "av säkerhetsskäl läses den inte"
            // Stop before a single declaration of the internal subset is read.
            if let parser = context.parser { xmlStopParser(parser) }
        }
        // Errors are collected from the parser, never printed.
        sax.serror = { _, _ in }
        guard let parser = xmlCreatePushParserCtxt(&sax, unmanaged.toOpaque(), nil, 0, part) else {
            unmanaged.release()
            throw TenderLintError(path: path, message: "\(part): XML-tolken kunde inte startas")
        }
        self.parser = parser
        context.parser = parser
        let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)
        xmlCtxtUseOptions(parser, options)
    }

    deinit {
        if let parser { xmlFreeParserCtxt(parser) }
        unmanaged.release()
    }

    /// Lets the handler stop the parse with a reason (e.g. a limit was reached).
    func stop(_ reason: String) {
        context.stopReason = reason
        if let parser { xmlStopParser(parser) }
    }

    /// Parses the next chunk of the part.
    func feed(_ data: Data) throws(TenderLintError) {
        guard let parser else { return }
        let status = data.withUnsafeBytes { raw -> Int32 in
            guard let base = raw.baseAddress, raw.count > 0 else { return 0 }
            return xmlParseChunk(parser, base.assumingMemoryBound(to: CChar.self), Int32(raw.count), 0)
        }
        try check(status)
    }

    /// Ends the part: anything left open is an error.
    func finish() throws(TenderLintError) {
        guard let parser else { return }
        try check(xmlParseChunk(parser, nil, 0, 1))
    }

    private func check(_ status: Int32) throws(TenderLintError) {
        if let reason = context.stopReason {
            throw TenderLintError(path: path, message: "\(part): \(reason)")
        }
        guard status != 0 else { return }
        var message = "ogiltig XML"
        var line: Int?
        if let error = xmlCtxtGetLastError(parser) {
            if let text = error.pointee.message {
                message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if error.pointee.line > 0 { line = Int(error.pointee.line) }
        }
        let location = line.map { " (rad \($0))" } ?? ""
        throw TenderLintError(path: path, message: "\(part)\(location): filen är skadad: \(message)")
    }
}
