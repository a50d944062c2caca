import Foundation
import Testing
@testable import TenderLintCore
@testable import TenderLintLanguage
@testable import TenderLintRules
@testable import TenderLintEngine
import TenderLintTestSupport

/// Inputs built to make a reader slow, deep or wrong. Each would hang or crash the suite if a
/// reader went quadratic or recursed without bound, so finishing is part of what they test.
@Suite struct HostileInputTests {
    @Test(arguments: [
        String(repeating: "[", count: 200_000),
        String(repeating: "*a ", count: 100_000),
        String(repeating: "a* ", count: 100_000) + "*b*",
        String(repeating: "`` ` ", count: 50_000),
        String(repeating: "<a ", count: 100_000),
        String(repeating: "[x](", count: 50_000),
        String(repeating: "&amp", count: 50_000),
        String(repeating: "_a ", count: 100_000),
        String(repeating: "a <!-- b ", count: 60_000),
    ])
    func pathologicalInlineMarkupStaysLinear(_ paragraph: String) throws {
        let document = try TestSupport.document(paragraph + "\n", format: .markdown)
        #expect(document.blocks.count == 1)
        #expect(document.blocks[0].scalars.count > 0)
    }

    @Test func deepNestingIsReadAsText() throws {
        let quotes = String(repeating: "> ", count: 5_000) + "djupt citat\n"
        let lists = (0..<400).map { String(repeating: "  ", count: $0) + "- punkt" }.joined(separator: "\n") + "\n"
        #expect(try TestSupport.document(quotes, format: .markdown).blocks.last?.text.hasSuffix("djupt citat") == true)
        #expect(try TestSupport.document(lists, format: .markdown).blocks.count > 0)
    }

    @Test func yamlAliasesAreRefusedBeforeTheyExpand() throws {
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<30 {
            bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(throws: TenderLintError.self) { try Configuration.parse(bomb, path: ".tenderlint.yml") }
        #expect(throws: TenderLintError.self) {
            try RuleLoader.loadRule(yaml: "kind: existence\n" + bomb, id: "x", path: "x.yml")
        }
        let document = try TestSupport.document("---\n" + bomb + "---\nText.\n", format: .markdown)
        #expect(document.blocks.map(\.text) == ["Text."])
        #expect(document.notices.first?.contains("alias") == true)
        // A `*` inside text or a prefix term is not an alias.
        #expect(YAMLMapping.firstAlias(in: "terms: [erhåll*, \"*citerad\"]\nmessage: Skriv *inte*\n") == nil)
        #expect(YAMLMapping.firstAlias(in: "rationale: >-\n  *Fetstil* först.\n  Mer.\nmessage: x\n") == nil)
        #expect(YAMLMapping.firstAlias(in: "rationale: |\n  *a\nb: *ref\n")! == (3, 4))
        #expect(YAMLMapping.firstAlias(in: "a: *ref\n")! == (1, 4))
        #expect(YAMLMapping.firstAlias(in: "lista:\n  - *ref\n")! == (2, 5))
    }

    @Test func longLinesWithoutSpaces() throws {
        let word = String(repeating: "å", count: 500_000)
        let document = try TestSupport.document(word + "\n")
        let tokens = Tokenizer.tokenize(document.blocks[0].scalars)
        #expect(tokens.tokens.count == 1)
        let link = "https://" + String(repeating: "a/", count: 200_000)
        #expect(Tokenizer.tokenize(Array(link.unicodeScalars)).tokens.first?.kind == .url)
    }

    /// Random Markdown-ish text: readers never trap, and every text scalar maps to a source
    /// position inside the file that holds the same scalar (or the line end for a joined line,
    /// or the `&` of an entity).
    @Test func randomMarkdownKeepsItsSourceMap() throws {
        var seeded = Seeded(seed: 20_261_122)
        let pieces = ["*", "**", "_", "`", "[", "]", "(", ")", "!", "<", ">", "&amp;", "\\", "|", "#", "-", "> ", "1. ",
                      "\n", "\n\n", "   ", "\t", "åäö", "ord", "Text", " ", "§", "~~", "<!--", "-->", "---", "```", "\r\n"]
        for _ in 0..<1_500 {
            let text = (0..<Int(seeded.next() % 60)).map { _ in pieces[Int(seeded.next() % UInt64(pieces.count))] }.joined()
            for format in [DocumentFormat.markdown, .text] {
                let document = try TestSupport.document(text, format: format)
                let source = try #require(document.source)
                for block in document.blocks {
                    #expect(block.scalars.count == block.map.count)
                    for offset in block.scalars.indices {
                        let position = block.map.position(at: offset)
                        let index = try #require(source.offset(of: position), "\(format) «\(text)» offset \(offset)")
                        let scalar = block.scalars[offset]
                        let original = index < source.scalars.count ? source.scalars[index] : "\n"
                        let joined = (scalar == " " || scalar == "\n") && (original == "\n" || original == "\r" || original == " " || original == "\t")
                        #expect(original == scalar || joined || original == "&" || original == "\\",
                                "\(format) «\(text)»: text «\(scalar)» at \(position) is «\(original)» in the source")
                    }
                }
            }
        }
    }

    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }
}
