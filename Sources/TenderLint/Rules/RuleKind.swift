import Yams

/// The closed set of rule kinds a YAML rule can pick with `kind:`.
public enum RuleKind: String, Sendable, CaseIterable {
    case existence
    case substitution
    case pattern

    /// Reads the kind-specific keys of a rule file and builds the rule.
    func load(_ metadata: RuleMetadata, _ yaml: inout YAMLMapping) throws(TenderLintError) -> any Rule {
        switch self {
        case .existence: try ExistenceRule(metadata, &yaml)
        case .substitution: try SubstitutionRule(metadata, &yaml)
        case .pattern: try PatternRule(metadata, &yaml)
        }
    }
}
