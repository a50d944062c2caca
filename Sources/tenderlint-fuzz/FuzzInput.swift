import Foundation
import TenderLintCore
import TenderLintReaders
import TenderLintRules
import TenderLintEngine
import TenderLintAnnotation

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
        if Int(selector) % 6 != 5 { annotate(body, document: document, result: result, limits: limits) }
    }

    static let rulesMetadata = rules.rules.map(\.metadata)

    /// The annotated copy of whatever was read must be written, and read back to the same
    /// text: comments never change what the reader sees.
    static func annotate(_ body: [UInt8], document: Document, result: Linter.Result, limits: ReadLimits) {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tenderlint-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let input = directory.appendingPathComponent("in." + (document.path as NSString).pathExtension).path
        FileManager.default.createFile(atPath: input, contents: Data(body))
        let kind: AnnotatedCopy.Kind = document.format == .odt || document.format == .fodt ? .odt : .docx
        let output = directory.appendingPathComponent("out." + (kind == .odt && document.format == .fodt ? "fodt" : kind.rawValue)).path
        let file = FileReport(document, result, path: input)
        var options = AnnotatedCopy.Options()
        options.limits = limits
        guard (try? AnnotatedCopy.write(file, as: kind, rules: rulesMetadata, to: output, options: options)) != nil else { return }
        guard let copy = try? DocumentLoader.load(path: output, limits: limits) else {
            preconditionFailure("the annotated copy cannot be read back")
        }
        if document.format != .text, document.format != .markdown {
            precondition(copy.blocks.map(\.scalars) == document.blocks.map(\.scalars), "the annotated copy reads differently")
        }
    }
}
