import Foundation
import TenderLintCore

/// One kind of deviation from the shared template (`check:`): a required section missing, a
/// section out of the template's order, a section the template lacks, a boilerplate paragraph
/// removed or changed. The alignment behind them is computed once per document
/// (`DocumentContext.templateComparison`); without a template the rules find nothing.
public struct TemplateRule: Rule {
    public enum Check: String, Sendable, CaseIterable {
        case missingSection = "missing-section"
        case sectionOrder = "section-order"
        case extraSection = "extra-section"
        case boilerplateRemoved = "boilerplate-removed"
        case boilerplateChanged = "boilerplate-changed"
    }

    public let metadata: RuleMetadata
    let check: Check
    /// The template the rule's examples are checked against (`exampleTemplate:`, relative to
    /// the rule file): a template rule's examples are whole documents.
    public let exampleTemplate: String

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        let example = try yaml.string("exampleTemplate", required: true)!
        exampleTemplate = URL(fileURLWithPath: yaml.path).deletingLastPathComponent().appendingPathComponent(example)
            .standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: exampleTemplate) else {
            throw yaml.error(at: yaml.mapping[.init("exampleTemplate")], "exempelmallen ”\(example)” finns inte")
        }
        let name = try yaml.string("check", required: true)!
        guard let check = Check(rawValue: name) else {
            throw yaml.error(at: yaml.mapping[.init("check")], "”check” ska vara en av: "
                + Check.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.check = check
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {}

    public func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)]) {
        guard let comparison = documentContext.templateComparison, let template = documentContext.template else { return }
        let blocks = documentContext.document.blocks
        let tender = comparison.tenderSections
        func report(_ block: Int, _ values: [String: String], range: Range<Int>? = nil) {
            let whole = 0..<blocks[block].scalars.count
            findings.append((block, RuleFinding(range: range ?? whole, message: MessageTemplate.fill(metadata.message, values: values))))
        }
        func quoted(_ text: String) -> String { "”" + text + "”" }
        switch check {
        case .missingSection:
            for index in comparison.missing {
                // Where it belongs: before the next section the tender has, else after the last.
                let next = template.sections.indices.dropFirst(index + 1).first { comparison.pairs[$0] != nil }
                let previous = template.sections.indices.prefix(index).last { comparison.pairs[$0] != nil }
                let anchor: Int
                let place: String
                if let next, let tenderIndex = comparison.pairs[next] {
                    anchor = tender[tenderIndex].block
                    place = "före " + quoted(tender[tenderIndex].heading)
                } else if let previous, let tenderIndex = comparison.pairs[previous] {
                    anchor = tender[tenderIndex].block
                    place = "efter " + quoted(tender[tenderIndex].heading)
                } else {
                    guard let first = blocks.indices.first(where: { !blocks[$0].scalars.isEmpty }) else { continue }
                    anchor = first
                    place = "i dokumentet"
                }
                report(anchor, ["section": template.sections[index].heading, "where": place])
            }
        case .sectionOrder:
            for index in comparison.outOfOrder {
                guard let tenderIndex = comparison.pairs[index] else { continue }
                let place = index == 0 ? "först" : "efter " + quoted(template.sections[index - 1].heading)
                report(tender[tenderIndex].block, ["section": tender[tenderIndex].heading, "where": place])
            }
        case .extraSection:
            for index in comparison.extra {
                report(tender[index].block, ["section": tender[index].heading])
            }
        case .boilerplateRemoved:
            for (sectionIndex, paragraphIndex) in comparison.removed {
                guard let tenderIndex = comparison.pairs[sectionIndex] else { continue }
                let text = template.sections[sectionIndex].paragraphs[paragraphIndex].text
                var shown = text
                if text.count > 90 {
                    // Cut at a word, not inside one.
                    let cut = text.prefix(90)
                    shown = String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut) + " …"
                }
                report(tender[tenderIndex].block, ["section": tender[tenderIndex].heading, "text": shown])
            }
        case .boilerplateChanged:
            for change in comparison.changed {
                guard let tenderIndex = comparison.pairs[change.section] else { continue }
                report(change.block, [
                    "section": tender[tenderIndex].heading,
                    "similarity": "\(Int((change.similarity * 100).rounded(.down))) %",
                    "diff": change.diff,
                ])
            }
        }
    }
}

extension TemplateRule {
    public var behaviour: String {
        metadata.summary + " Kräver en mall: --template MALL eller template: i .tenderlint.yml."
    }
}

extension TemplateRule: RuleKind {
    static let name = "template"
    static let keys = ["check", "exampleTemplate"]
}
