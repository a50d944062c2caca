import TenderLintCore
import Yams

/// One concept named several ways: `anbudsgivare` here, `anbudslämnare` there. For each
/// synonym group (`groups:`, each a list of variants, each variant one or more spellings), the
/// first variant is the recommended word and wins wherever it is used (unless the group says
/// `recommended: false`); without it, the variant used most is the document's word, and a tie
/// names none. Every use of another is flagged; across a package the
/// uses of all its files are counted together.
public struct TermVariationRule: PackageRule {
    struct Group: Sendable {
        var name: String
        /// Each variant's spellings; the first spelling names it in messages.
        var variants: [[String]]
        /// Whether the first variant is the recommended word (`recommended: false`: neither
        /// is, and the word the document uses most is its word).
        var recommended = true
    }

    public let metadata: RuleMetadata
    let groups: [Group]
    let packageMessage: String
    let memoKey: String
    /// Payload: group << 16 | variant.
    public let terms: [TermSpec]

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        memoKey = metadata.id + "/uses"
        var groups: [Group] = []
        for node in try yaml.sequence("groups") ?? [] {
            var entry = try YAMLMapping(node, path: yaml.path, what: "en grupp under ”groups”")
            let name = try entry.string("name", required: true)!
            let variants = try Self.variants(&entry, at: node, of: "gruppen ”\(name)”")
            groups.append(Group(name: name, variants: variants, recommended: try entry.bool("recommended") ?? true))
            try entry.finish()
        }
        if groups.isEmpty { throw YAMLMapping.error(yaml.path, yaml.mark, "en regel av typen term-variation behöver ”groups”") }
        self.groups = groups
        packageMessage = try MessageTemplate.read(&yaml, "packageMessage", required: true)!
        terms = groups.enumerated().flatMap { groupIndex, group in
            group.variants.enumerated().flatMap { variantIndex, spellings in
                spellings.map { TermSpec(text: $0, payload: groupIndex << 16 | variantIndex) }
            }
        }
    }

    /// A group's `variants` (also a role's in `defined-terms`): each a spelling or a list of
    /// spellings (inflections), at least two, every spelling with words in it.
    static func variants(_ entry: inout YAMLMapping, at node: Node, of owner: String) throws(TenderLintError) -> [[String]] {
        var variants: [[String]] = []
        for variant in try entry.sequence("variants") ?? [] {
            if let single = variant.string {
                variants.append([single])
            } else if let list = variant.sequence?.compactMap(\.string), !list.isEmpty {
                variants.append(list)
            } else {
                throw entry.error(at: variant, "en variant är en text eller en lista med stavningar")
            }
        }
        if variants.count < 2 { throw entry.error(at: node, "\(owner) behöver minst två varianter") }
        for spelling in variants.joined() where TermMatcher.words(of: spelling) == nil {
            throw entry.error(at: node, "”\(spelling)” i \(owner) innehåller inga ord")
        }
        return variants
    }

    /// Every use in the block, noted for the document (its main text only).
    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !hits.isEmpty, context.block.part == nil else { return }
        let uses = context.documentContext.memo(memoKey) { Notes<[PackageNote]>([]) }
        for hit in TermMatcher.leftmostLongest(hits) {
            let range = context.scalarRange(tokens: hit.tokens)
            let group = hit.payload >> 16, variant = hit.payload & 0xFFFF
            uses.value.append(PackageNote(
                kind: groups[group].name, value: String(variant), shown: groups[group].variants[variant][0],
                range: range, in: context, rule: metadata.id))
        }
    }

    /// The word each group's uses should be: its first variant, the recommended word, whenever
    /// it is used at all; else the variant used most (the earlier used on a tie). With counts.
    private func counts(_ notes: [PackageNote]) -> [String: (top: String, counts: [String: Int])] {
        var result: [String: (top: String, counts: [String: Int])] = [:]
        for note in notes {
            var entry = result[note.kind] ?? (note.value, [:])
            entry.counts[note.value, default: 0] += note.count
            let recommendedWins = isRecommended(note.kind)
            if !(recommendedWins && entry.top == "0"),
               (recommendedWins && note.value == "0") || entry.counts[note.value]! > entry.counts[entry.top]! {
                entry.top = note.value
            }
            result[note.kind] = entry
        }
        return result
    }

    /// Whether the group's first variant is the recommended word.
    private func isRecommended(_ kind: String) -> Bool {
        groups.first { $0.name == kind }?.recommended ?? true
    }

    /// Whether `note` is worth a finding against `top`: not when two words other than the
    /// recommended one are used equally often (neither is the document's word).
    private func differs(_ note: PackageNote, top: String, counts: [String: Int]) -> Bool {
        top != note.value && ((top == "0" && isRecommended(note.kind)) || (counts[top] ?? 0) > (counts[note.value] ?? 0))
    }

    /// `1 gång`, `3 gånger`.
    static func times(_ count: Int) -> String { count == 1 ? "1 gång" : "\(count) gånger" }

    /// The message: the word to use in the match's own inflection where the group lists both
    /// words' inflections alike (`anbudslämnarens` → `anbudsgivarens`), how often each is used,
    /// and, when the word to use is not the more frequent one, that it is the recommended word.
    private func message(_ template: String, _ note: PackageNote, top: String, counts: [String: Int], where place: String) -> String {
        let group = groups.first { $0.name == note.kind }
        var topName = top, matchName = note.shown, other = top
        if let group, let index = Int(top), index < group.variants.count, let own = Int(note.value), own < group.variants.count {
            topName = group.variants[index][0]
            matchName = group.variants[own][0]
            other = topName
            let spellings = group.variants[own], wanted = group.variants[index]
            if spellings.count == wanted.count, let inflection = spellings.firstIndex(of: note.shown.lowercased()) {
                other = wanted[inflection]
            }
        }
        let topCount = counts[top] ?? 0, matchCount = counts[note.value] ?? 0
        var detail = (place.isEmpty ? "dokumentet" : "handlingarna i upphandlingen") + " använder ”\(topName)” \(Self.times(topCount))"
            + " och ”\(matchName)” \(Self.times(matchCount))"
        if topCount <= matchCount, group?.recommended ?? true { detail += "; ”\(topName)” är det ord som rekommenderas" }
        return MessageTemplate.fill(template, values: [
            "match": note.shown, "term": note.shown, "other": other, "fact": note.kind, "where": place, "detail": detail,
        ])
    }

    public func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)]) {
        let notes = uses(documentContext)
        let tally = counts(notes)
        for note in notes {
            guard let entry = tally[note.kind], differs(note, top: entry.top, counts: entry.counts) else { continue }
            let text = documentContext.document.blocks[note.block].text(in: note.range)
            var shown = note
            shown.shown = text
            findings.append((note.block, RuleFinding(
                range: note.range, message: message(metadata.message, shown, top: entry.top, counts: entry.counts, where: ""))))
        }
    }

    /// Every use, noted while the blocks went by.
    private func uses(_ documentContext: DocumentContext) -> [PackageNote] {
        documentContext.memo(memoKey) { Notes<[PackageNote]>([]) }.value
    }

    /// For the package: every use of the document's own word for each concept (the package may
    /// find it is not the package's word), and one tally note for each other word.
    public func notes(_ documentContext: DocumentContext) -> [PackageNote] {
        let all = uses(documentContext)
        let tally = counts(all)
        var tallied = Set<String>()
        var notes: [PackageNote] = []
        for note in all {
            guard let entry = tally[note.kind] else { continue }
            if note.value == entry.top {
                notes.append(note)
            } else if tallied.insert(note.kind + "|" + note.value).inserted {
                var summary = note
                summary.count = entry.counts[note.value] ?? 1
                notes.append(summary)
            }
        }
        return notes
    }

    /// Across files: a use that is the package's minority though its own file uses it most.
    public func checkPackage(_ members: [PackageMember]) -> [(member: Int, note: Int, message: String)] {
        let total = counts(members.flatMap(\.notes))
        var results: [(member: Int, note: Int, message: String)] = []
        for (memberIndex, member) in members.enumerated() {
            let own = counts(member.notes)
            for (noteIndex, note) in member.notes.enumerated() {
                guard let entry = total[note.kind], differs(note, top: entry.top, counts: entry.counts),
                      own[note.kind]?.top == note.value else { continue }
                results.append((memberIndex, noteIndex, message(packageMessage, note, top: entry.top, counts: entry.counts,
                                                                where: "i handlingarna")))
            }
        }
        return results
    }
}

extension TermVariationRule {
    public var behaviour: String {
        "Flaggar ord som betyder samma sak som ett annat ord i dokumentet eller upphandlingen: "
            + groups.map { group in group.variants.map { $0[0] }.joined(separator: " / ") }.joined(separator: "; ")
            + ". Det första ordet i varje grupp rekommenderas."
    }
}

extension TermVariationRule: RuleKind {
    static let name = "term-variation"
    static let keys = ["groups", "packageMessage"]
}
