import Foundation
import TenderLintCore
import TenderLintReaders
import TenderLintRules
import TenderLintEngine

/// Lints every entry of an evaluation set and scores the findings against its labels:
/// precision and recall per rule and per category, with every miss and false alarm.
public struct Evaluation: Sendable {
    public struct Tally: Sendable {
        /// Findings reported, and how many of them a `flaggas` label admits.
        public var reported = 0, right = 0
        /// Findings a `kan` label admits: neither right nor wrong.
        public var tolerated = 0
        /// `flaggas` labels, and how many of them a finding covers.
        public var labels = 0, found = 0

        public var precision: Double? { judged == 0 ? nil : Double(right) / Double(judged) }
        public var recall: Double? { labels == 0 ? nil : Double(found) / Double(labels) }
        var judged: Int { reported - tolerated }

        mutating func add(_ other: Tally) {
            reported += other.reported; right += other.right; tolerated += other.tolerated
            labels += other.labels; found += other.found
        }
    }

    public struct Outcome: Sendable {
        public var entry: String
        public var rule: String
        public var category: Category
        public var text: String
        public var message: String
    }

    public var byRule: [String: Tally] = [:]
    public var byCategory: [Category: Tally] = [:]
    public var byGroup: [String: Tally] = [:]
    public var falseAlarms: [Outcome] = []
    public var misses: [Outcome] = []
    /// Labels whose text was not found in the entry's text: errors in the set.
    public var unplaced: [String] = []
    public var entries = 0

    public var total: Tally {
        var sum = Tally()
        for tally in byCategory.values { sum.add(tally) }
        return sum
    }

    /// Lints and scores every entry with the given rules.
    public static func run(_ set: EvaluationSet, ruleSet: RuleSet) -> Evaluation {
        var evaluation = Evaluation()
        for entry in set.entries {
            evaluation.score(entry, ruleSet: ruleSet)
        }
        return evaluation
    }

    private mutating func score(_ entry: EvaluationSet.Entry, ruleSet: RuleSet) {
        entries += 1
        let document: Document
        do {
            if let file = entry.file {
                document = try DocumentLoader.load(path: file)
            } else {
                document = try DocumentLoader.read(
                    bytes: Array((entry.text ?? "").utf8), path: entry.id + (entry.format == .markdown ? ".md" : ".txt"),
                    format: entry.format)
            }
        } catch {
            unplaced.append("\(entry.id): kunde inte läsas: \(error)")
            return
        }
        let findings = Linter(ruleSet: ruleSet, configuration: entry.configuration).lint(document).findings
        let locator = TextLocator(document)
        func places(_ label: EvaluationSet.Label) -> [TextLocator.Place] {
            let found = locator.places(of: label.text)
            if found.isEmpty { unplaced.append("\(entry.id): etikettens text finns inte: ”\(label.text)”") }
            return found
        }
        let flagged = entry.flagged.map { ($0, places($0)) }
        let either = entry.either.map { ($0, places($0)) }
        func covers(_ placed: [TextLocator.Place], _ finding: Finding) -> Bool {
            placed.contains { $0.block == finding.blockIndex && $0.range.overlaps(finding.textRange) }
        }
        // Each rule's tally (or a category's, for a label no finding answered that names no
        // rule), with its category.
        var tallies: [String: (category: Category, tally: Tally)] = [:]
        func tally(_ key: String, _ category: Category, _ change: (inout Tally) -> Void) {
            var entry = tallies[key] ?? (category, Tally())
            change(&entry.tally)
            tallies[key] = entry
        }
        for finding in findings {
            tally(finding.rule, finding.category) { tally in
                tally.reported += 1
                if flagged.contains(where: { $0.0.admits(finding) && covers($0.1, finding) }) {
                    tally.right += 1
                } else if either.contains(where: { $0.0.admits(finding) && covers($0.1, finding) }) {
                    tally.tolerated += 1
                } else {
                    falseAlarms.append(Outcome(
                        entry: entry.id, rule: finding.rule, category: finding.category, text: finding.match,
                        message: finding.message))
                }
            }
        }
        for (label, placed) in flagged {
            let finder = findings.first { label.admits($0) && covers(placed, $0) }
            // A label names a rule, or only a category: it counts for the rule that found it,
            // else for the rule it names, else for its category alone.
            let named = label.rule ?? "(\(label.category.rawValue))"
            tally(finder?.rule ?? named, label.category) { tally in
                tally.labels += 1
                if finder != nil { tally.found += 1 }
            }
            if finder == nil {
                misses.append(Outcome(entry: entry.id, rule: named, category: label.category, text: label.text, message: label.note ?? ""))
            }
        }
        for (key, value) in tallies {
            byRule[key, default: Tally()].add(value.tally)
            byCategory[value.category, default: Tally()].add(value.tally)
            byGroup[entry.group, default: Tally()].add(value.tally)
        }
    }
}

/// Finds a label's text in a document's blocks, comparing with runs of white space as one
/// space (a clause's line breaks, a table cell's tab).
struct TextLocator {
    struct Place { var block: Int; var range: Range<Int> }

    private let blocks: [(text: [Unicode.Scalar], offsets: [Int])]

    init(_ document: Document) {
        blocks = document.blocks.map { block in
            var text: [Unicode.Scalar] = []
            var offsets: [Int] = []
            var lastWasSpace = false
            for (offset, scalar) in block.scalars.enumerated() {
                let space = scalar.properties.isWhitespace
                if space && lastWasSpace { continue }
                text.append(space ? " " : scalar)
                offsets.append(offset)
                lastWasSpace = space
            }
            return (text, offsets)
        }
    }

    func places(of label: String) -> [Place] {
        let found = places(ofNormalized: Self.normalize(label))
        // A label that quotes a word broken over a line with a hyphen (`inköps-⏎uppföljning`)
        // finds the word as the reader joined it.
        guard found.isEmpty, label.contains("-\n") else { return found }
        return places(ofNormalized: Self.normalize(label.replacingOccurrences(of: "-\n", with: "")))
    }

    private func places(ofNormalized needle: [Unicode.Scalar]) -> [Place] {
        guard !needle.isEmpty else { return [] }
        var result: [Place] = []
        for (index, block) in blocks.enumerated() where block.text.count >= needle.count {
            var start = 0
            while start + needle.count <= block.text.count {
                if block.text[start] == needle[0], Array(block.text[start..<start + needle.count]) == needle {
                    let end = start + needle.count - 1
                    result.append(Place(block: index, range: block.offsets[start]..<(block.offsets[end] + 1)))
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return result
    }

    static func normalize(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars {
            let space = scalar.properties.isWhitespace
            if space, result.last == " " { continue }
            result.append(space ? " " : scalar)
        }
        return result
    }
}

extension Evaluation {
    /// The table the README shows: precision and recall per category, then per rule.
    public func table() -> String {
        func percent(_ value: Double?) -> String { value.map { String(format: "%.0f %%", $0 * 100) } ?? "–" }
        func row(_ name: String, _ tally: Tally) -> String {
            "| \(name) | \(tally.reported) | \(tally.right) | \(percent(tally.precision)) | \(tally.labels) | \(tally.found) | \(percent(tally.recall)) |"
        }
        let header = "| | findings | right | precision | labels | found | recall |\n|---|---:|---:|---:|---:|---:|---:|"
        var lines = ["\(entries) pieces of text, \(total.labels) labels.", "", header]
        for category in Category.allCases {
            if let tally = byCategory[category] { lines.append(row("**\(category.rawValue)**", tally)) }
        }
        lines.append(row("**all**", total))
        lines += ["", "By group:", "", header]
        for (group, tally) in byGroup.sorted(by: { $0.key < $1.key }) { lines.append(row(group, tally)) }
        lines += ["", "By rule:", "", header]
        for (rule, tally) in byRule.sorted(by: { $0.key < $1.key }) { lines.append(row("`\(rule)`", tally)) }
        return lines.joined(separator: "\n")
    }

    /// Every false alarm and miss, grouped by rule, for tuning.
    public func details() -> String {
        var lines: [String] = []
        for (title, outcomes) in [("False alarms", falseAlarms), ("Misses", misses)] {
            lines.append("\n## \(title) (\(outcomes.count))")
            for (rule, group) in Dictionary(grouping: outcomes, by: \.rule).sorted(by: { $0.key < $1.key }) {
                lines.append("\n\(rule) [\(group.first!.category.rawValue)] (\(group.count))")
                for outcome in group {
                    let text = outcome.text.count > 90 ? String(outcome.text.prefix(90)) + "…" : outcome.text
                    lines.append("  \(outcome.entry): ”\(text)”" + (outcome.message.isEmpty ? "" : " — \(outcome.message.prefix(120))"))
                }
            }
        }
        if !unplaced.isEmpty { lines.append("\n## Labels not found in their text\n" + unplaced.joined(separator: "\n")) }
        return lines.joined(separator: "\n")
    }
}
