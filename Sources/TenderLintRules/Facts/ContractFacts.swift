/// Facts about the contract that later rules compare requirements against. Set in
/// `.tenderlint.yml` under `contract:` or in a Markdown file's front matter.
public struct ContractFacts: Sendable, Equatable {
    public enum ValuePeriod: String, Sendable, CaseIterable {
        case year
        case total
    }

    /// The estimated value in kronor.
    public var estimatedValue: Double?
    public var valuePeriod: ValuePeriod?
    public var currency: String?
    /// varor, tjänster or byggentreprenad.
    public var contractKind: String?
    public var procedure: String?
    /// The contract's length in years, options included.
    public var contractYears: Double?

    public init(
        estimatedValue: Double? = nil, valuePeriod: ValuePeriod? = nil, currency: String? = nil,
        contractKind: String? = nil, procedure: String? = nil, contractYears: Double? = nil
    ) {
        self.estimatedValue = estimatedValue
        self.valuePeriod = valuePeriod
        self.currency = currency
        self.contractKind = contractKind
        self.procedure = procedure
        self.contractYears = contractYears
    }

    package static let keys = ["estimatedValue", "valuePeriod", "currency", "contractKind", "procedure", "contractYears"]

    /// Reads the facts a document's front matter states; unknown keys there are not errors,
    /// since front matter carries other things too.
    public init(frontMatter: [String: String]) {
        estimatedValue = frontMatter["estimatedValue"].flatMap { Double($0.replacingOccurrences(of: " ", with: "")) }
        valuePeriod = frontMatter["valuePeriod"].flatMap(ValuePeriod.init(rawValue:))
        currency = frontMatter["currency"]
        contractKind = frontMatter["contractKind"]
        procedure = frontMatter["procedure"]
        contractYears = frontMatter["contractYears"].flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) }
    }

    /// These facts, with gaps filled from `other`.
    public func filling(from other: ContractFacts) -> ContractFacts {
        ContractFacts(
            estimatedValue: estimatedValue ?? other.estimatedValue, valuePeriod: valuePeriod ?? other.valuePeriod,
            currency: currency ?? other.currency, contractKind: contractKind ?? other.contractKind,
            procedure: procedure ?? other.procedure, contractYears: contractYears ?? other.contractYears)
    }

    /// The estimated value per year: a yearly value as it is, a total divided by the contract's
    /// length; nil without a value.
    public var yearlyValue: Double? {
        guard let estimatedValue else { return nil }
        switch valuePeriod {
        case .year: return estimatedValue
        // A total over an unknown length: the total itself bounds the yearly value from above,
        // so comparing with it never flags a fair demand.
        case .total: return contractYears.map { estimatedValue / max($0, 1) } ?? estimatedValue
        // Unsaid: read as a yearly value, the reading that flags the fewest requirements.
        case nil: return estimatedValue
        }
    }

    /// The estimated value of the whole contract: a total as it is (and so an unsaid period for
    /// works, priced per contract), a yearly value times the contract's length, or times 4 when
    /// the length is unknown (the longest a framework agreement may run, 7 kap. 2 § LOU: the
    /// reading that flags the fewest requirements).
    public var totalValue: Double? {
        guard let estimatedValue else { return nil }
        if valuePeriod == .total || (valuePeriod == nil && isWorks) { return estimatedValue }
        return estimatedValue * max(contractYears ?? 4, 1)
    }

    /// Whether the contract is for works (byggentreprenad): references may then be older.
    public var isWorks: Bool {
        guard let contractKind = contractKind?.lowercased() else { return false }
        return contractKind.contains("bygg") || contractKind.contains("entreprenad")
    }
}
