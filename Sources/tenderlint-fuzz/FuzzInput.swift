import Foundation
import TenderLint

/// One fuzz input: the first byte picks a reader, the rest is the file. Every reader must
/// return a document or a clear error for any bytes, and the linter must take any document.
enum FuzzInput {
    static let rules: RuleSet = {
        let directory = RulePackLocator.defaultRulesDirectory() ?? "Rules"
        return RuleSet(rules: RuleLoader.loadPack(at: directory).rules)
    }()

    static let formats: [(DocumentFormat, String)] = [
        (.text, "fuzz.txt"), (.markdown, "fuzz.md"), (.docx, "fuzz.docx"), (.odt, "fuzz.odt"), (.fodt, "fuzz.fodt"),
    ]

    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let body = Array(bytes.dropFirst())
        var limits = ReadLimits()
        limits.maxUncompressedSize = 64 * 1_048_576
        limits.maxEntrySize = 32 * 1_048_576
        let document: Document?
        if Int(selector) % 6 == 5 {
            // A bare document.xml: the XML layer and the Word handler without the ZIP layer.
            document = try? DocxReader.readMainPart(Data(body), path: "document.xml")
        } else {
            let (format, path) = formats[Int(selector) % 6]
            document = try? DocumentLoader.read(bytes: body, path: path, format: format, limits: limits)
        }
        guard let document else { return }
        let result = Linter(ruleSet: rules).lint(document)
        for finding in result.findings {
            // Positions must stay inside the document: a finding the reports could not place is a bug.
            precondition(finding.range.start <= finding.range.end, "finding ends before it starts")
            precondition(finding.blockIndex < document.blocks.count, "finding outside the document")
        }
    }
}
