import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TenderLintCore
@testable import TenderLintReaders
@testable import TenderLintRules
@testable import TenderLintEngine
@testable import TenderLintAnnotation
import TenderLintTestSupport
import ZIPFoundation

/// `--format docx|odt`: the document back with a comment on exactly each finding's text.
/// The annotated files are read back here with Foundation's own XML parser, independently of
/// the library's reader and writer.
@Suite struct AnnotationTests {
    static let wordCorpus = CorpusTests.documents.filter { $0.hasSuffix(".docx") }
    static let odfCorpus = CorpusTests.documents.filter { $0.hasSuffix(".odt") }
    static let textCorpus = CorpusTests.documents.filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }

    static let date = Date(timeIntervalSince1970: 1_790_000_000)

    static func options(trackChanges: Bool = false) -> AnnotatedCopy.Options {
        var options = AnnotatedCopy.Options()
        options.trackChanges = trackChanges
        options.date = date
        return options
    }

    /// A corpus file linted as part of its folder, with the rules the run used.
    static func lint(_ relative: String) async throws -> (FileReport, [RuleMetadata]) {
        let file = try await CorpusTests.lint(relative)
        let folder = ((TestSupport.corpusDirectory + "/" + relative) as NSString).deletingLastPathComponent
        return (file, await CorpusTests.packages.report(folder: folder).rules)
    }

    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-annotate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Every part of a ZIP package by name, decompressed, in archive order.
    static func parts(_ path: String) throws -> [(name: String, data: Data)] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, data)
        }
    }

    static func part(_ path: String, _ name: String) throws -> Data {
        try #require(try parts(path).first { $0.name == name }?.data, "\(path) has no \(name)")
    }

    /// The findings that get a comment, in comment-id order: the main text's, then the notes'.
    static func commented(_ file: FileReport) -> [Finding] {
        let placed = file.findings.filter { $0.range.end.column > $0.range.start.column }
        return placed.filter { $0.part == nil } + placed.filter { $0.part == "word/endnotes.xml" }
            + placed.filter { $0.part == "word/footnotes.xml" }
    }

    // MARK: Word

    @Test(arguments: wordCorpus)
    func wordCommentsSitOnExactlyTheirText(_ relative: String) async throws {
        let (file, rules) = try await Self.lint(relative)
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("kommenterad.docx").path
        let summary = try AnnotatedCopy.write(file, as: .docx, rules: rules, to: output, options: Self.options())

        let expected = Self.commented(file)
        #expect(summary.comments == expected.count)
        #expect(summary.displaced == 0)
        var anchors: [Int: WordAnchors.Range] = [:]
        for part in ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml"] {
            guard let data = try Self.parts(output).first(where: { $0.name == part })?.data else { continue }
            anchors.merge(try WordAnchors.read(data), uniquingKeysWith: { first, _ in first })
        }
        let comments = try WordComments.read(Self.part(output, "word/comments.xml"))
        let ours = comments.filter { $0.author == "tenderlint" }.sorted { $0.id < $1.id }
        #expect(ours.count == expected.count)
        #expect(Set(comments.map(\.id)).count == comments.count, "comment ids are unique")
        for (comment, finding) in zip(ours, expected) {
            let anchor = try #require(anchors[comment.id], "\(relative): comment \(comment.id) has no range")
            #expect(anchor.closed, "\(relative): comment \(comment.id) range never ends")
            #expect(anchor.text == finding.match, "\(relative) \(finding.range): «\(anchor.text)» ≠ «\(finding.match)»")
            #expect(comment.text.hasPrefix(finding.message), "\(relative): comment \(comment.id) says «\(comment.text)»")
            #expect(comment.text.contains("regel \(finding.rule)"))
            #expect(comment.hasReference, "\(relative): comment \(comment.id) has no annotation mark")
            #expect(anchor.referenced, "\(relative): comment \(comment.id) has no reference in the text")
        }

        // The text the reader sees is the same, to the position.
        let before = try DocumentLoader.load(path: file.path)
        let after = try DocumentLoader.load(path: output)
        #expect(TestSupport.dump(after) == TestSupport.dump(before))

        // Everything else is byte for byte the same, in the same order.
        let changed: Set<String> = ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "word/comments.xml",
                                    "word/_rels/document.xml.rels", "[Content_Types].xml"]
        let original = try Self.parts(file.path)
        let copy = try Self.parts(output)
        #expect(Array(copy.map(\.name).prefix(original.count)) == original.map(\.name))
        for (name, data) in original where !changed.contains(name) {
            #expect(copy.first { $0.name == name }?.data == data, "\(relative): \(name) changed")
        }
        // Parts annotated with nothing to say are unchanged too.
        if !expected.contains(where: { $0.part == "word/footnotes.xml" }), let notes = original.first(where: { $0.name == "word/footnotes.xml" }) {
            #expect(copy.first { $0.name == "word/footnotes.xml" }?.data == notes.data)
        }
        // The input is untouched.
        #expect(try Self.parts(file.path).map(\.data) == original.map(\.data))
    }

    /// With `--track-changes` each single substitution is a deletion of exactly the match and
    /// an insertion of the suggestion in its case, inside the comment's range; read back, the
    /// text is the text with the substitutions made.
    @Test func trackedChangesReplaceExactlyTheMatch() async throws {
        let relative = "hemtjanst/upphandlingsdokument.docx"
        let (file, rules) = try await Self.lint(relative)
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("spårad.docx").path
        let summary = try AnnotatedCopy.write(file, as: .docx, rules: rules, to: output, options: Self.options(trackChanges: true))
        #expect(summary.trackedChanges >= 10)

        let anchors = try WordAnchors.read(Self.part(output, "word/document.xml"))
        let comments = try WordComments.read(Self.part(output, "word/comments.xml")).filter { $0.author == "tenderlint" }
        let findings = Self.commented(file)
        let substitutions = Set(rules.filter { $0.kind == "substitution" }.map(\.id))
        var tracked = 0
        var replacements: [(Finding, String)] = []
        for (comment, finding) in zip(comments.sorted { $0.id < $1.id }, findings) {
            let anchor = try #require(anchors[comment.id])
            if anchor.deleted.isEmpty {
                #expect(anchor.text == finding.match)
                continue
            }
            // A longer range (a sentence) may hold tracked changes of other findings.
            guard anchor.deleted == finding.match else { continue }
            tracked += 1
            #expect(substitutions.contains(finding.rule) && finding.suggestions.count == 1)
            #expect(anchor.deleted == finding.match, "deleted «\(anchor.deleted)» ≠ «\(finding.match)»")
            let replacement = Fixer.matchingCase(finding.suggestions[0], like: finding.match)
            #expect(anchor.text == replacement, "inserted «\(anchor.text)» ≠ «\(replacement)»")
            replacements.append((finding, replacement))
        }
        #expect(tracked == summary.trackedChanges)
        #expect(try WordAnchors.authors(Self.part(output, "word/document.xml")) == ["tenderlint"])

        // Read back (insertions count, deletions do not): the original text with the changes made.
        let before = try DocumentLoader.load(path: file.path)
        var expected = before.blocks.map(\.scalars)
        for (finding, replacement) in replacements.sorted(by: { $0.0.textRange.lowerBound > $1.0.textRange.lowerBound }) {
            expected[finding.blockIndex].replaceSubrange(finding.textRange, with: replacement.unicodeScalars)
        }
        let after = try DocumentLoader.load(path: output)
        #expect(after.blocks.map { String(String.UnicodeScalarView($0.scalars)) }
            == expected.map { String(String.UnicodeScalarView($0)) })
    }

    /// A match inside a formatted run splits it in three; every piece keeps the run's
    /// properties and attributes, and the pieces keep their spaces. A comment already in
    /// the document stays, and the new ids do not clash with it.
    @Test func splitRunsKeepTheirFormattingAndExistingComments() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("anbud.docx").path
        try MiniDocx.write(to: input, body: """
            <w:p><w:commentRangeStart w:id="0"/><w:r w:rsidR="00AB"><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr>\
            <w:t>Leverantören ska erhålla ersättning.</w:t></w:r><w:commentRangeEnd w:id="0"/>\
            <w:r><w:commentReference w:id="0"/></w:r></w:p>
            """, comments: """
            <w:comment w:id="0" w:author="Anna Berg"><w:p><w:r><w:t>Stäm av med ekonomi.</w:t></w:r></w:p></w:comment>
            """)
        let (file, rules) = try Self.lintAlone(input)
        let finding = try #require(file.findings.first { $0.match == "erhålla" })
        let output = directory.appendingPathComponent("ut.docx").path
        _ = try AnnotatedCopy.write(file, as: .docx, rules: rules, to: output, options: Self.options())

        let xml = String(decoding: try Self.part(output, "word/document.xml"), as: UTF8.self)
        let bold = "<w:r w:rsidR=\"00AB\"><w:rPr><w:b/><w:color w:val=\"C00000\"/></w:rPr>"
        #expect(xml.contains(bold + "<w:t xml:space=\"preserve\">Leverantören ska </w:t></w:r>"))
        #expect(xml.contains(bold + "<w:t xml:space=\"preserve\">erhålla</w:t></w:r>"))
        #expect(xml.contains(bold + "<w:t xml:space=\"preserve\"> ersättning.</w:t></w:r>"))
        let comments = try WordComments.read(Self.part(output, "word/comments.xml"))
        #expect(comments.first { $0.id == 0 }?.text == "Stäm av med ekonomi.")
        let ours = try #require(comments.first { $0.author == "tenderlint" && $0.text.hasPrefix(finding.message) })
        #expect(ours.id > 0)
        #expect(try WordAnchors.read(Self.part(output, "word/document.xml"))[ours.id]?.text == "erhålla")
        #expect(try WordAnchors.read(Self.part(output, "word/document.xml"))[0]?.text == "Leverantören ska erhålla ersättning.")
        // No relationship or content type was added: the comments part was there.
        #expect(try Self.part(output, "[Content_Types].xml") == Self.part(input, "[Content_Types].xml"))
    }

    /// A document without a comments part gets one, with its relationship and content type.
    @Test func commentsPartIsAddedWithRelationshipAndContentType() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("anbud.docx").path
        try MiniDocx.write(to: input, body: "<w:p><w:r><w:t>Leverantören ska erhålla ersättning.</w:t></w:r></w:p>", comments: nil)
        let (file, rules) = try Self.lintAlone(input)
        let output = directory.appendingPathComponent("ut.docx").path
        let summary = try AnnotatedCopy.write(file, as: .docx, rules: rules, to: output, options: Self.options())
        #expect(summary.comments == file.findings.count && summary.comments > 0)
        let types = String(decoding: try Self.part(output, "[Content_Types].xml"), as: UTF8.self)
        #expect(types.contains("<Override PartName=\"/word/comments.xml\" ContentType=\"\(DocxAnnotator.commentsType)\"/></Types>"))
        let relationships = String(decoding: try Self.part(output, "word/_rels/document.xml.rels"), as: UTF8.self)
        #expect(relationships.contains("Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\""))
        #expect(try Self.part(output, "word/styles.xml") == Self.part(input, "word/styles.xml"))
    }

    /// Word's own kinds of markup: fields, text boxes, tracked changes, content controls,
    /// footnotes. Every comment still sits on its text, and the reader sees the same text.
    @Test func wordMarkupFixture() throws {
        let input = OfficeReaderTests.fixture("word-style.docx")
        let (file, rules) = try Self.lintAlone(input)
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("ut.docx").path
        let summary = try AnnotatedCopy.write(file, as: .docx, rules: rules, to: output, options: Self.options(trackChanges: true))
        #expect(summary.comments > 0)
        #expect(summary.comments + summary.notPlaced == file.findings.count)
        #expect(summary.displaced == 0)
        #expect(TestSupport.dump(try DocumentLoader.load(path: output)).count > 0)
        var anchors = try WordAnchors.read(Self.part(output, "word/document.xml"))
        anchors.merge(try WordAnchors.read(Self.part(output, "word/footnotes.xml")), uniquingKeysWith: { first, _ in first })
        let comments = try WordComments.read(Self.part(output, "word/comments.xml")).sorted { $0.id < $1.id }
        for (comment, finding) in zip(comments, Self.commented(file)) {
            let anchor = try #require(anchors[comment.id])
            #expect((anchor.deleted.isEmpty ? anchor.text : anchor.deleted) == finding.match)
        }
    }

    static func lintAlone(_ path: String) throws -> (FileReport, [RuleMetadata]) {
        let document = try DocumentLoader.load(path: path)
        let rules = TestSupport.defaultRules
        let result = Linter(ruleSet: RuleSet(rules: rules, facts: TestSupport.defaultFacts)).lint(document)
        return (FileReport(document, result), rules.map(\.metadata))
    }

    // MARK: OpenDocument

    @Test(arguments: odfCorpus)
    func odfAnnotationsSitOnExactlyTheirText(_ relative: String) async throws {
        let (file, rules) = try await Self.lint(relative)
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("kommenterad.odt").path
        let summary = try AnnotatedCopy.write(file, as: .odt, rules: rules, to: output, options: Self.options())
        let expected = file.findings.filter { $0.part == nil }
        #expect(summary.comments == expected.count)
        #expect(summary.displaced == 0)

        let annotations = try OdfAnnotations.read(Self.part(output, "content.xml"))
        #expect(annotations.count == expected.count)
        for (annotation, finding) in zip(annotations, expected) {
            #expect(annotation.closed)
            #expect(annotation.creator == "tenderlint")
            #expect(OdfAnnotations.collapsed(annotation.text) == OdfAnnotations.collapsed(finding.match),
                    "\(relative) \(finding.range): «\(annotation.text)» ≠ «\(finding.match)»")
            #expect(annotation.comment.hasPrefix(finding.message))
        }
        #expect(TestSupport.dump(try DocumentLoader.load(path: output)) == TestSupport.dump(try DocumentLoader.load(path: file.path)))
        let original = try Self.parts(file.path)
        let copy = try Self.parts(output)
        #expect(copy.map(\.name) == original.map(\.name))
        #expect(copy.first?.name == "mimetype")
        for (name, data) in original where name != "content.xml" {
            #expect(copy.first { $0.name == name }?.data == data, "\(relative): \(name) changed")
        }
        let archive = try Archive(url: URL(fileURLWithPath: output), accessMode: .read)
        #expect(archive["mimetype"]?.isCompressed == false, "mimetype must stay stored, uncompressed")
    }

    // MARK: a new Word document from Markdown and text

    @Test(arguments: textCorpus)
    func textBecomesWordWithComments(_ relative: String) async throws {
        var (file, rules) = try await Self.lint(relative)
        let original = try DocumentLoader.load(path: file.path)
        file.blocks = original.blocks
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("ny.docx").path
        let summary = try AnnotatedCopy.write(file, as: .docx, rules: rules, to: output, options: Self.options())
        #expect(summary.comments == file.findings.count)

        // Read back as Word: the same blocks, the same text, the same kinds (list items keep
        // their depth and numbering; table cells their row and column).
        let word = try DocumentLoader.load(path: output)
        #expect(word.blocks.map(\.text) == original.blocks.map(\.text))
        // (A block quote is a paragraph in Word's Quote style, which reads back as a paragraph.)
        #expect(word.blocks.map(\.kind) == original.blocks.map { $0.kind == .quote ? .paragraph : $0.kind })
        let anchors = try WordAnchors.read(Self.part(output, "word/document.xml"))
        let comments = try WordComments.read(Self.part(output, "word/comments.xml")).sorted { $0.id < $1.id }
        #expect(comments.count == file.findings.count)
        for (comment, finding) in zip(comments, file.findings) {
            let seen = original.blocks[finding.blockIndex].text(in: finding.textRange)
            #expect(anchors[comment.id]?.text == seen, "\(relative) \(finding.range): «\(anchors[comment.id]?.text ?? "")» ≠ «\(seen)»")
        }
    }
}

/// Parses XML with Foundation's own parser (not the library's), for reading the copies back.
func parseXML(_ data: Data, with delegate: some XMLParserDelegate) throws {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    if !parser.parse() { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
}

/// Reads comment ranges from WordprocessingML with Foundation's XMLParser: the text between
/// each `w:commentRangeStart` and `w:commentRangeEnd` as Word shows it (inserted text
/// included, deleted text apart, field codes and fallbacks left out).
final class WordAnchors: NSObject, XMLParserDelegate {
    struct Range {
        var text = ""
        var deleted = ""
        var closed = false
        /// The comment's reference mark follows in the text.
        var referenced = false
    }

    private var ranges: [Int: Range] = [:]
    private var open: [Int] = []
    private var element: [String] = []
    private var hidden = 0
    private var deleting = 0
    private var authorsSeen: Set<String> = []

    static func read(_ data: Data) throws -> [Int: Range] {
        let reader = WordAnchors()
        try reader.parse(data)
        return reader.ranges
    }

    /// Authors of the tracked changes.
    static func authors(_ data: Data) throws -> Set<String> {
        let reader = WordAnchors()
        try reader.parse(data)
        return reader.authorsSeen
    }

    private func parse(_ data: Data) throws {
        try parseXML(data, with: self)
    }

    private func append(_ text: String) {
        guard hidden == 0 else { return }
        for id in open {
            if deleting > 0 { ranges[id]?.deleted += text } else { ranges[id]?.text += text }
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        element.append(name)
        let id = attributes["w:id"].flatMap(Int.init)
        switch name {
        case "w:commentRangeStart":
            if let id {
                ranges[id] = Range()
                open.append(id)
            }
        case "w:commentRangeEnd":
            if let id {
                open.removeAll { $0 == id }
                ranges[id]?.closed = true
            }
        case "w:del":
            deleting += 1
            if let author = attributes["w:author"] { authorsSeen.insert(author) }
        case "w:ins":
            if let author = attributes["w:author"] { authorsSeen.insert(author) }
        case "mc:Fallback", "w:instrText": hidden += 1
        case "w:tab": append("\t")
        case "w:br", "w:cr": append(" ")
        case "w:noBreakHyphen": append("\u{2011}")
        case "w:softHyphen": append("\u{AD}")
        case "w:commentReference": if let id { ranges[id]?.referenced = true }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        element.removeLast()
        switch name {
        case "w:del": deleting -= 1
        case "mc:Fallback", "w:instrText": hidden -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if element.last == "w:t" || element.last == "w:delText" { append(string) }
    }
}

/// The comments of `word/comments.xml`: id, author, text (paragraphs joined by newlines), and
/// whether the first paragraph carries the annotation reference mark.
final class WordComments: NSObject, XMLParserDelegate {
    struct Comment {
        var id: Int
        var author: String
        var text = ""
        var hasReference = false
    }

    private var comments: [Comment] = []
    private var inText = false
    private var paragraphs = 0

    static func read(_ data: Data) throws -> [Comment] {
        let reader = WordComments()
        try parseXML(data, with: reader)
        return reader.comments
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:comment":
            comments.append(Comment(id: attributes["w:id"].flatMap(Int.init) ?? -1, author: attributes["w:author"] ?? ""))
            paragraphs = 0
        case "w:p":
            if paragraphs > 0 { comments[comments.count - 1].text += "\n" }
            paragraphs += 1
        case "w:annotationRef": comments[comments.count - 1].hasReference = true
        case "w:t": inText = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "w:t" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, !comments.isEmpty { comments[comments.count - 1].text += string }
    }
}

/// ODF annotations of `content.xml`, in document order: creator, comment text, and the text
/// between `office:annotation` and its `office:annotation-end`.
final class OdfAnnotations: NSObject, XMLParserDelegate {
    struct Annotation {
        var name: String
        var creator = ""
        var comment = ""
        var text = ""
        var closed = false
    }

    private var annotations: [Annotation] = []
    private var open: [String: Int] = [:]
    private var inside = 0
    private var inCreator = false
    private var inDate = false
    private var skipped = 0

    static func read(_ data: Data) throws -> [Annotation] {
        let reader = OdfAnnotations()
        try parseXML(data, with: reader)
        return reader.annotations
    }

    /// ODF collapses runs of white space; `text:s` and `text:tab` stand for the rest.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "office:annotation":
            inside += 1
            if let annotationName = attributes["office:name"] {
                open[annotationName] = annotations.count
                annotations.append(Annotation(name: annotationName))
            }
        case "office:annotation-end":
            if let annotationName = attributes["office:name"], let index = open.removeValue(forKey: annotationName) {
                annotations[index].closed = true
            }
        case "dc:creator" where inside > 0: inCreator = true
        case "dc:date" where inside > 0: inDate = true
        case "text:s", "text:tab", "text:line-break": appendToOpen(" ")
        case "text:tracked-changes", "text:note-citation": skipped += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "office:annotation": inside -= 1
        case "dc:creator": inCreator = false
        case "dc:date": inDate = false
        case "text:tracked-changes", "text:note-citation": skipped -= 1
        case "text:p" where inside > 0 && !annotations.isEmpty:
            annotations[annotations.count - 1].comment += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inside > 0 {
            guard !annotations.isEmpty else { return }
            if inDate { return }
            if inCreator { annotations[annotations.count - 1].creator += string } else {
                annotations[annotations.count - 1].comment += string
            }
            return
        }
        appendToOpen(string)
    }

    private func appendToOpen(_ string: String) {
        guard inside == 0, skipped == 0 else { return }
        for index in open.values { annotations[index].text += string }
    }
}

/// Writes a small Word package by hand: the body given, styles, and optionally comments.
enum MiniDocx {
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func write(to path: String, body: String, comments: String?, relationships extra: String = "",
                      document: String? = nil) throws {
        var types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        var relationships = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + extra
        var parts: [(String, String)] = []
        if let comments {
            types += "<Override PartName=\"/word/comments.xml\" ContentType=\"\(DocxAnnotator.commentsType)\"/>"
            relationships += "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
            parts.append(("word/comments.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:comments xmlns:w=\"\(namespace)\">\(comments)</w:comments>"))
        }
        parts = [
            ("[Content_Types].xml", types + "</Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + (document ?? "<w:document xmlns:w=\"\(namespace)\"><w:body>\(body)</w:body></w:document>")),
            ("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:styles xmlns:w=\"\(namespace)\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>"),
            ("word/_rels/document.xml.rels", relationships + "</Relationships>"),
        ] + parts
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}

/// `tenderlint --format docx|odt` on the command line: where the copies go, what is printed,
/// and what is refused.
@Suite struct AnnotatedCopyCommandLineTests {
    static let tender = "# Anbud\n\nLeverantören ska erhålla ersättning enligt 16 kap. 1 § LOU.\n"

    @Test func copiesGoBesideEachInputAndAreNotLintedAgain() throws {
        let directory = try CommandLineTests.scratch(["anbud.md": Self.tender, "bilaga.txt": "Bilaga\n\nVi erhåller fakturor.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(
            atPath: TestSupport.corpusDirectory + "/hemtjanst/upphandlingsdokument.docx",
            toPath: directory.appendingPathComponent("hemtjanst.docx").path)
        let run = try CommandLineTests.run(["--format", "docx", "--track-changes", "--fail-on", "warning", "."], in: directory)
        #expect(run.status == 1, "\(run.stderr)")  // findings at --fail-on, as for any format
        for name in ["anbud.kommenterad.docx", "bilaga.kommenterad.docx", "hemtjanst.kommenterad.docx"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path), "\(name) missing")
        }
        #expect(run.stdout.contains("./anbud.kommenterad.docx: "))
        #expect(run.stdout.contains("spårade ändringar"))
        // The copies are not linted as documents of the folder.
        let json = try CommandLineTests.run(["--format", "json", "--fail-on", "never", "."], in: directory)
        #expect(json.status == 0)
        #expect(!json.stdout.contains("kommenterad"))
        #expect(json.stdout.contains("hemtjanst.docx"))
        // Given by name, a copy is linted like any file.
        #expect(try CommandLineTests.run(["--fail-on", "never", "anbud.kommenterad.docx"], in: directory).status == 0)
    }

    @Test func outputIsAFileForOneInputAndAFolderForSeveral() throws {
        let directory = try CommandLineTests.scratch(["a/anbud.md": Self.tender, "b/anbud.md": Self.tender])
        defer { try? FileManager.default.removeItem(at: directory) }
        let one = try CommandLineTests.run(["--format", "docx", "--output", "ut.docx", "a/anbud.md"], in: directory)
        #expect(one.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("ut.docx").path))

        let several = try CommandLineTests.run(["--format", "docx", "--output", "kopior", "a", "b"], in: directory)
        #expect(several.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("kopior").path).sorted()
        #expect(names == ["anbud-2.kommenterad.docx", "anbud.kommenterad.docx"])

        let refused = try CommandLineTests.run(["--format", "docx", "--output", "ut.docx", "a", "b"], in: directory)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("ska vara en mapp"))
    }

    @Test func inputsAreNeverOverwrittenAndWrongCombinationsAreRefused() throws {
        let directory = try CommandLineTests.scratch(["anbud.md": Self.tender])
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(
            atPath: TestSupport.corpusDirectory + "/hemtjanst/upphandlingsdokument.docx",
            toPath: directory.appendingPathComponent("anbud.docx").path)
        let before = try Data(contentsOf: directory.appendingPathComponent("anbud.docx"))
        let over = try CommandLineTests.run(["--format", "docx", "--output", "anbud.docx", "anbud.docx"], in: directory)
        #expect(over.status == 2)
        #expect(try Data(contentsOf: directory.appendingPathComponent("anbud.docx")) == before)

        #expect(try CommandLineTests.run(["--track-changes", "anbud.md"], in: directory).status == 2)
        // An ODT copy needs an ODT input; the other files of the run are still written.
        try FileManager.default.copyItem(
            atPath: TestSupport.corpusDirectory + "/hemtjanst/upphandlingsdokument.odt",
            toPath: directory.appendingPathComponent("anbud.odt").path)
        let odt = try CommandLineTests.run(["--format", "odt", "anbud.md", "anbud.odt"], in: directory)
        #expect(odt.status == 2)
        #expect(odt.stderr.contains("anbud.md: en kommenterad ODT-fil kan bara göras av en ODT-fil"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("anbud.kommenterad.odt").path))
        // A broken Word file is an error of the run; nothing is written for it.
        try Data("inte en zip".utf8).write(to: directory.appendingPathComponent("trasig.docx"))
        let broken = try CommandLineTests.run(["--format", "docx", "trasig.docx", "anbud.md"], in: directory)
        #expect(broken.status == 2)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("trasig.kommenterad.docx").path))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("anbud.kommenterad.docx").path))
    }
}

/// What a review of the annotated copies found, each fixed and kept fixed here.
@Suite struct AnnotationEdgeTests {
    static func annotate(_ input: String, trackChanges: Bool = false) throws -> (output: String, summary: AnnotatedCopy.Summary) {
        let (file, rules) = try AnnotationTests.lintAlone(input)
        let output = (input as NSString).deletingPathExtension + ".ut." + (input as NSString).pathExtension
        let kind: AnnotatedCopy.Kind = file.format == .docx ? .docx : .odt
        let summary = try AnnotatedCopy.write(file, as: kind, rules: rules, to: output,
                                              options: AnnotationTests.options(trackChanges: trackChanges))
        return (output, summary)
    }

    /// libxml2 hands `&amp;` in an attribute to a SAX handler as `&#38;`; written back it must
    /// be `&amp;` again, or every hyperlink with a query string breaks.
    @Test func ampersandsInAttributesSurvive() throws {
        let directory = try AnnotationTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("anbud.docx").path
        try MiniDocx.write(to: input, body: """
            <w:p><w:hyperlink r:id="rId7" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <w:r><w:t>Se villkoren</w:t></w:r></w:hyperlink><w:sdt><w:sdtPr><w:alias w:val="Namn &amp; adress"/></w:sdtPr>\
            <w:sdtContent><w:r><w:t>Leverantören ska erhålla ersättning.</w:t></w:r></w:sdtContent></w:sdt></w:p>
            """, comments: nil, relationships: "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://x.se/?a=1&amp;b=2\" TargetMode=\"External\"/>")
        let (output, summary) = try Self.annotate(input)
        #expect(summary.comments > 0)
        let relationships = String(decoding: try AnnotationTests.part(output, "word/_rels/document.xml.rels"), as: UTF8.self)
        #expect(relationships.contains("Target=\"https://x.se/?a=1&amp;b=2\""))
        let document = String(decoding: try AnnotationTests.part(output, "word/document.xml"), as: UTF8.self)
        #expect(document.contains("w:val=\"Namn &amp; adress\""))
        #expect(!document.contains("&#38;") && !relationships.contains("&#38;"))
    }

    /// WordprocessingML as the default namespace: the markers still carry `w:id` in it.
    @Test func defaultNamespaceGetsAPrefixForTheMarkers() throws {
        let directory = try AnnotationTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("anbud.docx").path
        try MiniDocx.write(to: input, body: "", comments: nil,
                           document: "<document xmlns=\"\(MiniDocx.namespace)\"><body><p><r><t>Leverantören ska erhålla ersättning.</t></r></p></body></document>")
        let (output, summary) = try Self.annotate(input)
        #expect(summary.comments > 0)
        let document = String(decoding: try AnnotationTests.part(output, "word/document.xml"), as: UTF8.self)
        #expect(document.contains("<document xmlns=\"\(MiniDocx.namespace)\" xmlns:w=\"\(MiniDocx.namespace)\">"))
        #expect(document.contains("<w:commentRangeStart w:id=\"0\"/><r><t xml:space=\"preserve\">erhålla</t></r><w:commentRangeEnd w:id=\"0\"/>"))
        #expect(TestSupport.dump(try DocumentLoader.load(path: output)) == TestSupport.dump(try DocumentLoader.load(path: input)))
    }

    /// A hostile id at Int.max does not overflow; a drawing after the match in the same run
    /// does not pull the range's end into the drawing.
    @Test func hugeIdsAndDrawingsAfterTheMatch() throws {
        let directory = try AnnotationTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("anbud.docx").path
        try MiniDocx.write(to: input, body: """
            <w:p><w:bookmarkStart w:id="9223372036854775807" w:name="x"/><w:r><w:t>Vi ska erhålla</w:t><w:drawing/>\
            <w:t xml:space="preserve"> ersättning.</w:t></w:r></w:p>
            """, comments: nil)
        let (output, summary) = try Self.annotate(input, trackChanges: true)
        #expect(summary.comments > 0)
        let document = String(decoding: try AnnotationTests.part(output, "word/document.xml"), as: UTF8.self)
        let end = try #require(document.range(of: "<w:commentRangeEnd"))
        let drawing = try #require(document.range(of: "<w:drawing/>"))
        #expect(end.lowerBound < drawing.lowerBound)
        #expect(try WordAnchors.read(AnnotationTests.part(output, "word/document.xml")).values.contains { $0.deleted == "erhålla" })
    }

    /// ODF fields hold only text: an annotation on text in a cross-reference goes around the
    /// field; one ending inside `text:s` with a count goes after it.
    @Test func odfFieldsAndRepeatedSpaces() throws {
        let directory = try AnnotationTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("anbud.fodt").path
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" \
            office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>\
            <text:p>Se <text:reference-ref text:ref-name="a" text:reference-format="text">erhålla</text:reference-ref> i avsnitt 2.</text:p>\
            <text:p>Leverantören ska<text:s text:c="3"/>erhålla ersättning.</text:p>\
            </office:text></office:body></office:document>
            """.write(toFile: input, atomically: true, encoding: .utf8)
        let (output, summary) = try Self.annotate(input)
        #expect(summary.comments >= 2)
        #expect(summary.displaced == 0)
        let xml = try String(contentsOfFile: output, encoding: .utf8)
        // Nothing inside the field but its text.
        let field = try #require(xml.range(of: "<text:reference-ref[^>]*>erhålla</text:reference-ref>", options: .regularExpression))
        #expect(!xml[field].contains("office:annotation"))
        let annotations = try OdfAnnotations.read(Data(xml.utf8))
        #expect(annotations.allSatisfy { $0.closed })
        #expect(annotations.contains { $0.text == "erhålla" })
        #expect(TestSupport.dump(try DocumentLoader.load(path: output)) == TestSupport.dump(try DocumentLoader.load(path: input)))
    }
}
