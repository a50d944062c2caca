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

    public init(
        estimatedValue: Double? = nil, valuePeriod: ValuePeriod? = nil, currency: String? = nil,
        contractKind: String? = nil, procedure: String? = nil
    ) {
        self.estimatedValue = estimatedValue
        self.valuePeriod = valuePeriod
        self.currency = currency
        self.contractKind = contractKind
        self.procedure = procedure
    }

    static let keys = ["estimatedValue", "valuePeriod", "currency", "contractKind", "procedure"]

    /// Reads the facts a document's front matter states; unknown keys there are not errors,
    /// since front matter carries other things too.
    public init(frontMatter: [String: String]) {
        estimatedValue = frontMatter["estimatedValue"].flatMap { Double($0.replacingOccurrences(of: " ", with: "")) }
        valuePeriod = frontMatter["valuePeriod"].flatMap(ValuePeriod.init(rawValue:))
        currency = frontMatter["currency"]
        contractKind = frontMatter["contractKind"]
        procedure = frontMatter["procedure"]
    }

    /// These facts, with gaps filled from `other`.
    public func filling(from other: ContractFacts) -> ContractFacts {
        ContractFacts(
            estimatedValue: estimatedValue ?? other.estimatedValue, valuePeriod: valuePeriod ?? other.valuePeriod,
            currency: currency ?? other.currency, contractKind: contractKind ?? other.contractKind,
            procedure: procedure ?? other.procedure)
    }
}
