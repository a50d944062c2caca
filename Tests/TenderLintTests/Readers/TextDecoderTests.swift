import Testing
@testable import TenderLintCore
@testable import TenderLintReaders

@Suite struct TextDecoderTests {
    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextDecoder.decode(Array("Åtgärd".utf8), path: "a.txt")
        #expect(String(String.UnicodeScalarView(plain.scalars)) == "Åtgärd")
        #expect(plain.encoding == "utf-8")
        #expect(plain.notices.isEmpty)
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Åtgärd".utf8), path: "a.txt")
        #expect(String(String.UnicodeScalarView(bom.scalars)) == "Åtgärd")
        #expect(bom.encoding == "utf-8-bom")
    }

    @Test func utf16WithBOMBothByteOrders() throws {
        let text = "Anbud – senast 2026-03-15 😀"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(String(String.UnicodeScalarView(try TextDecoder.decode(little, path: "a").scalars)) == text)
        #expect(String(String.UnicodeScalarView(try TextDecoder.decode(big, path: "a").scalars)) == text)
        #expect(try TextDecoder.decode(big, path: "a").encoding == "utf-16be")
    }

    @Test func invalidUTF8FallsBackToWindows1252AndSaysSo() throws {
        // "Förfrågan – 5 000 €" in Windows-1252.
        let bytes: [UInt8] = [0x46, 0xF6, 0x72, 0x66, 0x72, 0xE5, 0x67, 0x61, 0x6E, 0x20, 0x96, 0x20, 0x35, 0x20, 0x30, 0x30, 0x30, 0x20, 0x80]
        let decoded = try TextDecoder.decode(bytes, path: "a.txt")
        #expect(String(String.UnicodeScalarView(decoded.scalars)) == "Förfrågan – 5 000 €")
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.notices.first?.contains("Windows-1252") == true)
    }

    @Test func aStrayBadByteInUTF8KeepsUTF8() throws {
        let bytes = Array("Åtgärder för alla kommuner i länet, även små. ".utf8) + [0x96] + Array(" Fakturor ska vara elektroniska.".utf8)
        let decoded = try TextDecoder.decode(bytes, path: "a.txt")
        #expect(decoded.encoding == "utf-8")
        #expect(String(String.UnicodeScalarView(decoded.scalars)).hasPrefix("Åtgärder för alla kommuner i länet, även små. \u{FFFD}"))
        #expect(decoded.notices == ["1 ogiltiga byte i UTF-8-texten ersattes med �"])
    }

    @Test func binaryFilesAreRefusedWithAReason() {
        #expect(throws: TenderLintError.self) { try TextDecoder.decode([0x41, 0x00, 0x42], path: "a.txt") }
        do {
            _ = try TextDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], path: "anbud.txt")
            Issue.record("a ZIP file was read as text")
        } catch {
            #expect(error.message.contains("ZIP"))
            #expect(error.description.hasPrefix("anbud.txt: "))
        }
        do {
            _ = try TextDecoder.decode([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1], path: "gammal.txt")
            Issue.record("an OLE file was read as text")
        } catch {
            #expect(error.message.contains(".docx"))
        }
    }

    @Test func oddUTF16IsAnError() {
        #expect(throws: TenderLintError.self) { try TextDecoder.decode([0xFF, 0xFE, 0x41], path: "a.txt") }
    }
}
