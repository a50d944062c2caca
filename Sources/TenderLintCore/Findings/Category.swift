/// What a finding is about (contract: the raw values appear in reports).
public enum Category: String, Sendable, CaseIterable, Comparable {
    case legalReference = "legal-reference"
    case jargon
    case exclusionary
    case readability
    case template
    case consistency

    /// The Swedish name shown to users.
    public var swedishName: String {
        switch self {
        case .legalReference: "lagrumshänvisningar"
        case .jargon: "krångelspråk"
        case .exclusionary: "utestängande krav"
        case .readability: "läsbarhet"
        case .template: "mall"
        case .consistency: "enhetlighet"
        }
    }

    public static func < (lhs: Category, rhs: Category) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
