import TenderLintEngine

/// Turns the result of a run into one report. Every front end picks a `ReportFormat` and
/// renders through this protocol, so a new format is one type and one case, not an edit in
/// each front end.
public protocol Reporter: Sendable {
    func render(_ report: LintReport) -> String
}

/// The report formats, as the command line (`--format`) and the server (`format=`) name them.
/// Annotated DOCX/ODT copies are documents, not reports: see `AnnotatedCopy`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case github
    case html
    /// The accessibility score table of `tenderlint score`.
    case score

    /// The reporter for this format; `color` applies to the text report only.
    public func reporter(color: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .github: GitHubReporter()
        case .html: HTMLReporter()
        case .score: ScoreReporter()
        }
    }

    /// The media type a server answers with.
    public var mediaType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .sarif: "application/sarif+json"
        case .html: "text/html; charset=utf-8"
        case .text, .github, .score: "text/plain; charset=utf-8"
        }
    }
}
