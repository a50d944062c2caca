import TenderLintCore
import TenderLintReaders

/// Where one comment goes in a WordprocessingML part: from the scalar at `start` to the
/// scalar at `last` (paragraph number and 1-based column, as the reader counts them).
struct DocxAnchor {
    var comment: Int
    var start: SourcePosition
    var last: SourcePosition
    /// Proposed as a tracked change: the match deleted, `text` inserted.
    var replacement: TrackedReplacement?
}

struct TrackedReplacement {
    var deletion: Int
    var insertion: Int
    var text: String
}

/// The markup a comment leaves in the text, for a part whose WordprocessingML prefix is `w`
/// (`"w:"`, or `""` when the namespace is the default one).
enum DocxMarkup {
    static func rangeStart(_ id: Int, _ w: String) -> String {
        "<\(w)commentRangeStart \(w)id=\"\(id)\"/>"
    }

    /// The range's end and the reference run Word shows the comment's mark in.
    static func rangeEnd(_ id: Int, _ w: String) -> String {
        "<\(w)commentRangeEnd \(w)id=\"\(id)\"/><\(w)r><\(w)commentReference \(w)id=\"\(id)\"/></\(w)r>"
    }

    static func revisionAttributes(_ id: Int, author: String, date: String, _ w: String) -> String {
        "\(w)id=\"\(id)\" \(w)author=\"\(XMLOutput.escapeAttribute(author))\" \(w)date=\"\(date)\""
    }

    /// One `w:comment` with a paragraph per line of its text.
    static func comment(_ id: Int, paragraphs: [String], author: String, initials: String, date: String, _ w: String) -> String {
        var xml = "<\(w)comment \(w)id=\"\(id)\" \(w)author=\"\(XMLOutput.escapeAttribute(author))\" "
            + "\(w)date=\"\(date)\" \(w)initials=\"\(XMLOutput.escapeAttribute(initials))\">"
        for (index, paragraph) in paragraphs.enumerated() {
            xml += "<\(w)p>"
            if index == 0 { xml += "<\(w)r><\(w)annotationRef/></\(w)r>" }
            xml += "<\(w)r><\(w)t xml:space=\"preserve\">\(XMLOutput.escaped(paragraph))</\(w)t></\(w)r></\(w)p>"
        }
        return xml + "</\(w)comment>"
    }
}
