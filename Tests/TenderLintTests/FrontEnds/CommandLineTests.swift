import Foundation
import Testing
import TenderLintTestSupport

/// Runs the built `tenderlint` binary and checks exit statuses, streams and outputs.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tenderlint")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TestSupport.repositoryRoot.appendingPathComponent(".build/debug/tenderlint")
    }()

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["TENDERLINT_RULES"] = TestSupport.rulesDirectory
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func scratch(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, content) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test func exitStatusZeroOneAndTwo() throws {
        let directory = try Self.scratch([
            "ren.md": "# Anbud\n\nNi får svar inom en vecka.\n",
            "krangel.md": "# Anbud\n\nNi ska erhålla svar.\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Self.run(["ren.md"], in: directory).status == 0)
        // Jargon is a warning: below the default --fail-on error.
        #expect(try Self.run(["krangel.md"], in: directory).status == 0)
        #expect(try Self.run(["--fail-on", "warning", "krangel.md"], in: directory).status == 1)
        #expect(try Self.run(["lint", "--fail-on", "suggestion", "krangel.md"], in: directory).status == 1)
        #expect(try Self.run(["--fail-on", "never", "krangel.md"], in: directory).status == 0)
        #expect(try Self.run(["saknas.md"], in: directory).status == 2)
        #expect(try Self.run(["--fail-on", "ibland", "ren.md"], in: directory).status == 2)
        #expect(try Self.run(["--format", "pdf", "ren.md"], in: directory).status == 2)
        #expect(try Self.run(["--okänd-flagga", "ren.md"], in: directory).status == 2)
    }

    @Test func configurationFailOnAndErrors() throws {
        let directory = try Self.scratch([
            "strikt/.tenderlint.yml": "failOn: warning\n",
            "strikt/anbud.md": "Ni ska erhålla svar.\n",
            "trasig/.tenderlint.yml": "failOn: warning\nokänd: 1\n",
            "trasig/anbud.md": "Ni ska erhålla svar.\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Self.run(["strikt"], in: directory).status == 1)
        let broken = try Self.run(["--format", "json", "strikt", "trasig"], in: directory)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains(".tenderlint.yml:2:1"))
        // The file under the good configuration is still linted.
        let report = try #require(try JSONSerialization.jsonObject(with: Data(broken.stdout.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["strikt/anbud.md"])
        #expect((report["errors"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func badFilesDoNotStopTheRun() throws {
        let directory = try Self.scratch(["bra.md": "Ni ska erhålla svar.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0]).write(to: directory.appendingPathComponent("zip.txt"))
        try Data([0x41, 0x00, 0x42]).write(to: directory.appendingPathComponent("binar.md"))
        let run = try Self.run(["--format", "json", "."], in: directory)
        #expect(run.status == 2)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((report["files"] as? [[String: Any]])?.count == 1)
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(errors.compactMap { $0["path"] as? String }.sorted() == ["./binar.md", "./zip.txt"])
        #expect(run.stderr.contains("ZIP"))
    }

    @Test func symbolicLinksToFilesAreLinted() throws {
        let directory = try Self.scratch(["original/anbud.md": "Ni ska erhålla svar.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("länkar"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("länkar/anbud.md").path,
            withDestinationPath: directory.appendingPathComponent("original/anbud.md").path)
        let run = try Self.run(["--fail-on", "warning", "länkar"], in: directory)
        #expect(run.status == 1)
        #expect(run.stdout.contains("länkar/anbud.md:1:8"))
    }

    @Test func emptyFolderAndUnsupportedFile() throws {
        let directory = try Self.scratch(["tom/läsmig.pdf": "x", "anbud.pdf": "x", "anbud.docm": "x"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try Self.run(["tom", "anbud.pdf", "anbud.docm"], in: directory)
        #expect(run.status == 2)
        #expect(run.stdout.contains("tom: error: mappen innehåller inga filer som tenderlint kan läsa"))
        #expect(run.stdout.contains("anbud.pdf: error: filformatet stöds inte"))
        #expect(run.stdout.contains("anbud.docm: error: filen är inte ett ZIP-arkiv"))
    }

    @Test func outputIsWrittenAtomicallyAndNeverOverAnInput() throws {
        let directory = try Self.scratch(["anbud.md": "Ni ska erhålla svar.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = try Self.run(["--format", "json", "--output", "rapport.json", "anbud.md"], in: directory)
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        let report = try String(contentsOf: directory.appendingPathComponent("rapport.json"), encoding: .utf8)
        #expect(report.contains("\"rule\": \"sv/jargon\""))
        let refused = try Self.run(["--output", "anbud.md", "anbud.md"], in: directory)
        #expect(refused.status == 2)
        #expect(try String(contentsOf: directory.appendingPathComponent("anbud.md"), encoding: .utf8) == "Ni ska erhålla svar.\n")
    }

    @Test func baselineOption() throws {
        let directory = try Self.scratch(["anbud.md": "Ni ska erhålla svar.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Self.run(["--format", "json", "--output", "baslinje.json", "anbud.md"], in: directory)
        try "Inledning.\n\nNi ska erhålla svar.\n\nBeträffande frågor ska ni svara.\n".write(
            to: directory.appendingPathComponent("anbud.md"), atomically: true, encoding: .utf8)
        let run = try Self.run(["--baseline", "baslinje.json", "--fail-on", "warning", "anbud.md"], in: directory)
        #expect(run.status == 1)
        #expect(run.stdout.contains("Beträffande"))
        #expect(!run.stdout.contains("erhålla"))
    }

    @Test func badRuleFileIsReportedAndTheOtherRulesStillRun() throws {
        let directory = try Self.scratch([
            "anbud.md": "Ni ska erhålla svar och läsa förfrågningsunderlaget.\n",
            "regler/lokal/trasig.yml": "kind: existence\ncategory: jargon\nseverity: warning\nsumary: x\n",
            "regler/lokal/gammalt.yml": """
                kind: existence
                category: jargon
                severity: error
                summary: Gammalt ord.
                message: Skriv ”upphandlingsdokument” i stället för ”{match}”.
                rationale: LOU säger upphandlingsdokument.
                terms: [förfrågningsunderlag*]
                examples:
                  flagged: ["Läs {{förfrågningsunderlaget}}."]
                  accepted: ["Läs upphandlingsdokumenten."]
                """,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try Self.run(["--rules", "regler", "anbud.md"], in: directory)
        #expect(run.status == 2)
        #expect(run.stdout.contains("trasig.yml:4:1: error: okänd nyckel ”sumary”"))
        #expect(run.stdout.contains("[lokal/gammalt]"))
        #expect(run.stdout.contains("[sv/jargon]"))
        let rules = try Self.run(["rules", "--rules", "regler"], in: directory)
        #expect(rules.status == 2)
        #expect(rules.stderr.contains("trasig.yml"))
    }

    @Test func rulesAndExplain() throws {
        let rules = try Self.run(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("sv/jargon"))
        let explain = try Self.run(["explain", "sv/jargon"])
        #expect(explain.status == 0)
        for heading in ["Vad regeln gör", "Varför", "Exempel", "Skriv i stället", "Rättslig grund"] {
            #expect(explain.stdout.contains(heading))
        }
        #expect(try Self.run(["explain", "sv/finns-inte"]).status == 2)
    }

    @Test func textReportIsCompilerStyleWithoutColourWhenPiped() throws {
        let directory = try Self.scratch(["anbud.txt": "Titel\n\nVi vill att ni ska erhålla\nsvar beträffande avtalet.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try Self.run(["anbud.txt"], in: directory)
        #expect(run.stdout.contains("anbud.txt:3:20: warning: Skriv hellre ”få” än ”erhålla”. [sv/jargon]"))
        #expect(run.stdout.contains(" 3 | Vi vill att ni ska erhålla\n   |                    ^~~~~~~\n"))
        #expect(run.stdout.contains("anbud.txt:4:6: warning:"))
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stdout.contains("1 fil granskade, 2 fynd (2 varningar)"))
    }
}
