/// A quantity written in Swedish text: a number, an amount of money, a duration, a distance,
/// a percentage, a date or a time of day, with the tokens it spans.
public struct Quantity: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case number, money, duration, distance, percentage, date, time
    }

    public enum Unit: String, Sendable {
        case none
        case kronor, euro
        case years, months, weeks, days, hours, minutes
        case kilometres
        case percent
        case date, time
    }

    /// What an amount of money is counted over: `per år`, `per månad`, `totalt`.
    public enum Period: String, Sendable {
        case year, month, total
    }

    public struct Day: Sendable, Equatable, Comparable {
        public var year: Int?
        public var month: Int
        public var day: Int

        public init(year: Int?, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// Days since 1 January 1970 (proleptic Gregorian), for a date with a year.
        public var dayNumber: Int? {
            guard let year else { return nil }
            // Howard Hinnant's days_from_civil.
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let mp = (month + 9) % 12
            let doy = (153 * mp + 2) / 5 + day - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            return era * 146_097 + doe - 719_468
        }

        public static func < (lhs: Day, rhs: Day) -> Bool {
            (lhs.year ?? 0, lhs.month, lhs.day) < (rhs.year ?? 0, rhs.month, rhs.day)
        }
    }

    public var kind: Kind
    /// The number in `unit`: kronor or euro for money (multipliers applied: `3 Mkr` is
    /// 3 000 000), a count of the unit for durations, kilometres for distances (a Swedish
    /// `mil` is 10 km), hours for a time of day; 0 for dates.
    public var value: Double
    public var unit: Unit
    public var period: Period?
    public var day: Day?
    /// The tokens the quantity spans, unit and period included.
    public var tokens: Range<Int>
    /// Where the words of its period begin (`per år`, `under hela avtalstiden`), when it has them.
    public var periodStart: Int?

    /// The amount alone: `9 miljoner kronor` in `9 miljoner kronor under hela avtalstiden`.
    public var amountTokens: Range<Int> { tokens.lowerBound..<(periodStart ?? tokens.upperBound) }

    public init(
        kind: Kind, value: Double, unit: Unit, period: Period? = nil, day: Day? = nil, tokens: Range<Int>, periodStart: Int? = nil
    ) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.period = period
        self.day = day
        self.tokens = tokens
        self.periodStart = periodStart
    }

    /// Kronor per euro for comparing amounts in euro with values in kronor: a deliberately low
    /// rate (the krona has not been stronger than this since the euro began), so a comparison
    /// never overstates a demand written in euro.
    public static let kronorPerEuro = 8.5

    /// An amount of money in kronor (euro converted at `kronorPerEuro`), or nil for other kinds.
    public var kronor: Double? {
        guard kind == .money else { return nil }
        return unit == .euro ? value * Self.kronorPerEuro : value
    }

    /// A duration in years (months, weeks and days converted), or nil for other kinds.
    public var years: Double? {
        guard kind == .duration else { return nil }
        switch unit {
        case .years: return value
        case .months: return value / 12
        case .weeks: return value * 7 / 365.25
        case .days: return value / 365.25
        case .hours: return value / (365.25 * 24)
        case .minutes: return value / (365.25 * 24 * 60)
        default: return nil
        }
    }

    /// A duration in hours, or nil for other kinds.
    public var hours: Double? { years.map { $0 * 365.25 * 24 } }

    /// How the quantity reads in a message: `20 000 000 kr`, `5 år`, `50 km`.
    public var formatted: String {
        switch kind {
        case .money: return Self.group(value.rounded()) + (unit == .euro ? " euro" : " kr")
        case .duration:
            let names: [Unit: String] = [.years: "år", .months: "månader", .weeks: "veckor", .days: "dagar",
                                         .hours: "timmar", .minutes: "minuter"]
            return Self.group(value) + " " + (names[unit] ?? "")
        case .distance: return Self.group(value) + " km"
        case .percentage: return Self.group(value) + " %"
        case .date:
            guard let day else { return "" }
            return day.year.map { String(format: "%04d-%02d-%02d", $0, day.month, day.day) } ?? "\(day.day)/\(day.month)"
        case .time, .number: return Self.group(value)
        }
    }

    /// A measure rounded to one decimal, in Swedish: `41,7`, `42`.
    public static func oneDecimal(_ value: Double) -> String { group((value * 10).rounded() / 10) }

    /// `20000000` as `20 000 000`, `2.5` as `2,5`.
    public static func group(_ value: Double) -> String {
        let whole = value.rounded(.towardZero)
        var digits = String(Int64(abs(whole)))
        var grouped = ""
        while digits.count > 3 {
            grouped = " " + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = (value < 0 ? "-" : "") + digits + grouped
        let hundredths = Int((abs(value - whole) * 100).rounded())
        if hundredths > 0, hundredths < 100 {
            grouped += "," + (hundredths % 10 == 0 ? String(hundredths / 10) : (hundredths < 10 ? "0" : "") + String(hundredths))
        }
        return grouped
    }
}
