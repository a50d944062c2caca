import TenderLintCore

/// Applies a document's `tenderlint-disable` / `-enable` / `-disable-next-line` comments.
struct Suppressions {
    private let directives: [SuppressionDirective]

    init(_ directives: [SuppressionDirective]) {
        self.directives = directives.sorted { $0.line < $1.line }
    }

    func filter(_ findings: [Finding]) -> [Finding] {
        guard !directives.isEmpty else { return findings }
        return findings.filter { !isSuppressed($0) }
    }

    /// A finding is suppressed by the last disable/enable before its line that names its rule,
    /// or by a disable-next-line whose following block covers its line.
    func isSuppressed(_ finding: Finding) -> Bool {
        let line = finding.range.start.line
        let category = finding.category.rawValue
        var disabled = false
        for directive in directives where directive.line < line && directive.covers(rule: finding.rule, category: category) {
            switch directive.action {
            case .disable:
                disabled = true
            case .enable:
                disabled = false
            case .disableNextLine:
                if line <= (directive.throughLine ?? directive.line + 1) { return true }
            }
        }
        return disabled
    }
}
