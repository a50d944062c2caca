import Yams
import TenderLintCore
import TenderLintLanguage

/// The closed set of rule kinds a YAML rule can pick with `kind:`.
public enum RuleKind: String, Sendable, CaseIterable {
    case existence
    case substitution
    case pattern
    case legalReference = "legal-reference"
    case explainedTerms = "explained-terms"
    case abbreviations
    case requirement
    case lots
    case tenderPeriod = "tender-period"
    case template
    case placeholders
    case keyFacts = "key-facts"
    case numberAgreement = "number-agreement"
    case crossReferences = "cross-references"
    case termVariation = "term-variation"
    case lix
    case sentenceLength = "sentence-length"
    case demandPacking = "demand-packing"
    case passive
    case address
    case wordShape = "word-shape"

    /// The keys every rule file may have.
    static let commonKeys = ["kind", "category", "severity", "summary", "message", "rationale", "legalBasis", "advice", "examples"]

    /// The keys a rule file of this kind may have besides the common ones.
    var keys: [String] {
        switch self {
        case .existence: ["terms", "exceptions", "patterns", "requires", "caseSensitive", "scope"]
        case .substitution: ["terms", "exceptions", "caseSensitive"]
        case .pattern: ["pattern", "unless", "caseSensitive", "scope"]
        case .legalReference: ["report", "tables", "summaries", "summaryMessage", "defaultStatute"]
        case .explainedTerms: ["terms", "cues", "glossaryHeadings"]
        case .abbreviations: ["abbreviations", "definedLater", "ignore"]
        case .requirement: ["triggers", "names", "exceptions", "unless", "unlessScope", "demand", "context", "nearPlace", "specLines", "quantity",
                            "messageWhenValueUnknown", "severityWhenValueUnknown"]
        case .lots: ["division", "negations", "reasons", "messageWhenSilent", "minimumBlocks"]
        case .tenderPeriod: ["deadlineLabels", "publicationLabels", "electronicCues", "minimumDays", "reasonableDays",
                             "messageBelowThreshold"]
        case .template: ["check", "exampleTemplate"]
        case .placeholders: ["patterns", "caseSensitive", "formControlMessage", "requires"]
        case .keyFacts: ["facts", "exceptions", "packageMessage"]
        case .numberAgreement: []
        case .crossReferences: ["sectionWords", "annexWords", "otherDocuments", "mainDocument", "annexMessage", "packageMessage"]
        case .termVariation: ["groups", "packageMessage"]
        case .lix: ["maximum", "minimumWords"]
        case .sentenceLength: ["suggestionAbove", "warningAbove"]
        case .demandPacking: ["demand", "minimumDemands", "minimumListItems"]
        case .passive: ["modals", "auxiliaries", "skipped", "deponents", "participleEndings", "minimum", "share"]
        case .address: ["direct", "thirdPerson"]
        case .wordShape: ["minimumLetters", "endings", "minimumStem", "followedBy", "exceptions", "exceptionsInside"]
        }
    }

    /// Reads the kind-specific keys of a rule file and builds the rule.
    func load(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) -> any Rule {
        switch self {
        case .existence: try ExistenceRule(metadata, &yaml)
        case .substitution: try SubstitutionRule(metadata, &yaml)
        case .pattern: try PatternRule(metadata, &yaml)
        case .legalReference: try LegalReferenceRule(metadata, &yaml)
        case .explainedTerms: try ExplainedTermsRule(metadata, &yaml)
        case .abbreviations: try AbbreviationRule(metadata, &yaml)
        case .requirement: try RequirementRule(metadata, &yaml)
        case .lots: try LotsRule(metadata, &yaml)
        case .tenderPeriod: try TenderPeriodRule(metadata, &yaml)
        case .template: try TemplateRule(metadata, &yaml)
        case .placeholders: try PlaceholderRule(metadata, &yaml)
        case .keyFacts: try KeyFactsRule(metadata, &yaml)
        case .numberAgreement: try NumberAgreementRule(metadata, &yaml)
        case .crossReferences: try ReferencesRule(metadata, &yaml)
        case .termVariation: try TermVariationRule(metadata, &yaml)
        case .lix: try ParagraphLIXRule(metadata, &yaml)
        case .sentenceLength: try SentenceLengthRule(metadata, &yaml)
        case .demandPacking: try DemandPackingRule(metadata, &yaml)
        case .passive: try PassiveVoiceRule(metadata, &yaml)
        case .address: try AddressRule(metadata, &yaml)
        case .wordShape: try WordShapeRule(metadata, &yaml)
        }
    }
}
