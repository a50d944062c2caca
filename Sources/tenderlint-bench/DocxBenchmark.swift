import Dispatch
import Foundation
import ZIPFoundation
import TenderLintReaders
import TenderLintRules
import TenderLintEngine
import TenderLintAnnotation

/// DOCX throughput next to libxml2's own streaming parse of the same `document.xml`
/// (`xmllint --stream`), and peak memory while linting a large DOCX, measured in a child
/// process so that nothing else the benchmark holds is counted.
enum DocxBenchmark {
    /// A Word document whose `document.xml` is about `megabytes` MB: generated tender text as
    /// headings and paragraphs, split into runs as Word writes them.
    static func makeDocx(megabytes: Int, generator: inout CorpusGenerator, at url: URL) throws -> Int {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            """
        let target = megabytes * 1_000_000
        while xml.utf8.count < target {
            let text = generator.document(bytes: 20_000, markdown: false)
            for paragraph in text.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                let words = paragraph.replacingOccurrences(of: "\n", with: " ")
                    .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                let style = words.count < 60 ? "<w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>" : ""
                let half = words.index(words.startIndex, offsetBy: words.count / 2)
                xml += "<w:p>\(style)<w:r><w:t xml:space=\"preserve\">\(words[..<half])</w:t></w:r>"
                    + "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(words[half...])</w:t></w:r></w:p>\n"
            }
        }
        xml += "</w:body></w:document>"
        let data = Data(xml.utf8)
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        let types = Data(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>").utf8)
        for (name, part) in [("[Content_Types].xml", types), ("word/document.xml", data)] {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(part.count), compressionMethod: .deflate
            ) { position, size in
                part.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return data.count
    }

    static func run(megabytes: Int, generator: inout CorpusGenerator, rules: RuleSet) throws {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tenderlint-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let docx = directory.appendingPathComponent("anbud.docx")
        let xmlBytes = try makeDocx(megabytes: megabytes, generator: &generator, at: docx)
        let mb = Double(xmlBytes) / 1e6
        print("\nDOCX (\(String(format: "%.1f", mb)) MB document.xml, 1 core):")
        var blocks = 0
        let read = Benchmark.best { blocks = (try? DocumentLoader.load(path: docx.path).blocks.count) ?? -1 }
        print(String(format: "  read (unzip + parse + blocks)  %7.2f MB/s  (%.3f s, %d blocks)", mb / read, read, blocks))
        let linter = Linter(ruleSet: rules)
        let both = Benchmark.best {
            if let document = try? DocumentLoader.load(path: docx.path) { _ = linter.lint(document) }
        }
        print(String(format: "  read and lint                  %7.2f MB/s  (%.3f s)", mb / both, both))
        if let document = try? DocumentLoader.load(path: docx.path) {
            let file = FileReport(document, linter.lint(document))
            let copy = directory.appendingPathComponent("anbud.kommenterad.docx").path
            var comments = 0
            let annotate = Benchmark.best {
                comments = (try? DocxAnnotator.annotate(file, rules: rules.rules.map(\.metadata), substitutionRules: [],
                                                        to: copy).comments) ?? -1
            }
            print(String(format: "  annotated copy (lint done)     %7.2f MB/s  (%.3f s, %d comments)", mb / annotate, annotate, comments))
        }

        // libxml2's own streaming parse of the same XML, for comparison.
        let extracted = directory.appendingPathComponent("document.xml")
        let archive = try Archive(url: docx, accessMode: .read)
        if let entry = archive["word/document.xml"] { _ = try archive.extract(entry, to: extracted) }
        if let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(where: FileManager.default.isExecutableFile) {
            let seconds = Benchmark.best {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: xmllint)
                process.arguments = ["--stream", "--noout", extracted.path]
                try? process.run()
                process.waitUntilExit()
            }
            print(String(format: "  xmllint --stream (libxml2)     %7.2f MB/s  (%.3f s)", mb / seconds, seconds))
        } else {
            print("  xmllint --stream: not installed (apt-get install libxml2-utils)")
        }
    }

    /// Peak memory of linting one large DOCX, in a child process.
    static func peakMemory(megabytes: Int, generator: inout CorpusGenerator) throws {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tenderlint-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let docx = directory.appendingPathComponent("stort.docx")
        let xmlBytes = try makeDocx(megabytes: megabytes, generator: &generator, at: docx)
        let size = (try? FileManager.default.attributesOfItem(atPath: docx.path)[.size] as? Int) ?? 0
        for (mode, label) in [("--lint-one", "lint"), ("--annotate-one", "lint and annotated copy")] {
            let pipe = Pipe()
            let child = Process()
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            child.arguments = [mode, docx.path]
            child.standardOutput = pipe
            try child.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            child.waitUntilExit()
            print(String(format: "\nlarge DOCX, %@: %.1f MB document.xml (%.1f MB on disk): %@", label, Double(xmlBytes) / 1e6,
                         Double(size) / 1e6, output.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }

    /// The child's side: lint one file, print its peak memory.
    static func lintOne(_ path: String, rules: RuleSet, annotate: Bool) {
        let start = DispatchTime.now().uptimeNanoseconds
        var findings = -1
        var blocks = 0
        var annotating = 0.0
        if let document = try? DocumentLoader.load(path: path) {
            blocks = document.blocks.count
            let result = Linter(ruleSet: rules).lint(document)
            findings = result.findings.count
            if annotate {
                let copy = (path as NSString).deletingPathExtension + ".kommenterad.docx"
                let begin = DispatchTime.now().uptimeNanoseconds
                if (try? DocxAnnotator.annotate(FileReport(document, result), rules: rules.rules.map(\.metadata),
                                                substitutionRules: [], to: copy)) == nil { findings = -1 }
                annotating = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let copy = annotate ? String(format: " (the annotated copy %.2f s)", annotating) : ""
        print(String(format: "%d blocks, %d findings in %.2f s%@, peak memory (max RSS) %.1f MB", blocks, findings, seconds,
                     copy, Benchmark.peakMegabytes()))
    }
}
