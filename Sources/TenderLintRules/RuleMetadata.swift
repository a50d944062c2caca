import TenderLintCore

/// What every rule carries, whatever its kind: identity, classification and documentation.
public struct RuleMetadata: Sendable {
    /// The path of the rule file under its pack, without extension: `sv/jargon`.
    public var id: String
    public var kind: String
    public var category: Category
    public var severity: Severity
    /// One line for `tenderlint rules` (Swedish).
    public var summary: String
    /// The message template (Swedish); see `MessageTemplate`.
    public var message: String
    /// Why the rule exists (Swedish).
    public var rationale: String
    public var legalBasis: String?
    /// What to write instead, in general (Swedish).
    public var advice: String?
    public var examples: RuleExamples
    /// The file the rule was loaded from, for error messages.
    public var sourcePath: String
    /// A rule that judges a whole document ("never addresses the supplier", "explain the
    /// terms at their first use") says nothing on a shorter text: an excerpt, a clause, a
    /// short note. Nil: any length.
    public var minimumDocumentWords: Int?
    /// A finding of this rule on words another rule already flags is dropped (noun style
    /// inside a jargon phrase): one finding for one problem.
    public var yieldToOtherRules = false
    /// A finding of this rule that lies wholly inside a finding of one of these categories is
    /// dropped: `LOU` in `i strid med LOU`, which the legal-reference finding already asks to
    /// rewrite.
    public var yieldInside: Set<Category> = []
    /// False for a rule that runs only where a configuration turns it on by its id (a
    /// stricter word list some writers want and most do not).
    public var enabledByDefault = true

    public init(
        id: String, kind: String, category: Category, severity: Severity, summary: String, message: String,
        rationale: String, legalBasis: String? = nil, advice: String? = nil, examples: RuleExamples,
        sourcePath: String, minimumDocumentWords: Int? = nil, yieldToOtherRules: Bool = false,
        enabledByDefault: Bool = true
    ) {
        self.id = id
        self.kind = kind
        self.category = category
        self.severity = severity
        self.summary = summary
        self.message = message
        self.rationale = rationale
        self.legalBasis = legalBasis
        self.advice = advice
        self.examples = examples
        self.sourcePath = sourcePath
        self.minimumDocumentWords = minimumDocumentWords
        self.yieldToOtherRules = yieldToOtherRules
        self.enabledByDefault = enabledByDefault
    }
}

/// Sentences a rule must flag (flagged parts marked `{{…}}`) and sentences it must not flag.
public struct RuleExamples: Sendable {
    public var flagged: [String]
    public var accepted: [String]
    /// For flagged examples written `{text: …, correction: …}`: the whole sentence as it reads
    /// corrected (as LanguageTool's `correction`), by the example's text. A safe suggestion put
    /// in place must give exactly this; an unsafe one must not (else it would be safe).
    public var corrections: [String: String]

    public init(flagged: [String], accepted: [String], corrections: [String: String] = [:]) {
        self.flagged = flagged
        self.accepted = accepted
        self.corrections = corrections
    }
}
