import Foundation
import TenderLintCore
import TenderLintReaders
import TenderLintRules
import TenderLintEngine

/// `--format docx` for a Word input: a copy of the document with one Word comment per
/// finding, anchored on exactly the matched text, and with `--track-changes` the unambiguous
/// substitutions proposed as tracked changes. Only the parts that carry the comments change
/// (`word/document.xml`, the footnotes, the comments part, its relationship and content
/// type); every other part is copied byte for byte.
public enum DocxAnnotator {
    static let commentsType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    static let mainPart = "word/document.xml"
    static let noteParts: Set<String> = ["word/footnotes.xml", "word/endnotes.xml"]

    public static func annotate(
        _ file: FileReport, rules: [RuleMetadata], substitutionRules: Set<String>, to destination: String?,
        options: AnnotatedCopy.Options = AnnotatedCopy.Options()
    ) throws(TenderLintError) -> AnnotatedCopy.Summary {
        let archive = try AnnotatedCopy.archive(of: file, options: options)
        guard archive.contains(mainPart) else {
            throw TenderLintError(path: file.path, message: "ZIP-arkivet saknar word/document.xml, så det är ingen Word-fil")
        }
        var summary = AnnotatedCopy.Summary(output: destination ?? "")
        let text = AnnotationText(rules: rules)

        // Which findings go where.
        var byPart: [String: [Finding]] = [:]
        for finding in file.findings {
            let part = finding.part ?? mainPart
            guard part == mainPart || noteParts.contains(part) else {
                summary.notPlaced += 1
                continue
            }
            guard finding.range.start.line == finding.range.end.line, finding.range.end.column > finding.range.start.column
            else { continue }
            byPart[part, default: []].append(finding)
        }

        let relationships = try Relationships(archive: archive)
        let commentsPart = relationships.commentsPart ?? freeName("word/comments.xml", in: archive)
        let existingComments = relationships.commentsPart.map { archive.contains($0) } ?? false

        // First pass: the ids in use in every story (the new ones go above them all), where a
        // tracked change may go, and whether the document is Strict OOXML.
        var maxID = -1
        var strict = false
        var places: [String: [SourcePosition: DocxPartScanner.Place]] = [:]
        let stories = archive.partNames.filter { $0.hasPrefix("word/") && $0.hasSuffix(".xml") && !$0.contains("/_rels/") }
        for part in stories {
            var wanted = Set<SourcePosition>()
            if options.trackChanges {
                for finding in byPart[part] ?? [] where isReplaceable(finding, substitutionRules) {
                    wanted.insert(finding.range.start)
                    wanted.insert(last(of: finding))
                }
            }
            let scanner = DocxPartScanner(reader: partReader(part), wanted: wanted)
            try XMLPartReading.parse(part, in: archive, with: scanner)
            maxID = max(maxID, scanner.maxID)
            places[part] = scanner.places
            if part == mainPart { strict = scanner.isStrict }
        }

        // Ids: comments first, then the revisions.
        var nextID = maxID + 1
        var anchors: [String: [DocxAnchor]] = [:]
        var comments: [(id: Int, paragraphs: [String])] = []
        for part in byPart.keys.sorted(by: { ($0 == mainPart ? "" : $0) < ($1 == mainPart ? "" : $1) }) {
            let findings = byPart[part] ?? []
            var partAnchors: [DocxAnchor] = []
            for finding in findings {
                partAnchors.append(DocxAnchor(comment: nextID, start: finding.range.start, last: last(of: finding)))
                comments.append((nextID, text.paragraphs(for: finding)))
                nextID += 1
            }
            if options.trackChanges {
                for index in findings.indices where isReplaceable(findings[index], substitutionRules) {
                    let anchor = partAnchors[index]
                    guard let first = places[part]?[anchor.start], let final = places[part]?[anchor.last],
                          first == final, !first.restricted,
                          isAlone(anchor, among: partAnchors)
                    else { continue }
                    let finding = findings[index]
                    partAnchors[index].replacement = TrackedReplacement(
                        deletion: nextID, insertion: nextID + 1,
                        text: Fixer.matchingCase(finding.suggestions[0], like: finding.match))
                    nextID += 2
                }
            }
            anchors[part] = partAnchors
        }

        // Second pass: write the parts with the comments.
        let date = Self.dateString(options.date)
        var replaced: [String: Data] = [:]
        for (part, partAnchors) in anchors {
            let rewriter = DocxAnnotationRewriter(
                reader: partReader(part), anchors: partAnchors, author: options.author, date: date,
                capacity: Int(min(archive.uncompressedSize(part) ?? 0, 64 * 1_048_576)) + partAnchors.count * 200)
            try XMLPartReading.parse(part, in: archive, with: rewriter)
            replaced[part] = Data(rewriter.output.bytes)
            summary.displaced += rewriter.displaced.count
            summary.trackedChanges += partAnchors.filter { $0.replacement != nil }.count
        }
        summary.comments = comments.count

        let commentMarkup: (String) -> String = { w in
            comments.map {
                DocxMarkup.comment($0.id, paragraphs: $0.paragraphs, author: options.author, initials: options.initials,
                                   date: date, w)
            }.joined()
        }
        var added: [PackagePart] = []
        if existingComments {
            let copier = XMLPartCopier()
            copier.markupNamespace = (strict ? DocxAnnotationRewriter.strict : DocxAnnotationRewriter.transitional, "w")
            copier.beforeRootEnd = commentMarkup
            try XMLPartReading.parse(commentsPart, in: archive, with: copier)
            replaced[commentsPart] = Data(copier.data)
        } else if !comments.isEmpty {
            let namespace = strict
                ? "http://purl.oclc.org/ooxml/wordprocessingml/main"
                : "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<w:comments xmlns:w=\"\(namespace)\">" + commentMarkup("w:") + "</w:comments>"
            added.append(PackagePart(name: commentsPart, data: Data(xml.utf8)))
            // A relationship that names a comments part the package lacks is used as it is.
            if relationships.commentsPart == nil {
                try relationships.addComments(target: commentsPart, strict: strict, to: &replaced, adding: &added, archive: archive)
            }
            try ContentTypes.ensureOverride(
                part: commentsPart, type: commentsType, in: archive, replacing: &replaced)
        }
        summary.data = try PackageCopy.write(archive, replacing: replaced, adding: added, to: destination)
        return summary
    }

    static func dateString(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    private static func partReader(_ part: String) -> DocxPartHandler {
        DocxPartHandler(part: part == mainPart ? nil : part, partKind: part == mainPart ? nil : .footnote,
                        styles: nil, numbering: nil)
    }

    private static func last(of finding: Finding) -> SourcePosition {
        SourcePosition(line: finding.range.end.line, column: finding.range.end.column - 1)
    }

    private static func isReplaceable(_ finding: Finding, _ substitutionRules: Set<String>) -> Bool {
        substitutionRules.contains(finding.rule) && finding.safe && finding.suggestions.count == 1 && !finding.suggestions[0].isEmpty
    }

    /// No other comment starts or ends inside the anchor, and none shares its ends: a
    /// tracked change is written as one piece.
    private static func isAlone(_ anchor: DocxAnchor, among anchors: [DocxAnchor]) -> Bool {
        let range = anchor.start...anchor.last
        return !anchors.contains { other in
            other.comment != anchor.comment && (range.contains(other.start) || range.contains(other.last))
        }
    }

    /// `word/comments.xml`, or a name next to it that the package does not use yet.
    static func freeName(_ name: String, in archive: PackageArchive) -> String {
        guard archive.contains(name) else { return name }
        let stem = (name as NSString).deletingPathExtension
        var number = 2
        while archive.contains("\(stem)\(number).xml") { number += 1 }
        return "\(stem)\(number).xml"
    }
}
