/// How serious a finding is (contract: the raw values appear in reports).
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case suggestion
    case warning
    case error

    private var rank: Int {
        switch self {
        case .suggestion: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// "3 varningar": the Swedish count with the right plural.
    public func swedishCount(_ count: Int) -> String {
        switch self {
        case .warning: "\(count) \(count == 1 ? "varning" : "varningar")"
        case .error, .suggestion: "\(count) \(swedishName)"
        }
    }

    /// The Swedish name shown to users.
    public var swedishName: String {
        switch self {
        case .suggestion: "förslag"
        case .warning: "varning"
        case .error: "fel"
        }
    }
}
