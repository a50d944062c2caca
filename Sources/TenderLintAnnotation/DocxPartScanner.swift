import TenderLintCore
import TenderLintReaders

/// A first pass over a WordprocessingML part before it is annotated: the largest `w:id` in
/// use (new comments and revisions get ids above it), and for the positions asked about,
/// which `w:t` holds the scalar there and whether that text may take a tracked change.
final class DocxPartScanner: XMLRawStreamHandler {
    struct Place: Equatable {
        /// The `w:t` element's serial number in the part.
        var text: Int
        /// Inside someone else's tracked change (`w:ins`, `w:moveTo`), or a field, where a new
        /// tracked change must not go.
        var restricted: Bool
    }

    private let reader: DocxPartHandler
    private let wanted: Set<SourcePosition>
    private let wantedParagraphs: Set<Int>
    private(set) var places: [SourcePosition: Place] = [:]
    private(set) var maxID = -1
    /// The part's root declares Strict OOXML's WordprocessingML namespace.
    private(set) var isStrict = false
    private var depth = 0
    private var runDepths: [Int] = []
    private var textSerial = 0
    private var inText = false
    private var restrictedDepths: [Int] = []
    private var fieldDepth = 0

    init(reader: DocxPartHandler, wanted: Set<SourcePosition>) {
        self.reader = reader
        self.wanted = wanted
        wantedParagraphs = Set(wanted.map(\.line))
    }

    var failure: String? { reader.failure }

    func startElement(_ name: String, attributes: XMLAttributes, raw: RawXMLElement) {
        if depth == 0 { isStrict = raw.namespaces.contains { $0.uri == DocxAnnotationRewriter.strict } }
        startElement(name, attributes: attributes)
    }

    func endElement(_ name: String, qualifiedName: String) { endElement(name) }
    func comment(_ text: String) {}
    func processingInstruction(target: String, data: String?) {}

    func startElement(_ name: String, attributes: XMLAttributes) {
        depth += 1
        // Word's ids are 32-bit; a larger one (hostile) is not a reason to overflow.
        if let id = attributes["w:id"].flatMap(Int.init), id > maxID, id < Int(Int32.max) - 1_000_000 { maxID = id }
        reader.startElement(name, attributes: attributes)
        switch name {
        case "w:r": runDepths.append(depth)
        case "w:t" where runDepths.last == depth - 1:
            textSerial += 1
            inText = true
        case "w:ins", "w:moveTo", "w:del", "w:moveFrom", "w:fldSimple": restrictedDepths.append(depth)
        case "w:fldChar":
            switch attributes["w:fldCharType"] {
            case "begin": fieldDepth += 1
            case "end": fieldDepth = max(0, fieldDepth - 1)
            default: break
            }
        default: break
        }
    }

    func endElement(_ name: String) {
        reader.endElement(name)
        if runDepths.last == depth { runDepths.removeLast() }
        if restrictedDepths.last == depth { restrictedDepths.removeLast() }
        if name == "w:t" { inText = false }
        depth -= 1
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard inText, reader.readsText, let cursor = reader.cursor, wantedParagraphs.contains(cursor.paragraph) else {
            reader.characters(bytes)
            return
        }
        reader.feedScalars(bytes) { _, position in
            if let position, wanted.contains(position) {
                places[position] = Place(text: textSerial, restricted: !restrictedDepths.isEmpty || fieldDepth > 0)
            }
        }
    }
}
