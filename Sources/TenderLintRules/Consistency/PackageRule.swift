import Foundation
import TenderLintCore

/// Something a rule noted in one document for comparing the files of a tender package: a
/// fact stated (`sista anbudsdag` = `2027-03-15`), a reference made (`bilaga 6`), a term used.
public struct PackageNote: Sendable, Equatable {
    /// What the note is about: a fact's name, `refers-annex`, a synonym group …
    public var kind: String
    /// The value compared across files.
    public var value: String
    /// How the value reads in a message.
    public var shown: String
    public var block: Int
    public var range: Range<Int>
    /// The fingerprint its finding would have, made while the block's tokens are at hand.
    public var fingerprint: String
    /// How many uses the note stands for (a tally of a word's uses is one note).
    public var count = 1

    public init(kind: String, value: String, shown: String, block: Int, range: Range<Int>, fingerprint: String) {
        self.kind = kind
        self.value = value
        self.shown = shown
        self.block = block
        self.range = range
        self.fingerprint = fingerprint
    }

    /// A note at `range` of the block `context` is checking, for rule `rule`.
    init(kind: String, value: String, shown: String, range: Range<Int>, in context: BlockContext, rule: String) {
        self.init(kind: kind, value: value, shown: shown, block: context.blockIndex, range: range,
                  fingerprint: Fingerprint.make(rule: rule, text: context.tokens, range: range))
    }
}

/// A rule that also compares the files of one tender package (the files of one folder linted
/// in one run: the tender document, the requirement specification, the contract draft). The
/// document-level part runs in `check`/`finish` like any rule; `notes` hands what the package
/// stage needs, and `checkPackage` reports what only the files together show.
public protocol PackageRule: Rule {
    func notes(_ documentContext: DocumentContext) -> [PackageNote]
    /// Findings across files: for member `member`, its note `note`, with a message.
    func checkPackage(_ members: [PackageMember]) -> [(member: Int, note: Int, message: String)]
}

/// One file of a package as a package rule sees it.
public struct PackageMember: Sendable {
    public var path: String
    public var notes: [PackageNote]

    public init(path: String, notes: [PackageNote]) {
        self.path = path
        self.notes = notes
    }

    /// The file's name, for messages.
    public var name: String { URL(fileURLWithPath: path).lastPathComponent }

    /// Whether this is the package's main document (`upphandlingsdokument.*`).
    public var isMain: Bool { name.lowercased().hasPrefix("upphandlingsdokument") }
}

extension PackageRule {
    /// The member other files are compared with: the tender document (of the same format as
    /// `member` when there are several), else the first member that has a note of `kind`.
    static func reference(for member: Int, in members: [PackageMember], kind: String) -> Int? {
        let candidates = members.indices.filter { $0 != member && members[$0].notes.contains { $0.kind == kind } }
        let format = URL(fileURLWithPath: members[member].path).pathExtension
        let main = candidates.filter { members[$0].isMain }
        return main.first { URL(fileURLWithPath: members[$0].path).pathExtension == format } ?? main.first
            ?? (members[member].isMain ? nil : candidates.first)
    }
}

/// The notes one package rule made in one document, with the finding each note would become.
public struct PackageNotes: Sendable {
    public var rule: String
    public var notes: [PackageNote]
    /// For each note, a finding at its place with no message yet.
    public var findings: [Finding]

    package init(rule: String, notes: [PackageNote], findings: [Finding]) {
        self.rule = rule
        self.notes = notes
        self.findings = findings
    }
}
