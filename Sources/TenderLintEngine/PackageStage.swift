import Foundation
import TenderLintRules

/// The package stage of a run: groups the linted files by folder and lets each package rule
/// report what differs between them.
enum PackageStage {
    static func run(_ reports: inout [FileReport], rules: (Int) -> [any Rule]) {
        var groups: [String: [Int]] = [:]
        for (index, report) in reports.enumerated() {
            groups[URL(fileURLWithPath: report.path).deletingLastPathComponent().standardizedFileURL.path, default: []].append(index)
        }
        for (_, indices) in groups.sorted(by: { $0.key < $1.key }) where indices.count > 1 {
            for case let rule as any PackageRule in rules(indices[0]) {
                let id = rule.metadata.id
                let notes = indices.map { index in reports[index].packageNotes.first { $0.rule == id } }
                guard notes.allSatisfy({ $0 != nil }) else { continue }
                let members = zip(indices, notes).map { PackageMember(path: reports[$0].path, notes: $1!.notes) }
                var added = Set<String>()
                for (member, note, message) in rule.checkPackage(members) {
                    guard var finding = notes[member]?.findings[note] else { continue }
                    finding.message = message
                    let report = indices[member]
                    // One finding per place and message, and none where the document's own
                    // check already reported the same place.
                    let key = "\(report)|\(finding.range)|\(message)"
                    guard added.insert(key).inserted,
                          !reports[report].findings.contains(where: { $0.rule == id && $0.range == finding.range }) else { continue }
                    reports[report].findings.append(finding)
                }
            }
        }
        for index in reports.indices {
            reports[index].findings.sort { lhs, rhs in
                if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
                if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
                return lhs.range.end < rhs.range.end
            }
        }
    }
}
