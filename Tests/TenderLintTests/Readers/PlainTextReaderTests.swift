import Testing
import TenderLintCore
import TenderLintReaders
import TenderLintTestSupport

@Suite struct PlainTextReaderTests {
    @Test func titleHeadingsParagraphsAndLists() throws {
        let text = """
            Upphandling av snöröjning

            1 Inledning

            Kommunen vill köpa snöröjning.
            Avtalet gäller i två år.

            3.2 Referensuppdrag
            Ni ska lämna två referenser:
            - en från en kommun,
              gärna i länet
            - en från ett företag.

            ALLMÄNNA VILLKOR

            2 000 kronor per timme gäller.
            """
        let document = try TestSupport.document(text)
        #expect(TestSupport.dump(document) == """
            heading1 @1:1-1:26 "Upphandling av snöröjning"
            heading1 @3:1-3:12 "1 Inledning"
            paragraph @5:1-6:25 "Kommunen vill köpa snöröjning.\nAvtalet gäller i två år."
            heading2 @8:1-8:20 "3.2 Referensuppdrag"
            paragraph @9:1-9:29 "Ni ska lämna två referenser:"
            bullet1 @10:3-11:16 "en från en kommun,\ngärna i länet"
            bullet1 @12:3-12:23 "en från ett företag."
            heading1 @14:1-14:17 "ALLMÄNNA VILLKOR"
            paragraph @16:1-16:31 "2 000 kronor per timme gäller."
            """)
        #expect(document.blocks[2].section == "1 Inledning")
        #expect(document.blocks[5].section == "3.2 Referensuppdrag")
    }

    /// #18 item 2: a word broken over two lines with a hyphen (text from a PDF) is one word;
    /// a compound's hyphen before "och"/"eller" and a capital's (`IT-`) are not joined. A finding
    /// on the joined word covers the source across the break.
    @Test func hyphenatedLineBreaksJoinTheWord() throws {
        let source = "Leverantören erhål-\nler ersättning varje månad. Vi anlitar en upphand-\nlare.\nUpphandlings-\noch avtalsfrågor ställs till IT-\nkonsulten.\n"
        let document = try TestSupport.document(source)
        let text = document.blocks.map(\.text).joined(separator: "|")
        #expect(text.contains("erhåller ersättning"))
        #expect(text.contains("upphandlare."))
        #expect(text.contains("Upphandlings-\noch"))
        #expect(text.contains("IT-\nkonsulten"))
        let findings = try TestSupport.lint(source)
        let erhaller = try #require(findings.first { $0.rule == "sv/jargon" })
        #expect(erhaller.match == "erhål-\nler")
        #expect(TestSupport.slice(source, from: erhaller.range.start, to: erhaller.range.end) == erhaller.match)
        #expect(erhaller.suggestions == ["får"])
    }

    @Test func crlfAndCRLineEndsGiveTheSamePositions() throws {
        let unix = "Titel\n\nFörsta raden\nandra raden åäö.\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        let mac = unix.replacingOccurrences(of: "\n", with: "\r")
        let expected = TestSupport.dump(try TestSupport.document(unix))
        #expect(TestSupport.dump(try TestSupport.document(windows)) == expected)
        #expect(TestSupport.dump(try TestSupport.document(mac)) == expected)
        let block = try TestSupport.document(windows).blocks[1]
        let positions = TestSupport.positions(block)
        #expect(positions[12] == "3:13")  // the line break sits where the line ends
        #expect(positions[13] == "4:1")
        #expect(block.text == "Första raden\nandra raden åäö.")
    }

    @Test func bomIsNotText() throws {
        let document = try DocumentLoader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("Åtta ord.".utf8), path: "a.txt", format: .text)
        #expect(TestSupport.dump(document) == "heading1 @1:1-1:10 \"Åtta ord.\"" || document.blocks[0].text == "Åtta ord.")
        #expect(document.blocks[0].map.position(at: 0) == SourcePosition(line: 1, column: 1))
    }

    @Test func windows1252DocumentKeepsPositionsInScalars() throws {
        // "Avgift: 5 000 kr.\nÅterbetalning sker." in Windows-1252.
        var bytes = Array("Text\n\nAvgift: 5 000 kr.\n".utf8)
        bytes += [0xC5] + Array("terbetalning sker inom 30 dagar.".utf8)
        let document = try DocumentLoader.read(bytes: bytes, path: "a.txt", format: .text)
        #expect(document.encoding == "windows-1252")
        #expect(document.blocks[1].text == "Avgift: 5 000 kr.\nÅterbetalning sker inom 30 dagar.")
        #expect(document.blocks[1].map.position(at: 18) == SourcePosition(line: 4, column: 1))
    }

    @Test func numberedListsAndHeadingsAreToldApart() throws {
        #expect(TestSupport.dump(try TestSupport.document("Titel\n\n1. Ifylld anbudsblankett\n2. Prisbilaga\n3. Referenser\n")) == """
            heading1 @1:1-1:6 "Titel"
            ordered1 @3:4-3:25 "Ifylld anbudsblankett"
            ordered1 @4:4-4:14 "Prisbilaga"
            ordered1 @5:4-5:14 "Referenser"
            """)
        #expect(TestSupport.dump(try TestSupport.document("Titel\n\n1. Inledning\nKommunen ska köpa.\n")) == """
            heading1 @1:1-1:6 "Titel"
            heading1 @3:1-3:13 "1. Inledning"
            paragraph @4:1-4:19 "Kommunen ska köpa."
            """)
        #expect(TestSupport.dump(try TestSupport.document("Titel\n\n100 Leverantörer har hämtat underlaget och\nhar ställt frågor.\n")) == """
            heading1 @1:1-1:6 "Titel"
            paragraph @3:1-4:19 "100 Leverantörer har hämtat underlaget och\nhar ställt frågor."
            """)
        #expect(TestSupport.dump(try TestSupport.document("Titel\n\n4 Krav\nsom gäller alla.\n")).contains("paragraph @3:1-4:17"))
    }

    @Test func indentedNumberedLinesAndOrderedItems() throws {
        let document = try TestSupport.document("Krav:\n1. Leverans sker varje vecka.\n2) Faktura skickas månadsvis.\n   a) med referens.\n")
        #expect(document.blocks.map(\.kind.name) == ["paragraph", "ordered1", "ordered1", "ordered2"])
        #expect(document.blocks[3].text == "med referens.")
        #expect(document.blocks[3].map.position(at: 0) == SourcePosition(line: 4, column: 7))
    }
}
