import Foundation
import TenderLintCore
import TenderLintLanguage
import TenderLintRules

/// Runs rules over documents. Each document is tokenized once, block by block; all term
/// lists are matched in one pass per block; then each enabled rule looks at the block.
public struct Linter: Sendable {
    public let ruleSet: RuleSet
    public let configuration: Configuration

    /// The template documents are checked against (loaded once per run).
    public let template: Template?

    public init(ruleSet: RuleSet, configuration: Configuration = Configuration(), template: Template? = nil) {
        self.ruleSet = ruleSet
        self.configuration = configuration
        self.template = template
    }

    public struct Result: Sendable {
        public var findings: [Finding]
        public var metrics: DocumentMetrics
        /// What the user should know about how the document was checked.
        public var notices: [String] = []
        /// What the package rules noted, for the package stage of a run.
        public var packageNotes: [PackageNotes] = []
    }

    /// The contract facts a document's rules see: its front matter first, then what its text
    /// states, then the configuration.
    public func contractFacts(for document: Document) -> ContractFacts {
        DocumentContext(document: document, configuredFacts: configuration.contract, factWords: ruleSet.facts).contract
    }

    /// Lints one document. `upload`: the document came from memory, so its name says nothing
    /// about where it is and it is never taken for the template file itself.
    public func lint(_ document: Document, upload: Bool = false) -> Result {
        let metadata = ruleSet.rules.map(\.metadata)
        let settings = metadata.map { configuration.resolve($0) }
        let languageBound = metadata.map { $0.category != .template }
        let scope = configuration.template?.scope(for: document.path) ?? .automatic
        let documentContext = DocumentContext(
            document: document, configuredFacts: configuration.contract, template: scope == .excluded ? nil : template,
            templateForced: scope == .forced, mayBeTemplate: !upload, declaredTemplate: configuration.role == .template,
            factWords: ruleSet.facts)
        var findings: [Finding] = []
        var metrics = DocumentMetrics()
        var raw: [RuleFinding] = []
        func add(_ found: RuleFinding, rule ruleIndex: Int, block blockIndex: Int, tokens: TokenizedText?, fingerprint: String? = nil) {
            guard !found.range.isEmpty else { return }
            let block = document.blocks[blockIndex]
            let setting = settings[ruleIndex]
            findings.append(Finding(
                rule: metadata[ruleIndex].id, category: metadata[ruleIndex].category,
                severity: setting.configured ? setting.severity : found.severity ?? setting.severity,
                message: found.message, match: document.matchText(block: blockIndex, range: found.range),
                suggestions: found.suggestions, range: block.map.range(found.range), section: block.section,
                part: block.part,
                fingerprint: fingerprint ?? Fingerprint.make(
                    rule: metadata[ruleIndex].id, text: tokens ?? Tokenizer.tokenize(block.scalars), range: found.range),
                blockIndex: blockIndex, textRange: found.range, safe: found.safe))
        }
        for blockIndex in document.blocks.indices {
            let block = document.blocks[blockIndex]
            let tokens = Tokenizer.tokenize(block.scalars)
            let hits = ruleSet.matcher.matches(in: tokens, scalars: block.scalars)
            let context = BlockContext(
                document: document, blockIndex: blockIndex, tokens: tokens, documentContext: documentContext)
            // A block in another language (an English summary) gets only the rules that are not
            // about Swedish text: the template's.
            let language = LanguageGuess.of(tokens)
            let swedish = language == nil || language == "sv"
            if !swedish, let language {
                metrics.otherLanguages.append(.init(language: language, range: block.map.range(0..<block.scalars.count)))
                if block.part == nil { metrics.otherLanguageWords += context.lix.words }
            }
            if block.part == nil, swedish, !block.isInstruction { metrics.add(block.kind.isHeading ? LIXCount() : context.lix, block: block) }
            for (ruleIndex, rule) in ruleSet.rules.enumerated() where settings[ruleIndex].enabled && (swedish || !languageBound[ruleIndex]) {
                raw.removeAll(keepingCapacity: true)
                rule.check(context, hits: ruleIndex < hits.count ? hits[ruleIndex] : [], into: &raw)
                for found in raw { add(found, rule: ruleIndex, block: blockIndex, tokens: tokens) }
            }
        }
        // What only the whole document shows: the blocks are tokenized again for these few.
        var late: [(block: Int, finding: RuleFinding)] = []
        for (ruleIndex, rule) in ruleSet.rules.enumerated() where settings[ruleIndex].enabled {
            late.removeAll(keepingCapacity: true)
            rule.finish(documentContext, into: &late)
            for (blockIndex, found) in late where document.blocks.indices.contains(blockIndex) {
                add(found, rule: ruleIndex, block: blockIndex, tokens: Tokenizer.tokenize(document.blocks[blockIndex].scalars))
            }
        }
        // What the package rules note for comparing files, each note with its finding-to-be;
        // a note whose place is suppressed is dropped.
        var packageNotes: [PackageNotes] = []
        let suppressions = Suppressions(document.directives)
        for (ruleIndex, rule) in ruleSet.rules.enumerated() where settings[ruleIndex].enabled {
            guard let packageRule = rule as? any PackageRule else { continue }
            let count = findings.count
            var kept: [PackageNote] = []
            for note in packageRule.notes(documentContext) where document.blocks.indices.contains(note.block) && !note.range.isEmpty {
                add(RuleFinding(range: note.range, message: ""), rule: ruleIndex, block: note.block, tokens: nil,
                    fingerprint: note.fingerprint)
                kept.append(note)
            }
            let located = Array(findings[count...])
            findings.removeSubrange(count...)
            let unsuppressed = located.indices.filter { !suppressions.isSuppressed(located[$0]) }
            packageNotes.append(PackageNotes(
                rule: rule.metadata.id, notes: unsuppressed.map { kept[$0] }, findings: unsuppressed.map { located[$0] }))
        }
        findings = suppressions.filter(findings)
        // Guidance to the template's user is not text for the supplier, and the words of a
        // fill-in place left in (`[stapelbara/ej stapelbara]`) are the template's, to be replaced:
        // only the template rules speak about them (in a tender, `sv/mall/anvisning-kvar` says to
        // remove guidance, `sv/mall/ej-ifyllt` to fill the place in).
        let instructionBlocks = Set(document.blocks.indices.filter { document.blocks[$0].isInstruction })
        let placeholderRules = Set(metadata.filter { $0.kind == "placeholders" }.map(\.id))
        var templateSpans = documentContext.instructionSpans
        for finding in findings where placeholderRules.contains(finding.rule) {
            templateSpans[finding.blockIndex, default: []].append(finding.textRange)
        }
        if !instructionBlocks.isEmpty || !templateSpans.isEmpty {
            findings.removeAll { finding in
                guard finding.category != .template else { return false }
                if instructionBlocks.contains(finding.blockIndex) { return true }
                return templateSpans[finding.blockIndex]?.contains {
                    $0.lowerBound <= finding.textRange.lowerBound && finding.textRange.upperBound <= $0.upperBound
                } ?? false
            }
        }
        // A rule that yields drops a finding on words another rule flags as words (a finding on
        // a whole sentence or paragraph is about something else).
        // A yielding finding that holds another rule's finding on its first word only (`företa`
        // in `företa en översyn av`) says more: it stays and the word's finding goes, so that one
        // rewrite replaces the longest phrase.
        let yielding = Set(metadata.filter(\.yieldToOtherRules).map(\.id))
        if !yielding.isEmpty {
            func leadsWith(_ finding: Finding, _ other: Finding) -> Bool {
                other.blockIndex == finding.blockIndex && other.textRange.lowerBound == finding.textRange.lowerBound
                    && 2 * other.textRange.count < finding.textRange.count && !other.match.contains(" ")
            }
            let others = findings.indices.filter { !yielding.contains(findings[$0].rule) }
            var dropped = IndexSet()
            for index in findings.indices where yielding.contains(findings[index].rule) {
                let finding = findings[index]
                let leading = others.filter { leadsWith(finding, findings[$0]) }
                if others.contains(where: { other in
                    !leading.contains(other) && findings[other].blockIndex == finding.blockIndex
                        && findings[other].textRange.overlaps(finding.textRange)
                        && findings[other].textRange.count <= 2 * finding.textRange.count
                }) {
                    dropped.insert(index)
                } else {
                    dropped.formUnion(IndexSet(leading))
                }
            }
            findings = findings.indices.filter { !dropped.contains($0) }.map { findings[$0] }
        }
        let inside = Dictionary(uniqueKeysWithValues: metadata.filter { !$0.yieldInside.isEmpty }.map { ($0.id, $0.yieldInside) })
        if !inside.isEmpty {
            let holders = findings.filter { finding in inside.values.contains { $0.contains(finding.category) } }
            findings.removeAll { finding in
                guard let categories = inside[finding.rule] else { return false }
                return holders.contains { holder in
                    holder.rule != finding.rule && categories.contains(holder.category) && holder.blockIndex == finding.blockIndex
                        && holder.textRange.lowerBound <= finding.textRange.lowerBound
                        && finding.textRange.upperBound <= holder.textRange.upperBound
                }
            }
        }
        if configuration.documentLengthLimits {
            // Rules that judge a whole document say nothing on a shorter text.
            let words = metrics.words
            let silent = Set(metadata.filter { ($0.minimumDocumentWords ?? 0) > words }.map(\.id))
            if !silent.isEmpty { findings.removeAll { silent.contains($0.rule) } }
        }
        findings.sort { lhs, rhs in
            if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
            if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
            return lhs.range.end < rhs.range.end
        }
        metrics.score = AccessibilityScore(metrics: metrics.total, findings: findings)
        var notices: [String] = []
        if let template, scope == .automatic, let comparison = documentContext.templateAlignment,
           documentContext.templateComparison == nil {
            notices.append(String(
                format: "jämfördes inte med mallen %@: dokumentet har bara %d %% av mallens avsnitt (en bilaga?); ange filerna under template.files i .tenderlint.yml för att jämföra ändå",
                (template.path as NSString).lastPathComponent, Int((comparison.share * 100).rounded())))
        }
        return Result(findings: findings, metrics: metrics, notices: notices, packageNotes: packageNotes)
    }
}
