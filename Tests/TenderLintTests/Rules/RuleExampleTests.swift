import Testing
import TenderLintCore
import TenderLintRules
import TenderLintEngine
import TenderLintTestSupport

/// Runs every rule's own examples: each flagged example must be flagged exactly at its
/// `{{…}}` marks and nowhere else, each accepted example not at all. Every example is also
/// rerun in variants that move it around (after multi-byte text, across a CRLF line break,
/// as a Markdown list item and table cell) to prove positions survive.
@Suite struct RuleExampleTests {
    static let ruleIDs = TestSupport.defaultRules.map(\.metadata.id).sorted()

    /// An example of several lines is a whole Markdown document (a template rule's, checked
    /// against its example template; a cross-reference rule's, with its headings): it is run as
    /// it is, in `documentExamples`, not moved around.
    static func isDocument(_ example: String) -> Bool { example.contains("\n") }

    enum Variant: String, CaseIterable {
        case plain, afterMultibyte, crlfBreak, listItem, tableCell
    }

    struct Placed {
        var source: String
        var format: DocumentFormat
        /// Offset of the example's text within the block that holds it.
        var shift: Int
    }

    static func place(_ text: String, _ variant: Variant) -> Placed? {
        switch variant {
        case .plain:
            return Placed(source: text, format: .text, shift: 0)
        case .afterMultibyte:
            return Placed(source: "Åäö åäö. " + text, format: .text, shift: 9)
        case .crlfBreak:
            // Replace the space nearest the middle with CRLF: the block text keeps the break.
            let scalars = Array(text.unicodeScalars)
            let spaces = scalars.indices.filter { scalars[$0] == " " }
            guard let middle = spaces.min(by: { abs($0 - scalars.count / 2) < abs($1 - scalars.count / 2) }) else { return nil }
            var source = String.UnicodeScalarView(scalars[..<middle])
            source.append(contentsOf: "\r\n".unicodeScalars)
            source.append(contentsOf: scalars[(middle + 1)...])
            return Placed(source: "Rubrik\r\n\r\n" + String(source) + "\r\n", format: .text, shift: 0)
        case .listItem:
            return Placed(source: "Inledning.\n\n- " + text + "\n- Annat.\n", format: .markdown, shift: 0)
        case .tableCell:
            return Placed(source: "| Krav | Svar |\n|---|---|\n| " + text + " | Ja |\n", format: .markdown, shift: 0)
        }
    }

    /// Lints the example in a variant; nil when the variant does not apply (Markdown syntax
    /// in the example changes its text).
    static func run(_ rule: any Rule, text: String, variant: Variant) throws -> (findings: [Finding], placed: Placed)? {
        guard let placed = place(text, variant) else { return nil }
        let document = try TestSupport.document(placed.source, format: placed.format)
        // Plain text keeps its line breaks in the block text; the crlfBreak variant put one
        // where a space was.
        let block = document.blocks.firstIndex { $0.text.replacingOccurrences(of: "\n", with: " ").contains(text) }
        guard let block else {
            #expect(placed.format == .markdown, "the \(variant) variant lost the example text: \(text)")
            return nil
        }
        // Each example is a sentence or two: rules that judge a whole document are asked anyway,
        // and a rule that is off by default is turned on.
        let findings = TestSupport.linter(alone: rule).lint(document).findings
        for finding in findings {
            #expect(finding.blockIndex == block, "finding outside the example's block in \(variant): \(finding.match)")
            #expect(TestSupport.slice(placed.source, from: finding.range.start, to: finding.range.end) == finding.match,
                    "match is not the source text in \(variant): \(finding.match)")
        }
        return (findings, placed)
    }

    @Test(arguments: ruleIDs)
    func flaggedExamples(_ id: String) throws {
        let rule = try #require(TestSupport.defaultRules.first { $0.metadata.id == id })
        for example in rule.metadata.examples.flagged where !Self.isDocument(example) {
            let (text, marks) = try #require(ExampleMarkup.parse(example))
            for variant in Variant.allCases {
                guard let (findings, placed) = try Self.run(rule, text: text, variant: variant) else { continue }
                let found = findings.map { ($0.textRange.lowerBound - placed.shift)..<($0.textRange.upperBound - placed.shift) }
                #expect(found == marks, "\(id) [\(variant)]: expected \(marks) in «\(example)», got \(findings.map(\.match))")
            }
        }
    }

    @Test(arguments: ruleIDs)
    func acceptedExamples(_ id: String) throws {
        let rule = try #require(TestSupport.defaultRules.first { $0.metadata.id == id })
        for example in rule.metadata.examples.accepted where !Self.isDocument(example) {
            for variant in Variant.allCases {
                guard let (findings, _) = try Self.run(rule, text: example, variant: variant) else { continue }
                #expect(findings.isEmpty, "\(id) [\(variant)]: «\(example)» must not be flagged, got \(findings.map(\.match))")
            }
        }
    }

    /// Whole-document examples: the marked texts are exactly what is flagged, each finding's
    /// match is its source text, and an accepted document is not flagged at all. A template
    /// rule is given its example template, and finds nothing without one.
    @Test(arguments: ruleIDs)
    func documentExamples(_ id: String) throws {
        let rule = try #require(TestSupport.defaultRules.first { $0.metadata.id == id })
        let template = try (rule as? TemplateRule).map { try Template.load(path: $0.exampleTemplate) }
        if let template { #expect(template.problems.isEmpty, "\(template.problems)") }
        #expect(!(rule is TemplateRule) || rule.metadata.examples.flagged.allSatisfy(Self.isDocument),
                "a template rule's examples are whole documents")
        var configuration = Configuration()
        configuration.documentLengthLimits = false
        configuration.rules[rule.metadata.id] = Configuration.RuleSetting(enabled: true)
        let linter = Linter(
            ruleSet: RuleSet(rules: [rule], facts: TestSupport.defaultFacts), configuration: configuration, template: template)
        for example in rule.metadata.examples.flagged where Self.isDocument(example) {
            let (text, marks) = try #require(ExampleMarkup.parse(example))
            let scalars = Array(text.unicodeScalars)
            let expected = marks.map { String(String.UnicodeScalarView(scalars[$0])) }
            let findings = linter.lint(try TestSupport.document(text, format: .markdown)).findings
            #expect(findings.map(\.match) == expected, "\(id): expected \(expected), got \(findings.map(\.match))")
            for finding in findings {
                #expect(TestSupport.slice(text, from: finding.range.start, to: finding.range.end) == finding.match)
            }
            if template != nil {
                #expect(Linter(ruleSet: RuleSet(rules: [rule], facts: TestSupport.defaultFacts)).lint(try TestSupport.document(text, format: .markdown)).findings.isEmpty,
                        "\(id): a template rule found something without a template")
            }
        }
        for example in rule.metadata.examples.accepted where Self.isDocument(example) {
            let findings = linter.lint(try TestSupport.document(example, format: .markdown)).findings
            #expect(findings.isEmpty, "\(id): accepted example flagged: \(findings.map(\.message))")
        }
    }

    @Test func everyRuleHasExamplesBothWays() {
        #expect(!Self.ruleIDs.isEmpty)
        for rule in TestSupport.defaultRules {
            #expect(!rule.metadata.examples.flagged.isEmpty, "\(rule.metadata.id) has no flagged examples")
            #expect(!rule.metadata.examples.accepted.isEmpty, "\(rule.metadata.id) has no accepted examples")
        }
    }
}
