import TenderLintCore

/// A tender aligned to its template, section by section: headings are paired by similarity
/// (numbering, case, punctuation and small wording changes do not matter), the order of the
/// pairs is compared with the template's, and in each pair the template's boilerplate
/// paragraphs are looked for among the tender's.
public struct TemplateComparison: Sendable {
    public struct TenderSection: Sendable {
        public var heading: String
        public var key: String
        public var level: Int
        public var parent: Int?
        /// The heading's block.
        public var block: Int
        /// The blocks of the section's own text, up to the next heading.
        public var paragraphs: [Int]
    }

    public struct Change: Sendable {
        public var section: Int
        public var paragraph: Int
        /// The tender's paragraph that is the template's, changed.
        public var block: Int
        public var similarity: Double
        public var diff: String
    }

    public var tenderSections: [TenderSection]
    /// For each template section, the tender section paired with it.
    public var pairs: [Int?]
    /// Required template sections the tender lacks (the outermost of a missing group).
    public var missing: [Int] = []
    /// Template sections the tender has elsewhere than the template's order.
    public var outOfOrder: [Int] = []
    /// Tender sections the template does not have (the outermost of an extra group).
    public var extra: [Int] = []
    /// Boilerplate paragraphs (template section, paragraph) found nowhere in their section.
    public var removed: [(section: Int, paragraph: Int)] = []
    public var changed: [Change] = []
    /// Share of the template's required sections the tender has: below `minimumShare` the
    /// document is not taken to be built on the template (an annex, another kind of tender).
    public var share: Double

    /// Headings at least this similar are the same section.
    public static let headingThreshold = 0.6
    /// A tender paragraph at least this similar to a boilerplate paragraph is that paragraph,
    /// changed; below it, the boilerplate counts as removed.
    public static let paragraphThreshold = 0.5
    public static let minimumShare = 0.3
    /// A less similar paragraph still counts as the boilerplate rewritten when it stands in the
    /// boilerplate's place.
    public static let rewriteThreshold = 0.2

    public init(template: Template, document: Document) {
        let tenderSections = Self.sections(of: document)
        let pairs = Self.pair(template.sections, tenderSections)
        self.tenderSections = tenderSections
        self.pairs = pairs
        let required = template.sections.indices.filter { !template.sections[$0].optional }
        share = required.isEmpty ? 1 : Double(required.filter { pairs[$0] != nil }.count) / Double(required.count)

        // Missing: required, unpaired, and not inside a section that is itself missing.
        for index in template.sections.indices where pairs[index] == nil && !template.sections[index].optional {
            if let parent = template.sections[index].parent, pairs[parent] == nil, !template.sections[parent].optional { continue }
            missing.append(index)
        }
        // Extra: unpaired tender sections, outermost only.
        let pairedTender = Set(pairs.compactMap { $0 })
        for index in tenderSections.indices where !pairedTender.contains(index) {
            if let parent = tenderSections[index].parent, !pairedTender.contains(parent) { continue }
            extra.append(index)
        }
        // Order: the longest run of pairs in the template's order stays; the rest moved. A
        // section that moved with its parent is reported once, as the parent.
        let byTender = template.sections.indices.filter { pairs[$0] != nil }.sorted { pairs[$0]! < pairs[$1]! }
        let kept = Set(Self.longestIncreasing(byTender))
        let moved = Set(byTender.filter { !kept.contains($0) })
        for index in byTender where moved.contains(index) {
            if let parent = template.sections[index].parent, moved.contains(parent) { continue }
            outOfOrder.append(index)
        }
        outOfOrder.sort()
        // Boilerplate of each pair.
        for (sectionIndex, section) in template.sections.enumerated() {
            guard let tenderIndex = pairs[sectionIndex] else { continue }
            let candidates = tenderSections[tenderIndex].paragraphs.map { (block: $0, words: Template.words(document.blocks[$0].text)) }
            var scored: [(paragraph: Int, candidate: Int, ratio: Double)] = []
            for (paragraphIndex, paragraph) in section.paragraphs.enumerated() where paragraph.isBoilerplate {
                for (candidateIndex, candidate) in candidates.enumerated() {
                    let ratio = WordDiff.ratio(paragraph.words, candidate.words)
                    if ratio >= Self.paragraphThreshold { scored.append((paragraphIndex, candidateIndex, ratio)) }
                }
            }
            scored.sort { $0.ratio != $1.ratio ? $0.ratio > $1.ratio : $0.paragraph < $1.paragraph }
            var usedParagraphs = Set<Int>()
            var usedCandidates = Set<Int>()
            for entry in scored where !usedParagraphs.contains(entry.paragraph) && !usedCandidates.contains(entry.candidate) {
                usedParagraphs.insert(entry.paragraph)
                usedCandidates.insert(entry.candidate)
                guard entry.ratio < 1 else { continue }
                let candidate = candidates[entry.candidate]
                changed.append(Change(
                    section: sectionIndex, paragraph: entry.paragraph, block: candidate.block, similarity: entry.ratio,
                    diff: WordDiff.describe(section.paragraphs[entry.paragraph].words, candidate.words)))
            }
            // A boilerplate paragraph rewritten beyond recognition still stands in its place:
            // between the tender paragraphs paired with its neighbours, an unpaired paragraph
            // that shares some of its words is it, changed.
            var pairedCandidate: [Int: Int] = [:]
            for entry in scored where usedParagraphs.contains(entry.paragraph) && usedCandidates.contains(entry.candidate)
                && pairedCandidate[entry.paragraph] == nil && !pairedCandidate.values.contains(entry.candidate) {
                pairedCandidate[entry.paragraph] = entry.candidate
            }
            for (paragraphIndex, paragraph) in section.paragraphs.enumerated()
            where paragraph.isBoilerplate && !usedParagraphs.contains(paragraphIndex) {
                let lower = pairedCandidate.filter { $0.key < paragraphIndex }.map(\.value).max() ?? -1
                let upper = pairedCandidate.filter { $0.key > paragraphIndex }.map(\.value).min() ?? candidates.count
                var best: (candidate: Int, ratio: Double)?
                for candidate in (lower + 1)..<max(upper, lower + 1) where !usedCandidates.contains(candidate) {
                    let ratio = WordDiff.ratio(paragraph.words, candidates[candidate].words)
                    if ratio >= Self.rewriteThreshold, ratio > (best?.ratio ?? 0) { best = (candidate, ratio) }
                }
                if let best {
                    usedCandidates.insert(best.candidate)
                    changed.append(Change(
                        section: sectionIndex, paragraph: paragraphIndex, block: candidates[best.candidate].block,
                        similarity: best.ratio, diff: "omskriven; mallen lyder ”" + Self.opening(paragraph.text) + "”"))
                } else {
                    removed.append((sectionIndex, paragraphIndex))
                }
            }
        }
        changed.sort { $0.block < $1.block }
    }

    /// The first dozen words of a text, for a message.
    static func opening(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.prefix(12).joined(separator: " ") + (words.count > 12 ? " …" : "")
    }

    /// The sections of a tender: its main text's headings, each with the blocks up to the next.
    static func sections(of document: Document) -> [TenderSection] {
        var sections: [TenderSection] = []
        for (index, block) in document.blocks.enumerated() where block.part == nil {
            if case .heading(let level) = block.kind {
                var parent = sections.indices.last
                while let candidate = parent, sections[candidate].level >= level { parent = sections[candidate].parent }
                sections.append(TenderSection(
                    heading: block.text, key: Template.headingKey(block.text), level: level, parent: parent, block: index,
                    paragraphs: []))
            } else if !sections.isEmpty, !block.scalars.isEmpty {
                sections[sections.count - 1].paragraphs.append(index)
            }
        }
        return sections
    }

    /// Pairs template sections with tender sections, the most similar first. Ties go to the
    /// pair nearer the same place in both documents, and to the same heading level.
    static func pair(_ template: [Template.Section], _ tender: [TenderSection]) -> [Int?] {
        var candidates: [(template: Int, tender: Int, score: Double)] = []
        for (i, section) in template.enumerated() {
            for (j, other) in tender.enumerated() {
                let similarity = section.fixedParts.map { filledIn($0, other.key) } == true
                    ? 1 : headingSimilarity(section.key, other.key)
                guard similarity >= headingThreshold else { continue }
                let place = abs(Double(i) / Double(max(template.count, 1)) - Double(j) / Double(max(tender.count, 1)))
                let score = similarity + (section.level == other.level ? 0.02 : 0) - 0.05 * place
                candidates.append((i, j, score))
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.template, $0.tender) < ($1.template, $1.tender) }
        var pairs = [Int?](repeating: nil, count: template.count)
        var taken = Set<Int>()
        for candidate in candidates where pairs[candidate.template] == nil && !taken.contains(candidate.tender) {
            pairs[candidate.template] = candidate.tender
            taken.insert(candidate.tender)
        }
        // A heading that is nothing but a fill-in place (`[[Upphandlingens namn]]`) has no
        // words to compare: it is the tender's one unpaired heading of its level between the
        // sections paired before and after it.
        for (i, section) in template.enumerated()
        where pairs[i] == nil && (section.fixedParts?.allSatisfy(\.isEmpty) ?? false) {
            let lower = (0..<i).reversed().lazy.compactMap { pairs[$0] }.first ?? -1
            let upper = ((i + 1)..<template.count).lazy.compactMap { pairs[$0] }.first ?? tender.count
            guard lower < upper else { continue }
            let free = ((lower + 1)..<upper).filter { !taken.contains($0) && tender[$0].level == section.level }
            if free.count == 1 {
                pairs[i] = free[0]
                taken.insert(free[0])
            }
        }
        return pairs
    }

    /// Whether a tender heading is a template heading with its fill-in places filled in: the
    /// template's fixed words in order, each fill-in place taken by at least one word of the
    /// tender's (`upphandlingsdokument städtjänster 2027` for `Upphandlingsdokument: [[namn]]`).
    static func filledIn(_ fixedParts: [[String]], _ key: String) -> Bool {
        let words = key.split(separator: " ").map(String.init)
        guard fixedParts.contains(where: { !$0.isEmpty }) else { return false }
        func matches(_ part: [String], at start: Int) -> Bool {
            start + part.count <= words.count && zip(part, words[start...]).allSatisfy { sameWord($0, $1) }
        }
        // The first part starts the heading, the last ends it, the middle ones come in order;
        // a gap (a fill-in place) takes one word or more.
        var cursor = 0
        for (index, part) in fixedParts.enumerated() {
            let isFirst = index == 0, isLast = index == fixedParts.count - 1
            if isFirst {
                guard matches(part, at: 0) else { return false }
                cursor = part.count
                continue
            }
            let earliest = cursor + 1
            if isLast {
                let start = words.count - part.count
                return start >= earliest && matches(part, at: start)
            }
            guard let start = (earliest...max(earliest, words.count)).first(where: { matches(part, at: $0) }) else { return false }
            cursor = start + part.count
        }
        return true
    }

    /// How alike two heading keys are, 0…1: the better of a comparison by words (a word that
    /// only adds an ending, `anbudstid`/`anbudstiden`, counts as the same) and by letter pairs
    /// (which sees `uteslutning` in `uteslutningsgrunder`).
    public static func headingSimilarity(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        let left = a.split(separator: " ").map(String.init), right = b.split(separator: " ").map(String.init)
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        var unused = right
        var common = 0
        for word in left {
            if let index = unused.firstIndex(where: { sameWord(word, $0) }) {
                common += 1
                unused.remove(at: index)
            }
        }
        let byWords = 2 * Double(common) / Double(left.count + right.count)
        return max(byWords, bigramSimilarity(a, b))
    }

    private static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= 5 && long.count - short.count <= 3 && long.hasPrefix(short)
    }

    private static func bigramSimilarity(_ a: String, _ b: String) -> Double {
        func bigrams(_ text: String) -> [String: Int] {
            let scalars = Array(text.unicodeScalars)
            var counts: [String: Int] = [:]
            guard scalars.count >= 2 else { return counts }
            for index in 0..<(scalars.count - 1) {
                var pair = String.UnicodeScalarView()
                pair.append(scalars[index])
                pair.append(scalars[index + 1])
                counts[String(pair), default: 0] += 1
            }
            return counts
        }
        let left = bigrams(a), right = bigrams(b)
        let total = left.values.reduce(0, +) + right.values.reduce(0, +)
        guard total > 0 else { return 0 }
        let common = left.reduce(0) { $0 + min($1.value, right[$1.key] ?? 0) }
        return 2 * Double(common) / Double(total)
    }

    /// The longest subsequence of `values` that increases (patience sorting), as values.
    static func longestIncreasing(_ values: [Int]) -> [Int] {
        var tails: [Int] = []          // index into values of the smallest tail of each length
        var previous = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if values[tails[mid]] < value { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [Int] = []
        var index = tails.last ?? -1
        while index >= 0 {
            result.append(values[index])
            index = previous[index]
        }
        return result.reversed()
    }
}

/// Word-level comparison of two paragraphs: how alike they are and what changed.
public enum WordDiff {
    public enum Operation: Equatable, Sendable {
        case same(String), removed(String), added(String)
    }

    /// 2 × the longest common word sequence / the words of both: 1 for the same words.
    public static func ratio(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        if a == b { return 1 }
        let removed = b.difference(from: a).removals.count
        return 2 * Double(a.count - removed) / Double(a.count + b.count)
    }

    /// The edit from `a` to `b`, word by word, in reading order: the standard library's
    /// difference (Myers' algorithm) with the kept words put back between its changes.
    public static func operations(_ a: [String], _ b: [String]) -> [Operation] {
        let difference = b.difference(from: a)
        var removedAt = Set<Int>(), insertedAt = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removedAt.insert(offset)
            case .insert(let offset, _, _): insertedAt.insert(offset)
            }
        }
        var operations: [Operation] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, removedAt.contains(i) {
                operations.append(.removed(a[i])); i += 1
            } else if j < b.count, insertedAt.contains(j) {
                operations.append(.added(b[j])); j += 1
            } else if i < a.count, j < b.count {
                operations.append(.same(a[i])); i += 1; j += 1
            } else {
                break
            }
        }
        return operations
    }

    /// The changes in Swedish, for a message: `”skall” → ”ska”; −”i god tid”; +”dock”`, at
    /// most `limit` of them, each side cut to ten words.
    public static func describe(_ a: [String], _ b: [String], limit: Int = 4) -> String {
        var hunks: [(removed: [String], added: [String])] = []
        var current: (removed: [String], added: [String]) = ([], [])
        for operation in operations(a, b) + [.same("")] {
            switch operation {
            case .removed(let word): current.removed.append(word)
            case .added(let word): current.added.append(word)
            case .same:
                if !current.removed.isEmpty || !current.added.isEmpty { hunks.append(current) }
                current = ([], [])
            }
        }
        func quote(_ words: [String]) -> String {
            "”" + words.prefix(10).joined(separator: " ") + (words.count > 10 ? " …" : "") + "”"
        }
        var parts: [String] = []
        for hunk in hunks.prefix(limit) {
            switch (hunk.removed.isEmpty, hunk.added.isEmpty) {
            case (false, false): parts.append(quote(hunk.removed) + " → " + quote(hunk.added))
            case (false, true): parts.append("−" + quote(hunk.removed))
            default: parts.append("+" + quote(hunk.added))
            }
        }
        if hunks.count > limit { parts.append("och \(hunks.count - limit) ändringar till") }
        return parts.joined(separator: "; ")
    }
}
