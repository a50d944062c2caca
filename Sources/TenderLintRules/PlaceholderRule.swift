import TenderLintCore

/// Fill-in places left unfilled: a Word content control or ODF placeholder still showing its
/// prompt (read from the file's structure), and the leftovers the rule's `patterns` describe
/// (`[[…]]`, `[Ange …]`, `XX`, `ÅÅÅÅ-MM-DD`, "Klicka här för att ange text"). The template
/// itself is left alone: its places are meant to be empty.
public struct PlaceholderRule: Rule {
    public let metadata: RuleMetadata
    let patterns: GatedPatterns
    /// The message for a content control, which may show any prompt text.
    let formControlMessage: String
    /// Whether content controls still showing their prompt are this rule's (false for a rule
    /// about other leftovers, such as instructions).
    let contentControls: Bool
    /// Whether what the rule finds is guidance to the template's user (`[Anvisning: …]`, a
    /// paragraph in an instruction style): the other rules' language findings inside it are
    /// dropped, in a template as in a tender, and in a tender the rule reports it.
    let instructions: Bool

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        let caseSensitive = try yaml.bool("caseSensitive") ?? true
        patterns = try GatedPatterns(&yaml, caseSensitive: caseSensitive)
        formControlMessage = try MessageTemplate.read(&yaml, "formControlMessage") ?? metadata.message
        contentControls = try yaml.bool("contentControls") ?? true
        instructions = try yaml.bool("instructions") ?? false
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        let block = context.block
        // A placeholder in quotation marks is spoken of, not left in: `Om fältet visar texten
        // ”Välj ett objekt.” har du inte valt ännu`.
        let scalars = block.scalars
        var found = patterns.matches(in: context, scope: .block).filter { range in
            !(range.lowerBound > 0 && range.upperBound < scalars.count
              && Self.quotes.contains(scalars[range.lowerBound - 1]) && Self.quotes.contains(scalars[range.upperBound]))
        }
        if instructions {
            // Bracketed guidance inside a paragraph; a whole paragraph in an instruction style
            // is known to the linter from `Block.isInstruction`, and reported here as one finding.
            context.documentContext.noteInstructions(found, inBlock: context.blockIndex)
            if block.isInstruction, let last = block.scalars.lastIndex(where: { !$0.properties.isWhitespace }) {
                found = [0..<(last + 1)]
            }
        }
        guard !context.documentContext.isTemplate else { return }
        let controls = contentControls ? block.placeholders : []
        let ranges = controls + found
        for range in PatternRule.withoutOverlaps(ranges) {
            let match = context.block.text(in: range)
            let message = controls.contains(range) ? formControlMessage : metadata.message
            findings.append(RuleFinding(range: range, message: MessageTemplate.fill(message, values: ["match": match, "term": match])))
        }
    }
}

extension PlaceholderRule {
    static let quotes: Set<Unicode.Scalar> = ["”", "“", "\"", "»", "«", "’", "'"]
}

extension PlaceholderRule: RuleKind {
    static let name = "placeholders"
    static let keys = ["patterns", "caseSensitive", "formControlMessage", "requires", "contentControls", "instructions"]
}
