/// Copies an XML part through the streaming parser, markup as the file spells it, so a
/// caller can add to it: `beforeRootEnd` returns markup to append as the root's last
/// children, after the whole part has been seen (and `onElement` has seen every element).
package final class XMLPartCopier: XMLRawStreamHandler {
    private(set) var output = XMLOutput()
    private var depth = 0
    /// The root element's qualified name (`w:comments`).
    private(set) var rootName = ""
    package var onElement: ((String, XMLAttributes) -> Void)?
    /// When set, the prefix handed to `beforeRootEnd` is one for this namespace (declared on
    /// the root if needed), for markup whose attributes are in it (`w:id`); else the root's own.
    package var markupNamespace: (uri: String, preferred: String)?
    private var markupPrefix: String?
    package var beforeRootEnd: ((_ rootPrefix: String) -> String)?

    package init(standalone: Bool = true) {
        output.declaration(standalone: standalone)
    }

    /// The part as written.
    package var data: [UInt8] { output.bytes }

    package func startElement(_ name: String, attributes: XMLAttributes, raw: RawXMLElement) {
        var raw = raw
        if depth == 0 {
            rootName = raw.qualifiedName
            if let markupNamespace { markupPrefix = raw.prefix(for: markupNamespace.uri, preferred: markupNamespace.preferred) }
        }
        depth += 1
        onElement?(name, attributes)
        output.start(raw)
    }

    package func endElement(_ name: String, qualifiedName: String) {
        depth -= 1
        if depth == 0, let beforeRootEnd {
            let prefix = markupPrefix ?? rootName.firstIndex(of: ":").map { String(rootName[...$0]) } ?? ""
            let markup = beforeRootEnd(prefix)
            if !markup.isEmpty { output.markup(markup) }
        }
        output.end(qualifiedName)
    }

    package func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        output.text(utf8: bytes)
    }

    package func comment(_ text: String) { output.comment(text) }

    package func processingInstruction(target: String, data: String?) {
        output.processingInstruction(target: target, data: data)
    }

    package func startElement(_ name: String, attributes: XMLAttributes) {}
    package func endElement(_ name: String) {}
}
