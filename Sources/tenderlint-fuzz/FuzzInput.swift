import Foundation
import TenderLintCore
import TenderLintReaders
import TenderLintRules
import TenderLintEngine
import TenderLintAnnotation

/// One fuzz input: the first byte picks a reader, the rest is the file. Every reader must
/// return a document or a clear error for any bytes, and the linter must take any document.
/// The input goes through the same `LintSession` as every front end, as an upload: nothing
/// is written to disk.
enum FuzzInput {
    static let session = LintSession()

    static let request: LintRequest = {
        var request = LintRequest(paths: [], defaultRulesDirectory: RulePackLocator.defaultRulesDirectory() ?? "Rules")
        var configuration = Configuration()
        configuration.limits.maxUncompressedSize = 64 * 1_048_576
        configuration.limits.maxEntrySize = 32 * 1_048_576
        request.configuration = configuration
        request.keepBlocks = true
        request.concurrency = 1
        return request
    }()

    static let names = ["fuzz.txt", "fuzz.md", "fuzz.docx", "fuzz.odt", "fuzz.fodt"]

    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let body = Array(bytes.dropFirst())
        if Int(selector) % 6 == 5 {
            // A bare document.xml: the XML layer and the Word handler without the ZIP layer.
            guard let document = try? DocxReader.readMainPart(Data(body), path: "document.xml") else { return }
            let findings = Linter(ruleSet: session.rules(for: request).ruleSet).lint(document).findings
            check(findings, blocks: document.blocks.count)
            return
        }
        var upload = request
        upload.uploads = [LintRequest.Upload(name: names[Int(selector) % 6], bytes: body)]
        let report = session.lint(upload)
        guard let file = report.files.first else { return }
        check(file.findings, blocks: file.blocks.count)
        annotate(body, file: file, rules: report.rules)
    }

    /// Positions must stay inside the document: a finding the reports could not place is a bug.
    static func check(_ findings: [Finding], blocks: Int) {
        for finding in findings {
            precondition(finding.range.start <= finding.range.end, "finding ends before it starts")
            precondition(finding.blockIndex < blocks, "finding outside the document")
        }
    }

    /// The annotated copy of whatever was read must be made, and read back to the same text:
    /// comments never change what the reader sees.
    static func annotate(_ body: [UInt8], file: FileReport, rules: [RuleMetadata]) {
        let kind: AnnotatedCopy.Kind = file.format == .odt || file.format == .fodt ? .odt : .docx
        var options = AnnotatedCopy.Options()
        options.limits = request.configuration!.limits
        options.original = Data(body)
        guard let copy = (try? AnnotatedCopy.write(file, as: kind, rules: rules, to: nil, options: options))?.data else { return }
        let format: DocumentFormat = kind == .odt ? (file.format == .fodt ? .fodt : .odt) : .docx
        guard let read = try? DocumentLoader.read(bytes: [UInt8](copy), path: "copy", format: format, limits: options.limits) else {
            preconditionFailure("the annotated copy cannot be read back")
        }
        if file.format != .text, file.format != .markdown {
            precondition(read.blocks.map(\.scalars) == file.blocks.map(\.scalars), "the annotated copy reads differently")
        }
    }
}
