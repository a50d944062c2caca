import Foundation
import Testing
@testable import TenderLintEngine
import TenderLintTestSupport

/// `tenderlint fix`: one-alternative substitutions applied with their case, in the file's own
/// encoding and line ends, to a new file, in place after a backup, or shown as a diff.
@Suite struct FixerTests {
    @Test func caseIsKept() {
        #expect(Fixer.matchingCase("få", like: "Erhålla") == "Få")
        #expect(Fixer.matchingCase("ska", like: "SKALL") == "SKA")
        #expect(Fixer.matchingCase("får", like: "erhåller") == "får")
        #expect(Fixer.fixedPath(for: "/a/anbud.md") == "/a/anbud.rättad.md")
    }

    @Test func newFileByDefaultInPlaceWithBackupAndDryRun() throws {
        let original = "# Anbud\n\nLeverantören erhåller betalt. Anbudsgivaren SKALL inkomma med anbud.\nErhålla är ett ord.\n"
        let directory = try CommandLineTests.scratch(["anbud.md": original])
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("anbud.md").path
        let expected = "# Anbud\n\nLeverantören får betalt. Anbudsgivaren SKA inkomma med anbud.\nFå är ett ord.\n"

        let dry = try CommandLineTests.run(["fix", "--dry-run", "anbud.md"], in: directory)
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("@@ -3,2 +3,2 @@"))
        #expect(dry.stdout.contains("-Leverantören erhåller betalt."))
        #expect(dry.stdout.contains("+Leverantören får betalt."))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("anbud.rättad.md").path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)

        #expect(try CommandLineTests.run(["fix", "anbud.md"], in: directory).status == 0)
        #expect(try String(contentsOfFile: directory.appendingPathComponent("anbud.rättad.md").path, encoding: .utf8) == expected)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)  // the input is never touched

        #expect(try CommandLineTests.run(["fix", "--write", "anbud.md"], in: directory).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        #expect(try String(contentsOfFile: path + ".bak", encoding: .utf8) == original)
        #expect(try CommandLineTests.run(["fix", "--write", "--dry-run", "anbud.md"], in: directory).status == 2)
    }

    /// Windows-1252 with CRLF stays Windows-1252 with CRLF.
    @Test func encodingAndLineEndsAreKept() throws {
        let text = "Rubrik\r\n\r\nLeverantören erhåller ersättning för sitt arbete.\r\n"
        let bytes = try #require(text.data(using: .windowsCP1252))
        let directory = try CommandLineTests.scratch([:])
        defer { try? FileManager.default.removeItem(at: directory) }
        try bytes.write(to: directory.appendingPathComponent("anbud.txt"))
        #expect(try CommandLineTests.run(["fix", "anbud.txt"], in: directory).status == 0)
        let fixed = try Data(contentsOf: directory.appendingPathComponent("anbud.rättad.txt"))
        #expect(String(data: fixed, encoding: .windowsCP1252) == "Rubrik\r\n\r\nLeverantören får ersättning för sitt arbete.\r\n")
        #expect(String(data: fixed, encoding: .utf8) == nil)  // still Windows-1252, not UTF-8
    }

    /// Only substitutions are applied: an abbreviation's expansion stays a suggestion; a match
    /// with Markdown markup inside is left alone; a file with unreadable bytes is refused.
    @Test func onlySafeSubstitutions() throws {
        let directory = try CommandLineTests.scratch([
            "anbud.md": "# Anbud\n\nUpphandlingen görs enligt LOU. Priset gäller [i enlighet](https://x.se) med avtalet.\n\nLeverantören erhåller betalt.\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CommandLineTests.run(["fix", "anbud.md"], in: directory).status == 0)
        let fixed = try String(contentsOfFile: directory.appendingPathComponent("anbud.rättad.md").path, encoding: .utf8)
        #expect(fixed == "# Anbud\n\nUpphandlingen görs enligt LOU. Priset gäller [i enlighet](https://x.se) med avtalet.\n\nLeverantören får betalt.\n")
        var broken = Data("# Anbud\n\nLeverantören erhåller betalt. Caf".utf8)
        broken.append(0xE9)
        broken.append(contentsOf: Array(" och mer text här.\n".utf8))
        try broken.write(to: directory.appendingPathComponent("trasig.md"))
        #expect(try CommandLineTests.run(["fix", "trasig.md"], in: directory).status == 2)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("trasig.rättad.md").path))
    }
}
