import Foundation
import TenderLintCore
import TenderLintLanguage

/// References to sections and annexes that do not exist: `se avsnitt 7.4` in a document
/// without a heading 7.4, `bilaga 6` when the annexes are 1–4. Sections are checked against
/// the document's own numbered headings (a reference qualified by another document,
/// `upphandlingsdokumentet avsnitt 4`, against that document in the package); annexes against
/// the document's own list of annexes, else against every annex the package names (headings,
/// list items and file names such as `bilaga-2-prisbilaga.docx`).
public struct ReferencesRule: PackageRule {
    public let metadata: RuleMetadata
    /// Words before a section number: `avsnitt`, `punkt`.
    let sectionWords: Set<String>
    /// Words before an annex number: `bilaga`, `bilagorna`.
    let annexWords: Set<String>
    /// Names of other documents of the package: a section reference after one of them is to
    /// that document (`i upphandlingsdokumentet avsnitt 4`, `avsnitt 4 i avtalet`).
    let otherDocuments: Set<String>
    /// The word that names the tender document among `otherDocuments`.
    let mainDocument: Set<String>
    let annexMessage: String
    let packageMessage: String
    let memoKey: String

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        memoKey = metadata.id + "/references"
        func words(_ key: String, required: Bool = true) throws(TenderLintError) -> Set<String> {
            let list = try yaml.stringList(key) ?? []
            if required && list.isEmpty { throw YAMLMapping.error(yaml.path, yaml.mark, "”\(key)” saknas") }
            return Set(list.map { $0.lowercased() })
        }
        sectionWords = try words("sectionWords")
        annexWords = try words("annexWords")
        otherDocuments = try words("otherDocuments", required: false)
        mainDocument = try words("mainDocument", required: false)
        annexMessage = try MessageTemplate.read(&yaml, "annexMessage", required: true)!
        packageMessage = try MessageTemplate.read(&yaml, "packageMessage", required: true)!
    }

    /// Section and annex words go into the shared matcher, so only blocks that have one are read.
    public var terms: [TermSpec] {
        sectionWords.sorted().map { TermSpec(text: $0, payload: 0) } + annexWords.sorted().map { TermSpec(text: $0, payload: 1) }
    }

    static let citationMarks = ["kap.", "kap ", "artikel", "art."].map { Array($0.unicodeScalars) }

    /// Note kinds.
    static let definesSection = "definierar avsnitt", definesAnnex = "definierar bilaga"
    static let refersSection = "hänvisar till avsnitt", refersAnnex = "hänvisar till bilaga"
    static let refersMainSection = "hänvisar till upphandlingsdokumentets avsnitt"

    private func noted(_ documentContext: DocumentContext) -> Notes<[PackageNote]> {
        documentContext.memo(memoKey) { Notes<[PackageNote]>([]) }
    }

    /// Notes what the block defines (a numbered heading, `Bilaga 3 Prisbilaga`) and refers to.
    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        let block = context.block
        guard block.part == nil, !block.scalars.isEmpty, !hits.isEmpty || block.kind.isHeading else { return }
        let notes = noted(context.documentContext)
        let text = context.tokens
        let tokens = text.tokens
        if block.kind.isHeading, let first = block.scalars.first, ("0"..."9").contains(first),
           let number = Template.numbering(of: block.text) {
            notes.value.append(PackageNote(
                kind: Self.definesSection, value: number, shown: number, range: 0..<block.scalars.count, in: context, rule: metadata.id))
        }
        guard !hits.isEmpty else { return }
        // `Bilaga 3 Prisbilaga` opening a heading, list item, table cell or paragraph.
        if tokens.count >= 2, annexWords.contains(text.key(of: tokens[0])), tokens[1].kind == .number {
            let number = text.key(of: tokens[1])
            notes.value.append(PackageNote(
                kind: Self.definesAnnex, value: number, shown: number, range: context.scalarRange(tokens: 0..<2), in: context,
                rule: metadata.id))
        }
        // Only a block with `§`, `kap.` or `artikel` can hold a legal citation (`4 kap. 17 §
        // punkt 3`), whose numbers are not references to the tender's sections.
        let mayCite = block.scalars.contains("§") || ScalarScan.containsAny(block.scalars, Self.citationMarks)
        // A list of annexes in one paragraph: `Övriga bilagor: Bilaga 5 Kartor, Bilaga 6 …`.
        let listsAnnexes = tokens.first.map { ["bilagor", "bilagorna", "övriga"].contains(text.key(of: $0)) } ?? false
        for hit in hits {
            let index = hit.tokens.lowerBound
            let isAnnex = hit.payload == 1
            // The definition itself is not a reference.
            if isAnnex, index == 0 { continue }
            if isAnnex, listsAnnexes, index + 1 < tokens.count, tokens[index + 1].kind == .number {
                let number = text.key(of: tokens[index + 1])
                notes.value.append(PackageNote(
                    kind: Self.definesAnnex, value: number, shown: number, range: context.scalarRange(tokens: index..<(index + 2)),
                    in: context, rule: metadata.id))
                continue
            }
            // `avsnitt 4.3`, `avsnitten 3.1 och 3.2`, `bilagorna 2, 3 och 5`.
            var numbers: [Int] = []
            var next = index + 1
            while next < tokens.count, tokens[next].kind == .number, tokens[next].sentence == tokens[index].sentence {
                numbers.append(next)
                let joiner = next + 1 < tokens.count ? text.key(of: tokens[next + 1]) : ""
                guard ["och", ",", "eller", "samt"].contains(joiner), next + 2 < tokens.count, tokens[next + 2].kind == .number else { break }
                next += 2
            }
            for at in numbers {
                let range = context.scalarRange(tokens: at..<(at + 1))
                if !isAnnex, mayCite, context.isInCitation(range) { continue }
                let number = text.key(of: tokens[at])
                let kind: String
                if isAnnex {
                    kind = Self.refersAnnex
                } else {
                    // Qualified by another document within a few words either side.
                    let window = max(0, index - 3)..<min(tokens.count, at + 4)
                    let qualifiers = window.map { text.key(of: tokens[$0]) }
                    if qualifiers.contains(where: mainDocument.contains) {
                        kind = Self.refersMainSection
                    } else if qualifiers.contains(where: otherDocuments.contains) || namesAnotherDocument(text, after: numbers.last!, before: index) {
                        continue
                    } else {
                        kind = Self.refersSection
                    }
                }
                notes.value.append(PackageNote(kind: kind, value: number, shown: text.key(of: tokens[index]) + " " + number,
                                               range: context.scalarRange(tokens: index..<(at + 1)), in: context, rule: metadata.id))
            }
        }
    }


    /// Words after `avsnitt 4.2 i` that still mean this document.
    static let thisDocument: Set<String> = ["detta", "denna", "dokumentet", "dessa", "föreliggande"]

    /// Whether a section reference is to a document the list of `otherDocuments` does not know,
    /// by its structure: `avsnitt 4.2 i vägledningen`, `avsnitt 8.2.2 i kommitténs betänkande`,
    /// `vägledningens avsnitt 4` (a genitive noun before it). A reference to this document says
    /// `i detta dokument`, or nothing.
    func namesAnotherDocument(_ text: TokenizedText, after last: Int, before first: Int) -> Bool {
        let tokens = text.tokens
        if last + 2 < tokens.count, tokens[last + 1].sentence == tokens[last].sentence,
           ["i", "ur"].contains(text.key(of: tokens[last + 1])) {
            var next = last + 2
            // `i kommitténs betänkande`, `i Upphandlingsmyndighetens vägledning`
            if next + 1 < tokens.count, tokens[next].kind == .word, text.key(of: tokens[next]).hasSuffix("s"),
               tokens[next + 1].kind == .word { next += 1 }
            let word = text.key(of: tokens[next])
            return tokens[next].kind == .word && !Self.thisDocument.contains(word) && !mainDocument.contains(word)
                && (word.hasSuffix("en") || word.hasSuffix("et") || word.hasSuffix("na") || word.hasSuffix("ning")
                    || word.hasSuffix("ande") || tokens[next].isCapitalized || otherDocuments.contains(word) || annexWords.contains(word))
        }
        if first > 0, tokens[first - 1].kind == .word {
            let word = text.key(of: tokens[first - 1])
            let stem = String(word.dropLast())
            return word.count > 4 && (word.hasSuffix("ens") || word.hasSuffix("ets") || word.hasSuffix("ns"))
                && !mainDocument.contains(stem) && !Self.thisDocument.contains(stem)
        }
        return false
    }

    /// The numbers a reference may name, given the defined ones: each with every section above
    /// it (`avsnitt 4` resolves when 4.1 is a heading).
    static func resolvable(_ defined: Set<String>) -> Set<String> {
        var numbers = Set<String>()
        for number in defined {
            var prefix = ""
            for part in number.split(separator: ".") {
                prefix += prefix.isEmpty ? String(part) : "." + part
                numbers.insert(prefix)
            }
        }
        return numbers
    }

    public func finish(_ documentContext: DocumentContext, into findings: inout [(block: Int, finding: RuleFinding)]) {
        let notes = self.notes(documentContext)
        let sections = Set(notes.filter { $0.kind == Self.definesSection }.map(\.value))
        let annexes = Set(notes.filter { $0.kind == Self.definesAnnex }.map(\.value))
        let resolvable = Self.resolvable(sections)
        for note in notes where note.kind == Self.refersSection || note.kind == Self.refersAnnex {
            var text: String { documentContext.document.blocks[note.block].text(in: note.range) }
            switch note.kind {
            // Sections only where the document numbers its headings.
            case Self.refersSection where sections.count >= 3 && !resolvable.contains(note.value):
                findings.append((note.block, RuleFinding(range: note.range, message: MessageTemplate.fill(metadata.message, values: [
                    "match": text, "value": note.value,
                ]))))
            // Annexes only where the document lists its own.
            case Self.refersAnnex where annexes.count >= 2 && !annexes.contains(note.value):
                let listed = annexes.sorted { $0.localizedStandardCompare($1) == .orderedAscending }.joined(separator: ", ")
                findings.append((note.block, RuleFinding(range: note.range, message: MessageTemplate.fill(annexMessage, values: [
                    "match": text, "value": note.value, "other": listed,
                ]))))
            default: break
            }
        }
    }

    /// What the document defines and refers to, in reading order.
    public func notes(_ documentContext: DocumentContext) -> [PackageNote] { noted(documentContext).value }

    /// Annexes the package does not have at all, and sections of the tender document that the
    /// other files point to and it does not have.
    public func checkPackage(_ members: [PackageMember]) -> [(member: Int, note: Int, message: String)] {
        var annexes = Set(members.flatMap { $0.notes.filter { $0.kind == Self.definesAnnex }.map(\.value) })
        for member in members {
            // `bilaga-2-prisbilaga.docx`, `Bilaga 2 Prisbilaga.pdf`
            let words = Template.words(member.name)
            if words.count >= 2, annexWords.contains(words[0]), Int(words[1]) != nil { annexes.insert(words[1]) }
        }
        var results: [(member: Int, note: Int, message: String)] = []
        let main = members.firstIndex { $0.isMain }
        let mainSections = main.map { Set(members[$0].notes.filter { $0.kind == Self.definesSection }.map(\.value)) } ?? []
        let mainResolvable = Self.resolvable(mainSections)
        for (memberIndex, member) in members.enumerated() {
            for (noteIndex, note) in member.notes.enumerated() {
                switch note.kind {
                case Self.refersAnnex where !annexes.isEmpty && !annexes.contains(note.value):
                    let listed = annexes.sorted { $0.localizedStandardCompare($1) == .orderedAscending }.joined(separator: ", ")
                    results.append((memberIndex, noteIndex, MessageTemplate.fill(annexMessage, values: [
                        "match": note.shown, "value": note.value, "other": listed,
                    ])))
                case Self.refersMainSection where mainSections.count >= 3 && !mainResolvable.contains(note.value):
                    results.append((memberIndex, noteIndex, MessageTemplate.fill(packageMessage, values: [
                        "match": note.shown, "value": note.value, "where": members[main!].name,
                    ])))
                default: break
                }
            }
        }
        return results
    }
}

extension ReferencesRule: RuleKind {
    static let name = "cross-references"
    static let keys = ["sectionWords", "annexWords", "otherDocuments", "mainDocument", "annexMessage", "packageMessage"]
}
