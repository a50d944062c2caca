/// Fill-in places left unfilled: a Word content control or ODF placeholder still showing its
/// prompt (read from the file's structure), and the leftovers the rule's `patterns` describe
/// (`[[…]]`, `[Ange …]`, `XX`, `ÅÅÅÅ-MM-DD`, "Klicka här för att ange text"). The template
/// itself is left alone: its places are meant to be empty.
public struct PlaceholderRule: Rule {
    public let metadata: RuleMetadata
    let patterns: [RegexSearch]
    /// The message for a content control, which may show any prompt text.
    let formControlMessage: String
    let required: [[Unicode.Scalar]]

    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) {
        self.metadata = metadata
        let caseSensitive = try yaml.bool("caseSensitive") ?? true
        var patterns: [RegexSearch] = []
        for node in try yaml.sequence("patterns") ?? [] {
            guard let pattern = node.string else { throw yaml.error(at: node, "ett mönster ska vara en text") }
            patterns.append(try RegexSearch(pattern, caseSensitive: caseSensitive, node: node, path: yaml.path))
        }
        self.patterns = patterns
        // Literal text (any case) one of which a block must hold for the patterns to be tried at
        // all: the patterns are regular expressions, too dear to run on every block.
        required = (try yaml.stringList("requires") ?? []).map { Array($0.lowercased().unicodeScalars) }
        formControlMessage = try MessageTemplate.read(&yaml, "formControlMessage") ?? metadata.message
    }

    public func check(_ context: BlockContext, hits: [TermHit], into findings: inout [RuleFinding]) {
        guard !context.documentContext.isTemplate else { return }
        let controls = context.block.placeholders
        var ranges: [Range<Int>] = controls
        if required.isEmpty || ScalarScan.containsAny(context.block.scalars, required) {
            for text in context.scopeTexts(.block) {
                for pattern in patterns { ranges.append(contentsOf: pattern.matches(in: text)) }
            }
        }
        for range in PatternRule.withoutOverlaps(ranges) {
            let match = context.block.text(in: range)
            let message = controls.contains(range) ? formControlMessage : metadata.message
            findings.append(RuleFinding(range: range, message: MessageTemplate.fill(message, values: ["match": match, "term": match])))
        }
    }
}
