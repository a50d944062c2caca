import Testing
import TenderLintCore
import TenderLintRules
import TenderLintTestSupport

@Suite struct MarkdownReaderTests {
    static func dump(_ markdown: String) throws -> String {
        TestSupport.dump(try TestSupport.document(markdown, format: .markdown))
    }

    @Test func headingsBothStyles() throws {
        #expect(try Self.dump("# 1 Inledning #\n\nTitel\n=====\n\nUnderrubrik\n---\n\n### 3.2 Referenser\n") == """
            heading1 @1:3-1:14 "1 Inledning"
            heading1 @3:1-3:6 "Titel"
            heading2 @6:1-6:12 "Underrubrik"
            heading3 @9:5-9:19 "3.2 Referenser"
            """)
    }

    @Test func nestedListsAndLazyContinuation() throws {
        let markdown = """
            - Leverantören ska
              ha F-skatt.
              - Underpunkt med *betoning*.
            - Andra punkten
            fortsätter lat.

            1. Första steget.
            2. Andra steget.
            """
        #expect(try Self.dump(markdown) == """
            bullet1 @1:3-2:14 "Leverantören ska ha F-skatt."
            bullet2 @3:5-3:31 "Underpunkt med betoning."
            bullet1 @4:3-5:16 "Andra punkten fortsätter lat."
            ordered1 @7:4-7:18 "Första steget."
            ordered1 @8:4-8:17 "Andra steget."
            """)
    }

    @Test func theLastItemBeforeABlankLineIsKept() throws {
        #expect(try Self.dump("- Första punkten.\n- Sista punkten\n  fortsätter.\n\nStycke efter.\n") == """
            bullet1 @1:3-1:18 "Första punkten."
            bullet1 @2:3-3:14 "Sista punkten fortsätter."
            paragraph @5:1-5:14 "Stycke efter."
            """)
    }

    @Test func tabsAfterListMarkers() throws {
        #expect(try Self.dump("-\tLeverantören ska svara.\n1.\tFörsta steget.\n") == """
            bullet1 @1:3-1:26 "Leverantören ska svara."
            ordered1 @2:4-2:18 "Första steget."
            """)
    }

    @Test func aTableRightAfterAParagraphLine() throws {
        #expect(try Self.dump("Kraven:\n| Krav | Text |\n|---|---|\n| 1 | Ska gälla |\n") == """
            paragraph @1:1-1:8 "Kraven:"
            cell0.0 @2:3-2:7 "Krav"
            cell0.1 @2:10-2:14 "Text"
            cell1.0 @4:3-4:4 "1"
            cell1.1 @4:7-4:16 "Ska gälla"
            """)
    }

    @Test func textAfterACommentIsRead() throws {
        #expect(try Self.dump("<!-- notering --> Leverantören ska svara.\n\nText\n") == """
            paragraph @1:19-1:42 "Leverantören ska svara."
            paragraph @3:1-3:5 "Text"
            """)
    }

    @Test func ruleLinesAroundTextAreNotFrontMatter() throws {
        let document = try TestSupport.document("---\nDet här är text mellan två linjer.\n---\nMer text.\n", format: .markdown)
        #expect(document.blocks.map(\.text) == ["Det här är text mellan två linjer.", "Mer text."])
        #expect(document.frontMatter.isEmpty)
    }

    @Test func blockQuotesAndTables() throws {
        let markdown = """
            > Citat ur avtalet
            > på två rader.

            | Krav | Vikt |
            |:-----|-----:|
            | Pris \\| kostnad | 60 % |
            | Kvalitet | 40 % |
            """
        #expect(try Self.dump(markdown) == """
            quote @1:3-2:16 "Citat ur avtalet på två rader."
            cell0.0 @4:3-4:7 "Krav"
            cell0.1 @4:10-4:14 "Vikt"
            cell1.0 @6:3-6:18 "Pris | kostnad"
            cell1.1 @6:21-6:25 "60 %"
            cell2.0 @7:3-7:11 "Kvalitet"
            cell2.1 @7:14-7:18 "40 %"
            """)
    }

    @Test func codeIsNotLintedAndFrontMatterIsRead() throws {
        let markdown = """
            ---
            title: Städtjänster
            estimatedValue: 2400000
            ---
            Text före.

            ```text
            skall inte granskas
            ```

                indenterad kod skall inte granskas

            Text efter.
            """
        let document = try TestSupport.document(markdown, format: .markdown)
        #expect(TestSupport.dump(document) == """
            paragraph @5:1-5:11 "Text före."
            paragraph @13:1-13:12 "Text efter."
            """)
        #expect(document.frontMatter["estimatedValue"] == "2400000")
        #expect(document.frontMatter["title"] == "Städtjänster")
        #expect(ContractFacts(frontMatter: document.frontMatter).estimatedValue == 2_400_000)
    }

    @Test func inlineMarkupIsStrippedWithExactPositions() throws {
        let markdown = "Se **[bilaga 3](https://x.example/b3.pdf)** och `kod` ![bild](b.png)_här_ &amp; \\*inte\\* ~~bort~~.\n"
        let document = try TestSupport.document(markdown, format: .markdown)
        let block = try #require(document.blocks.first)
        #expect(block.text == "Se bilaga 3 och kod här & *inte* bort.")
        let source = Array(markdown.unicodeScalars)
        // Every text scalar maps to the same scalar in the source (entities map to their '&').
        for (offset, scalar) in block.scalars.enumerated() {
            let position = block.map.position(at: offset)
            #expect(position.line == 1)
            let original = source[position.column - 1]
            #expect(original == scalar || (scalar == "&" && original == "&"), "offset \(offset)")
        }
        #expect(block.map.position(at: 3) == SourcePosition(line: 1, column: 7))  // "b" of "bilaga", after "**["
    }

    @Test func intrawordUnderscoresAndLoneAsterisksStay() throws {
        let document = try TestSupport.document("Filen anbud_2026_final.pdf kostar 5 * 3 kr.\n", format: .markdown)
        #expect(document.blocks[0].text == "Filen anbud_2026_final.pdf kostar 5 * 3 kr.")
    }

    @Test func bracketsThatAreNotLinksStay() throws {
        let document = try TestSupport.document("Ange [[leverantörens namn]] och [Ange datum].\n", format: .markdown)
        #expect(document.blocks[0].text == "Ange [[leverantörens namn]] och [Ange datum].")
    }

    @Test func commentsBecomeDirectives() throws {
        let markdown = """
            <!-- tenderlint-disable sv/jargon, readability -->
            Text.

            <!--
            tenderlint-disable-next-line
            -->
            Stycke ett
            som fortsätter.

            <!-- vanlig kommentar -->
            <!-- tenderlint-enable sv/jargon -->
            """
        let document = try TestSupport.document(markdown, format: .markdown)
        #expect(document.directives == [
            SuppressionDirective(action: .disable, selectors: ["sv/jargon", "readability"], line: 1),
            SuppressionDirective(action: .disableNextLine, selectors: [], line: 4, throughLine: 8),
            SuppressionDirective(action: .enable, selectors: ["sv/jargon"], line: 11),
        ])
        #expect(document.blocks.map(\.text) == ["Text.", "Stycke ett som fortsätter."])
    }

    @Test func htmlBlocksAreSkippedAndInlineTagsStripped() throws {
        let document = try TestSupport.document("<div>\nskall inte\n</div>\n\nText<br>med <span class=\"x\">tagg</span>.\n", format: .markdown)
        #expect(document.blocks.map(\.text) == ["Textmed tagg."])
    }

    @Test func crlfMarkdown() throws {
        let document = try TestSupport.document("## Rubrik\r\n\r\nRad ett\r\nrad två.\r\n", format: .markdown)
        #expect(TestSupport.dump(document) == """
            heading2 @1:4-1:10 "Rubrik"
            paragraph @3:1-4:9 "Rad ett rad två."
            """)
    }
}
