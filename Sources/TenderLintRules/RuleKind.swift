import Yams
import TenderLintCore

/// A kind of rule that a YAML rule file picks with `kind:`. Each kind is one type in one file:
/// its name, the keys its files may have besides the common ones, how it reads them, how it
/// matches (`Rule`), and what it says it does (`Rule.behaviour`).
protocol RuleKind: Rule {
    /// The `kind:` value that picks it.
    static var name: String { get }
    /// The keys a rule file of this kind may have besides `RuleKinds.commonKeys`.
    static var keys: [String] { get }
    /// Reads the kind's own keys of a rule file (the common ones are in `metadata`).
    init(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError)
}

/// The one table of rule kinds: a new kind is a new type and one line here.
enum RuleKinds {
    static let all: [any RuleKind.Type] = [
        ExistenceRule.self,
        SubstitutionRule.self,
        PatternRule.self,
        LegalReferenceRule.self,
        ExplainedTermsRule.self,
        AbbreviationRule.self,
        RequirementRule.self,
        LotsRule.self,
        TenderPeriodRule.self,
        TemplateRule.self,
        PlaceholderRule.self,
        KeyFactsRule.self,
        NumberAgreementRule.self,
        RateTotalRule.self,
        DateArithmeticRule.self,
        ReferencesRule.self,
        TermVariationRule.self,
        TermSwitchRule.self,
        DefinedTermsRule.self,
        ParagraphLIXRule.self,
        SentenceLengthRule.self,
        DemandPackingRule.self,
        PassiveVoiceRule.self,
        AddressRule.self,
        WordShapeRule.self,
        LongCompoundRule.self,
        NominalizationRule.self,
    ]

    /// The keys every rule file may have.
    static let commonKeys = ["kind", "category", "severity", "summary", "message", "rationale", "legalBasis", "advice", "examples",
                             "minimumDocumentWords", "yieldToOtherRules", "yieldInside", "enabledByDefault"]

    static func named(_ name: String) -> (any RuleKind.Type)? {
        all.first { $0.name == name }
    }
}
