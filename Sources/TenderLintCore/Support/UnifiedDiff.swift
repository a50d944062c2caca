/// A line diff in the unified format `diff -u` prints: `---`/`+++` labels, `@@ -start,count
/// +start,count @@` hunks with `context` unchanged lines around each change (an empty side
/// starts at the line before, as `diff` writes it). The edit script is the standard library's
/// `difference(from:)` (Myers). `tenderlint fix --dry-run` shows its changes with it, and the
/// golden-file tests their mismatches.
package enum UnifiedDiff {
    package static func render(old: [String], new: [String], oldLabel: String, newLabel: String, context: Int) -> String {
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // One entry per line of either side, in order; removals before insertions at a place.
        enum Line { case same(Int, Int), removed(Int), added(Int) }
        var lines: [Line] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) {
                lines.append(.removed(i)); i += 1
            } else if j < new.count, inserted.contains(j) {
                lines.append(.added(j)); j += 1
            } else {
                lines.append(.same(i, j)); i += 1; j += 1
            }
        }
        let changed = lines.indices.filter { if case .same = lines[$0] { false } else { true } }
        guard !changed.isEmpty else { return "" }
        // Hunks: changed lines with their context, merged when they touch.
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(lines.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                hunks.append(range)
            }
        }
        // How many lines of each side come before each entry.
        var before: [(old: Int, new: Int)] = []
        var oldSeen = 0, newSeen = 0
        for line in lines {
            before.append((oldSeen, newSeen))
            switch line {
            case .same: oldSeen += 1; newSeen += 1
            case .removed: oldSeen += 1
            case .added: newSeen += 1
            }
        }
        var output = "--- \(oldLabel)\n+++ \(newLabel)\n"
        for hunk in hunks {
            var oldCount = 0, newCount = 0, body = ""
            for line in lines[hunk] {
                switch line {
                case .same(let a, _): oldCount += 1; newCount += 1; body += " " + old[a] + "\n"
                case .removed(let a): oldCount += 1; body += "-" + old[a] + "\n"
                case .added(let b): newCount += 1; body += "+" + new[b] + "\n"
                }
            }
            let start = before[hunk.lowerBound]
            output += "@@ -\(oldCount == 0 ? start.old : start.old + 1),\(oldCount) "
                + "+\(newCount == 0 ? start.new : start.new + 1),\(newCount) @@\n" + body
        }
        return output
    }
}
