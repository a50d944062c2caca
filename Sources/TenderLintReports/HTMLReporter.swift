import Foundation
import TenderLintCore
import TenderLintLanguage
import TenderLintEngine

/// One self-contained HTML page (no network, no external assets) for reading findings in a
/// browser: a summary per file (accessibility score, LIX, counts per category and severity)
/// with links to each finding, the document's text with every finding highlighted by category
/// and its message and suggestion beside it, filters by category and severity, and a print
/// style. Several files get a table of contents. The interface is Swedish.
public struct HTMLReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var body = ""
        if report.files.count > 1 {
            body += "<nav aria-label=\"Innehåll\"><h2>Filer</h2><ol>"
            for (index, file) in report.files.enumerated() {
                body += "<li><a href=\"#fil-\(index)\">\(Self.escape(file.path))</a> – \(file.findings.count) fynd"
                    + (file.metrics.score.map { ", \(Quantity.oneDecimal($0.value))/100" } ?? "") + "</li>"
            }
            body += "</ol></nav>"
        }
        body += Self.filters(report)
        for (index, file) in report.files.enumerated() { body += Self.section(file, index: index) }
        if !report.errors.isEmpty {
            body += "<section class=\"errors\"><h2>Filer som inte kunde granskas</h2><ul>"
            for error in report.errors { body += "<li>\(Self.escape(error.description))</li>" }
            body += "</ul></section>"
        }
        return """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>tenderlint – granskningsrapport</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header><h1>Granskningsrapport</h1><p>\(report.files.count) \(report.files.count == 1 ? "fil" : "filer") granskade av tenderlint \(JSONReporter.toolVersion), \(report.findingCount) fynd.</p></header>
            <main>\(body)</main>
            <script>\(Self.script)</script>
            </body>
            </html>

            """
    }

    /// Escaped for HTML text and attribute values, scalar by scalar: a `"` followed by a
    /// combining mark is one Swift character but still a quote to the browser.
    /// Text escaped for HTML content and double-quoted attributes (the server's page uses it).
    public static func escape(_ text: String) -> String {
        ScalarEscaping.escape(text) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            default: nil
            }
        }
    }

    static func filters(_ report: LintReport) -> String {
        let categories = Category.allCases.filter { category in report.files.contains { $0.findings.contains { $0.category == category } } }
        var html = "<form class=\"filters\" aria-label=\"Filter\"><fieldset><legend>Kategorier</legend>"
        for category in categories {
            html += "<label><input type=\"checkbox\" data-filter=\"category\" value=\"\(category.rawValue)\" checked> "
                + "<span class=\"swatch cat-\(category.rawValue)\"></span>\(escape(category.swedishName))</label>"
        }
        html += "</fieldset><fieldset><legend>Allvarlighetsgrad</legend>"
        for severity in Severity.allCases.reversed() {
            html += "<label><input type=\"checkbox\" data-filter=\"severity\" value=\"\(severity.rawValue)\" checked> "
                + "\(escape(severity.swedishName))</label>"
        }
        return html + "</fieldset></form>"
    }

    static func section(_ file: FileReport, index: Int) -> String {
        var html = "<section class=\"file\" id=\"fil-\(index)\"><h2>\(escape(file.path))</h2>"
        html += summary(file, index: index)
        html += "<div class=\"columns\"><div class=\"text\" aria-label=\"Dokumentets text\">"
        html += text(file, index: index)
        html += "</div><ol class=\"findings\" aria-label=\"Fynd\">"
        for (number, finding) in file.findings.enumerated() {
            html += "<li id=\"f\(index)-\(number)\" class=\"finding sev-\(finding.severity.rawValue)\" data-category=\"\(finding.category.rawValue)\" data-severity=\"\(finding.severity.rawValue)\">"
                + "<a class=\"place\" href=\"#m\(index)-\(number)\">\(file.format.isPlainText ? "rad" : "stycke") \(finding.range.start.line)</a> "
                + "<span class=\"badge cat-\(finding.category.rawValue)\">\(escape(finding.category.swedishName))</span> "
                + "<span class=\"severity\">\(escape(finding.severity.swedishName))</span>"
                + "<p>\(escape(finding.message))</p>"
            if !finding.suggestions.isEmpty {
                html += "<p class=\"suggestion\">Förslag: \(finding.suggestions.map { "<q>\(escape($0))</q>" }.joined(separator: ", "))</p>"
            }
            html += "<p class=\"rule\">\(escape(finding.rule))</p></li>"
        }
        return html + "</ol></div></section>"
    }

    static func summary(_ file: FileReport, index: Int) -> String {
        var html = "<div class=\"summary\">"
        if let score = file.metrics.score {
            html += "<p class=\"score\"><strong>Tillgänglighet: \(Quantity.oneDecimal(score.value))/100</strong></p><ul class=\"parts\">"
            for part in score.parts {
                html += "<li>\(escape(AccessibilityScore.swedishNames[part.name] ?? part.name)): \(Quantity.oneDecimal(part.measure)) "
                    + "(−\(Quantity.oneDecimal(part.points)))</li>"
            }
            html += "</ul>"
        }
        html += "<p>LIX \(Quantity.oneDecimal(file.metrics.lix)) (\(escape(LIXCount.band(file.metrics.lix)))), "
            + "\(file.metrics.words) ord, \(file.metrics.sentences) meningar.</p>"
        html += "<table><thead><tr><th scope=\"col\">Kategori</th>"
        for severity in Severity.allCases.reversed() { html += "<th scope=\"col\">\(escape(severity.swedishName))</th>" }
        html += "<th scope=\"col\">Första fyndet</th></tr></thead><tbody>"
        for category in Category.allCases {
            let inCategory = file.findings.enumerated().filter { $0.element.category == category }
            guard let first = inCategory.first else { continue }
            html += "<tr><th scope=\"row\"><span class=\"swatch cat-\(category.rawValue)\"></span>\(escape(category.swedishName))</th>"
            for severity in Severity.allCases.reversed() {
                html += "<td>\(inCategory.filter { $0.element.severity == severity }.count)</td>"
            }
            html += "<td><a href=\"#f\(index)-\(first.offset)\">gå till</a></td></tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// The text with each finding marked: a run of text covered by findings is one `<mark>`
    /// with the most severe finding's category, linking to it.
    static func text(_ file: FileReport, index: Int) -> String {
        var html = ""
        if file.format.isPlainText, let source = file.source {
            var marks: [(range: Range<Int>, finding: Int)] = []
            for (number, finding) in file.findings.enumerated() {
                guard let start = source.offset(of: finding.range.start), let end = source.offset(of: finding.range.end), start < end else { continue }
                marks.append((start..<end, number))
            }
            html += "<pre>" + marked(source.scalars, marks, file: file, index: index) + "</pre>"
        } else {
            for (blockIndex, block) in file.blocks.enumerated() where !block.scalars.isEmpty {
                let marks = file.findings.enumerated().filter { $0.element.blockIndex == blockIndex }
                    .map { (range: $0.element.textRange, finding: $0.offset) }
                let tag = block.kind.isHeading ? "h3" : "p"
                html += "<\(tag) class=\"block\">" + marked(block.scalars, marks, file: file, index: index) + "</\(tag)>"
            }
        }
        return html
    }

    static func marked(_ scalars: [Unicode.Scalar], _ marks: [(range: Range<Int>, finding: Int)], file: FileReport, index: Int) -> String {
        var boundaries = Set([0, scalars.count])
        for mark in marks {
            boundaries.insert(max(0, min(mark.range.lowerBound, scalars.count)))
            boundaries.insert(max(0, min(mark.range.upperBound, scalars.count)))
        }
        let points = boundaries.sorted()
        var html = ""
        var anchored = Set<Int>()
        for (start, end) in zip(points, points.dropFirst()) where start < end {
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<end])
            let text = escape(String(piece))
            let covering = marks.filter { $0.range.lowerBound <= start && end <= $0.range.upperBound }.map(\.finding)
            guard let top = covering.max(by: { file.findings[$0].severity < file.findings[$1].severity }) else {
                html += text
                continue
            }
            let finding = file.findings[top]
            // The first piece of each finding carries its anchor, for links from the list.
            let ids = covering.filter { anchored.insert($0).inserted }
            let anchor = ids.first.map { " id=\"m\(index)-\($0)\"" } ?? ""
            let extra = ids.dropFirst().map { "<span id=\"m\(index)-\($0)\"></span>" }.joined()
            html += "\(extra)<a\(anchor) class=\"mark cat-\(finding.category.rawValue) sev-\(finding.severity.rawValue)\" "
                + "data-categories=\"\(Set(covering.map { file.findings[$0].category.rawValue }).sorted().joined(separator: " "))\" "
                + "data-severities=\"\(Set(covering.map { file.findings[$0].severity.rawValue }).sorted().joined(separator: " "))\" "
                + "href=\"#f\(index)-\(top)\" title=\"\(escape(finding.message))\">\(text)</a>"
        }
        return html
    }

    /// Colours chosen for contrast on white (WCAG AA for the text on them), and every category
    /// also named in text, so nothing is told by colour alone.
    static let style = """
        body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;margin:0;background:#fff}
        header,main{max-width:72rem;margin:0 auto;padding:0 1rem}
        h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #ccc;padding-bottom:.2rem}
        .filters{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0;position:sticky;top:0;background:#fff;padding:.5rem 0;z-index:1}
        fieldset{border:1px solid #bbb;border-radius:4px}label{margin-right:.8rem;white-space:nowrap}
        .columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;align-items:start}
        .text pre{white-space:pre-wrap;font:inherit;margin:0}.text .block{margin:.4rem 0}
        .findings{list-style:none;padding:0;margin:0}.finding{border-left:4px solid #767676;padding:.3rem .6rem;margin:0 0 .6rem;background:#f6f6f6}
        .finding p{margin:.2rem 0}.rule{font-size:.85rem;color:#505050}.place{font-weight:600}
        .sev-error{border-left-color:#b00020}.sev-warning{border-left-color:#8a5a00}.sev-suggestion{border-left-color:#1d5fa8}
        .mark{color:inherit;text-decoration:underline 2px;text-underline-offset:3px;border-radius:2px}
        .cat-legal-reference{background:#e6e0f8}.cat-jargon{background:#fff1b8}.cat-exclusionary{background:#fde0e0}
        .cat-readability{background:#dff2e1}.cat-template{background:#dcecf9}.cat-consistency{background:#f5e3f3}
        .badge{font-size:.8rem;padding:0 .3rem;border-radius:3px}.severity{font-size:.85rem;font-weight:600}
        .swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;border:1px solid #555;vertical-align:middle}
        table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
        .hidden{display:none}a:focus,input:focus{outline:3px solid #1d5fa8;outline-offset:2px}
        .mark.off{background:none;text-decoration:none}
        @media (max-width:50rem){.columns{display:block}}
        @media print{.filters,nav{display:none}.columns{display:block}.finding{break-inside:avoid}a{color:inherit}}
        """

    /// Hides the findings (and un-highlights their text) of unchecked categories and severities.
    static let script = """
        (function(){
          var boxes=document.querySelectorAll('input[data-filter]');
          function on(kind){var s={};boxes.forEach(function(b){if(b.dataset.filter===kind&&b.checked)s[b.value]=1;});return s;}
          function apply(){
            var c=on('category'),v=on('severity');
            document.querySelectorAll('.finding').forEach(function(f){
              f.classList.toggle('hidden',!(c[f.dataset.category]&&v[f.dataset.severity]));});
            document.querySelectorAll('.mark').forEach(function(m){
              var cs=m.dataset.categories.split(' '),vs=m.dataset.severities.split(' ');
              var shown=cs.some(function(x){return c[x];})&&vs.some(function(x){return v[x];});
              m.classList.toggle('off',!shown);});
          }
          boxes.forEach(function(b){b.addEventListener('change',apply);});
        })();
        """
}
