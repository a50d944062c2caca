/// Finds quantities in a block's tokens: numbers written in digits (`10 000 000`,
/// `10.000.000`, `2,5`) or words (`fem`, `tjugofem`, `tre (3)`), and what they count —
/// money (`3 Mkr`, `3 miljoner kronor per år`, `SEK 500 000`, `2 000 000:-`), durations (`5 år`,
/// `30 minuter`), distances (`5 mil` = 50 km), percentages, dates (`2026-03-15`, `15 mars
/// 2026`, `15/3 2026`) and times of day (`kl. 14.00`).
public struct QuantityRecognizer {
    let text: TokenizedText
    let tokens: [Token]

    public init(_ text: TokenizedText) {
        self.text = text
        tokens = text.tokens
    }

    // MARK: Word lists (the Swedish language layer)

    package static let units: [String: Int] = [
        "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
        "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17,
        "arton": 18, "aderton": 18, "nitton": 19,
    ]
    static let tens: [String: Int] = [
        "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90,
    ]
    /// Morphemes a number word is built from, longest first so that `sjutton` is not `sju` + `tton`.
    static let morphemes: [(text: [Unicode.Scalar], value: Int)] = {
        var all = units.map { ($0.key, $0.value) } + tens.map { ($0.key, $0.value) } + [("hundra", 100), ("tusen", 1000)]
        all.sort { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
        return all.map { (Array($0.0.unicodeScalars), $0.1) }
    }()

    /// Words that multiply the number before them (`3 miljoner`); the rules read them too.
    public static let multipliers: [String: Double] = [
        "tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "milj.": 1e6, "milj": 1e6, "mn": 1e6, "mkr.": 1e6,
        "miljard": 1e9, "miljarder": 1e9, "mdr": 1e9, "mdr.": 1e9, "md": 1e9,
    ]
    /// Currency words, some with a multiplier of their own (`tkr` is thousands of kronor).
    static let currencies: [String: (unit: Quantity.Unit, factor: Double)] = [
        "kr": (.kronor, 1), "kr.": (.kronor, 1), "kronor": (.kronor, 1), "kronors": (.kronor, 1), "sek": (.kronor, 1),
        "tkr": (.kronor, 1e3), "kkr": (.kronor, 1e3), "ksek": (.kronor, 1e3), "tsek": (.kronor, 1e3),
        "mkr": (.kronor, 1e6), "mnkr": (.kronor, 1e6), "msek": (.kronor, 1e6), "mdkr": (.kronor, 1e9),
        "eur": (.euro, 1), "euro": (.euro, 1), "€": (.euro, 1), "meur": (.euro, 1e6),
        "prisbasbelopp": (.kronor, priceBaseAmount), "prisbasbeloppen": (.kronor, priceBaseAmount),
        "pbb": (.kronor, priceBaseAmount),
    ]
    /// Insurance and damages are often set in price base amounts (prisbasbelopp): 2026's.
    static let priceBaseAmount = 59_200.0
    static let durations: [String: Quantity.Unit] = [
        "år": .years, "års": .years, "åren": .years, "åringar": .years, "årsperiod": .years,
        "räkenskapsår": .years, "räkenskapsåren": .years, "verksamhetsår": .years, "verksamhetsåren": .years,
        "kalenderår": .years, "kalenderåren": .years, "avtalsår": .years,
        "månad": .months, "månader": .months, "månaders": .months, "månaderna": .months, "mån": .months, "mån.": .months,
        "vecka": .weeks, "veckor": .weeks, "veckors": .weeks, "veckorna": .weeks,
        "dag": .days, "dagar": .days, "dagars": .days, "dagarna": .days, "arbetsdag": .days, "arbetsdagar": .days,
        "arbetsdagars": .days, "kalenderdag": .days, "kalenderdagar": .days, "kalenderdagars": .days, "bankdagar": .days,
        "vardagar": .days, "vardag": .days, "dygn": .days, "dygns": .days,
        "timme": .hours, "timmes": .hours, "timmen": .hours, "timmar": .hours, "timmars": .hours, "timmarna": .hours,
        "tim": .hours, "tim.": .hours, "h": .hours, "h.": .hours,
        "minut": .minutes, "minuts": .minutes, "minuter": .minutes, "minuters": .minutes, "minuterna": .minutes, "min": .minutes, "min.": .minutes,
    ]
    /// Kilometres per unit.
    static let distances: [String: Double] = [
        "km": 1, "kilometer": 1, "kilometers": 1, "mil": 10, "mils": 10, "meter": 0.001, "meters": 0.001,
        // Nautical miles at sea: `inom 20 sjömil från Vaxholm` (`nautiska mil` below).
        "sjömil": 1.852, "distansminuter": 1.852, "distansminut": 1.852,
    ]
    static let months: [String: Int] = [
        "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "augusti": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "apr": 4, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
    ]

    /// Months written out in full (the others in `months` are shortened forms).
    static let monthNames: Set<String> = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
    ]

    // MARK: Token helpers

    private func key(_ index: Int) -> String { text.key(of: tokens[index]) }

    private func isKey(_ index: Int, _ value: String) -> Bool { index < tokens.count && key(index) == value }

    private func isKey(_ index: Int, _ values: Set<String>) -> Bool { index < tokens.count && values.contains(key(index)) }

    private func raw(_ index: Int) -> String { String(String.UnicodeScalarView(text.scalars[tokens[index].range])) }

    /// Whether two tokens touch (no space between): `kr/år`, `2 000 000:-`.
    /// Whether a number is the tail of a code in capitals (`AFB.52`, `AFC.172`, `BFB.1`,
    /// `AMA AF 21` is not): the number touches a period that touches a capitals word.
    private func isCodeNumber(_ index: Int) -> Bool {
        guard index >= 2, touching(index - 1, index), touching(index - 2, index - 1), isKey(index - 1, "."),
              tokens[index - 2].kind == .word || tokens[index - 2].kind == .abbreviation else { return false }
        let letters = text.scalars[tokens[index - 2].range].filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    private func touching(_ left: Int, _ right: Int) -> Bool {
        right < tokens.count && tokens[left].end == tokens[right].start
    }

    // MARK: Numbers

    /// The value of a number written in digits: spaces and (in groups of three) dots group
    /// thousands, a comma is the decimal sign; `multiplierFollows` reads `2.5` as 2,5.
    static func value(ofDigits raw: String, multiplierFollows: Bool) -> Double? {
        let compact = raw.unicodeScalars.filter { !Tokenizer.isSpace($0) }
        var text = String(String.UnicodeScalarView(compact))
        guard !text.contains(":") else { return nil }
        let dotGroups = text.split(separator: ".", omittingEmptySubsequences: false)
        if dotGroups.count > 1 {
            let thousands = dotGroups.dropFirst().allSatisfy { $0.count == 3 } && dotGroups[0].count <= 3
                && !text.contains(",") && !(dotGroups.count == 2 && multiplierFollows)
            if thousands {
                text = dotGroups.joined()
            } else if dotGroups.count == 2 {
                text = dotGroups.joined(separator: ".")
            } else {
                return nil  // `4.2.1`: a section number
            }
        }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }

    /// The value of a number word: `fem`, `tjugofem`, `etthundra`, `tvåtusen`.
    static func value(ofWord word: String) -> Int? {
        let scalars = Array(word.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 30 else { return nil }
        var total = 0, current = 0, index = 0
        while index < scalars.count {
            guard let morpheme = morphemes.first(where: { morpheme in
                index + morpheme.text.count <= scalars.count
                    && scalars[index..<(index + morpheme.text.count)].elementsEqual(morpheme.text)
            }) else { return nil }
            switch morpheme.value {
            case 100: current = max(current, 1) * 100
            case 1000:
                total += max(current, 1) * 1000
                current = 0
            default: current += morpheme.value
            }
            index += morpheme.text.count
        }
        return total + current
    }

    struct Number {
        var value: Double
        var start: Int
        var end: Int
        var isWord: Bool
        var isArticle: Bool
    }

    /// A number at `index`: digits, a number word, or the tender style `tre (3)`.
    private func number(at index: Int) -> Number? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number {
            // `4:e`, `2:a`: an ordinal.
            if isKey(index + 1, ":"), touching(index, index + 1), isKey(index + 2, ["e", "a"]) { return nil }
            let multiplier = index + 1 < tokens.count && (Self.multipliers[key(index + 1)] != nil
                || (Self.currencies[key(index + 1)]?.factor ?? 1) > 1)
            guard let value = Self.value(ofDigits: raw(index), multiplierFollows: multiplier) else { return nil }
            return Number(value: value, start: index, end: index + 1, isWord: false, isArticle: false)
        }
        guard token.kind == .word else { return nil }
        let word = key(index)
        guard let value = Self.value(ofWord: word) else { return nil }
        var end = index + 1
        // `tre (3)`: the digits repeat the word.
        if isKey(end, "("), end + 2 < tokens.count, tokens[end + 1].kind == .number, isKey(end + 2, ")"),
           Self.value(ofDigits: raw(end + 1), multiplierFollows: false) == Double(value) {
            end += 3
        }
        var number = Number(value: Double(value), start: index, end: end, isWord: true,
                            isArticle: (word == "en" || word == "ett") && end == index + 1)
        // `en halv`, `två och en halv`
        if isKey(end, "och"), isKey(end + 1, ["en", "ett"]), isKey(end + 2, "halv") {
            number.value += 0.5
            number.end = end + 3
        } else if isKey(end, "halv") {
            number.value += value == 1 && number.isArticle ? -0.5 : 0.5
            number.end = end + 1
            number.isArticle = false
        }
        return number
    }

    /// Number words whose digits in parentheses say something else: `tre (4)`. Each as the
    /// tokens from the word to the closing parenthesis, the word's value and the digits'.
    public func numberWordMismatches() -> [(tokens: Range<Int>, word: Int, digits: Double)] {
        var found: [(tokens: Range<Int>, word: Int, digits: Double)] = []
        for index in tokens.indices where tokens[index].kind == .word && index + 3 < tokens.count {
            // The parenthesis first: it is one scalar to look at, the word's key is a string.
            let open = tokens[index + 1]
            guard open.kind == .punctuation, open.range.count == 1, text.scalars[open.range.lowerBound] == "(",
                  tokens[index + 2].kind == .number else { continue }
            guard let value = Self.value(ofWord: key(index)), index + 3 < tokens.count,
                  tokens[index + 2].kind == .number, isKey(index + 3, ")"),
                  let digits = Self.value(ofDigits: raw(index + 2), multiplierFollows: false), digits != Double(value) else { continue }
            found.append((index..<(index + 4), value, digits))
        }
        return found
    }

    /// Whether the tokens in `range` may hold a quantity: a digit, or a word that is a number
    /// word, a month or `halv`/`kvart` — a cheap look before the full recognizer.
    public func mayHoldQuantity(in range: Range<Int>) -> Bool {
        for index in range where index < tokens.count {
            let token = tokens[index]
            if token.kind == .number { return true }
            guard token.kind == .word, token.range.count <= 12 else { continue }
            let word = key(index)
            if Self.value(ofWord: word) != nil || Self.months[word] != nil || Self.minuteWords[word] != nil { return true }
        }
        return false
    }

    // MARK: Quantities

    /// Every quantity in the block, in order, none overlapping.
    public func quantities() -> [Quantity] {
        var found: [Quantity] = []
        var index = 0
        while index < tokens.count {
            if let quantity = quantity(at: index) {
                found.append(quantity)
                index = quantity.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private func quantity(at index: Int) -> Quantity? {
        let token = tokens[index]
        guard token.kind == .number || token.kind == .word || token.kind == .abbreviation || token.kind == .symbol else {
            return nil
        }
        if token.kind == .number, isCodeNumber(index) { return nil }
        if let date = date(at: index) { return date }
        // `kl. 14.00`, `klockan 9`
        if isKey(index, ["kl.", "kl", "klockan"]), index + 1 < tokens.count, tokens[index + 1].kind == .number,
           let value = Self.hours(raw(index + 1)) {
            var end = index + 2
            if isKey(end, ["–", "-"]), end + 1 < tokens.count, tokens[end + 1].kind == .number { end += 2 }
            return Quantity(kind: .time, value: value, unit: .time, tokens: index..<end)
        }
        // `SEK 500 000`, `€ 20 000`
        if let currency = Self.currencies[key(index)], currency.factor == 1, let number = number(at: index + 1), !number.isWord {
            let period = self.period(at: number.end)
            return Quantity(kind: .money, value: number.value, unit: currency.unit, period: period.period, tokens: index..<period.end,
                            periodStart: period.period == nil ? nil : number.end)
        }
        guard let number = number(at: index) else { return nil }
        var cursor = number.end
        var value = number.value
        var multiplied = false
        if cursor < tokens.count, let multiplier = Self.multipliers[key(cursor)] {
            value *= multiplier
            cursor += 1
            multiplied = true
        }
        // Money: `kr`, `kronor`, `SEK`, `Mkr`, `svenska kronor`, `:-`.
        var currencyAt = cursor
        if isKey(currencyAt, "svenska"), isKey(currencyAt + 1, "kronor") { currencyAt += 1 }
        if currencyAt < tokens.count, let currency = Self.currencies[key(currencyAt)] {
            let period = self.period(at: currencyAt + 1)
            return Quantity(kind: .money, value: value * currency.factor, unit: currency.unit, period: period.period,
                            tokens: index..<period.end, periodStart: period.period == nil ? nil : currencyAt + 1)
        }
        if isKey(cursor, ":"), touching(number.end - 1, cursor), isKey(cursor + 1, ["-", "–"]) {
            let period = self.period(at: cursor + 2)
            return Quantity(kind: .money, value: value, unit: .kronor, period: period.period, tokens: index..<period.end,
                            periodStart: period.period == nil ? nil : cursor + 2)
        }
        if multiplied {
            // `3 miljoner` without a currency: a number (often money named earlier in the sentence).
            return Quantity(kind: .number, value: value, unit: .none, tokens: index..<cursor)
        }
        // `de tre senaste åren`, `två avslutade räkenskapsår`: a duration with a word between.
        if !multiplied, isKey(cursor, Self.durationQualifiers), let unit = durationUnit(at: cursor + 1) {
            return Quantity(kind: .duration, value: value, unit: unit, tokens: index..<(cursor + 2))
        }
        if let unit = durationUnit(at: cursor) {
            return Quantity(kind: .duration, value: value, unit: unit, tokens: index..<(cursor + 1))
        }
        // `en halvtimme` is 30 minutes, `en kvart` 15 and `tre kvart` 45.
        if cursor < tokens.count, let minutes = Self.minuteWords[key(cursor)] {
            return Quantity(kind: .duration, value: value * minutes, unit: .minutes, tokens: index..<(cursor + 1))
        }
        if cursor < tokens.count {
            let unitKey = key(cursor)
            if unitKey == "nautiska" || unitKey == "nautisk", cursor + 1 < tokens.count, key(cursor + 1) == "mil" {
                return Quantity(kind: .distance, value: value * 1.852, unit: .kilometres, tokens: index..<(cursor + 2))
            }
            if let factor = Self.distances[unitKey] {
                return Quantity(kind: .distance, value: value * factor, unit: .kilometres, tokens: index..<(cursor + 1))
            }
            if unitKey == "%" || unitKey == "procent" {
                return Quantity(kind: .percentage, value: value, unit: .percent, tokens: index..<(cursor + 1))
            }
        }
        if number.isArticle { return nil }
        return Quantity(kind: .number, value: value, unit: .none, tokens: index..<number.end)
    }

    /// Words for parts of an hour, in minutes.
    static let minuteWords: [String: Double] = [
        "halvtimme": 30, "halvtimma": 30, "halvtimmes": 30, "halvtimmen": 30, "kvart": 15, "kvarts": 15,
    ]

    static let durationQualifiers: Set<String> = [
        "senaste", "närmaste", "föregående", "sista", "kommande", "påföljande", "avslutade", "hela", "fulla",
    ]

    /// The duration unit at a token: `år`, `timmar`, and `h` only in lower case (`H` is a name).
    private func durationUnit(at index: Int) -> Quantity.Unit? {
        guard index < tokens.count, let unit = Self.durations[key(index)] else { return nil }
        return key(index).hasPrefix("h") && !raw(index).hasPrefix("h") ? nil : unit
    }

    /// `14.00`, `10:30`, `9`: hours and minutes as hours.
    static func hours(_ raw: String) -> Double? {
        let parts = raw.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), hour <= 24 else { return nil }
        guard parts.count == 2 else { return Double(hour) }
        guard parts[1].count == 2, let minute = Int(parts[1]), minute < 60 else { return nil }
        return Double(hour) + Double(minute) / 60
    }

    /// `per år`, `/år`, `om året`, `årligen`, `per månad`, `i månaden`, `totalt`: the period and
    /// the index after it (unchanged when none follows).
    private func period(at index: Int) -> (period: Quantity.Period?, end: Int) {
        guard index < tokens.count else { return (nil, index) }
        let word = key(index)
        if word == "per" || word == "/" || word == "om" || word == "i" || word == "varje" {
            guard index + 1 < tokens.count else { return (nil, index) }
            let next = key(index + 1)
            if word == "/" && !touching(index - 1, index) { return (nil, index) }
            switch next {
            case "år", "året", "kalenderår", "avtalsår", "räkenskapsår": return word == "i" ? (nil, index) : (.year, index + 2)
            case "månad", "mån", "mån.", "månaden": return (.month, index + 2)
            default: return (nil, index)
            }
        }
        switch word {
        case "årligen", "årlig", "årligt": return (.year, index + 1)
        case "månadsvis", "månatligen": return (.month, index + 1)
        case "totalt", "sammanlagt", "sammantaget": return (.total, index + 1)
        default: break
        }
        // `under hela avtalsperioden`, `för hela avtalstiden`
        if isKey(index, ["under", "för"]), isKey(index + 1, "hela"),
           isKey(index + 2, ["avtalsperioden", "avtalstiden", "kontraktstiden", "kontraktsperioden", "avtalets"]) {
            return (.total, index + 3 + (isKey(index + 2, "avtalets") && isKey(index + 3, ["löptid", "giltighetstid"]) ? 1 : 0))
        }
        return (nil, index)
    }

    // MARK: Dates

    /// `2026-03-15`, `15.3.2026`, `[den] 15 mars [2026]`, `15/3 2026`, `15/3-2026`.
    private func date(at index: Int) -> Quantity? {
        let token = tokens[index]
        guard token.kind == .number else { return nil }
        let value = raw(index)
        let scalars = Array(value.unicodeScalars)
        // ISO: the tokenizer keeps `2026-03-15` as one number.
        if scalars.count == 10, scalars[4] == "-" || scalars[4].value == 0x2010 || scalars[4].value == 0x2011,
           let year = Int(String(value.prefix(4))), let month = Int(String(String.UnicodeScalarView(scalars[5..<7]))),
           let day = Int(String(String.UnicodeScalarView(scalars[8..<10]))), (1...12).contains(month), (1...31).contains(day) {
            return Quantity(kind: .date, value: 0, unit: .date, day: .init(year: year, month: month, day: day), tokens: index..<(index + 1))
        }
        // `15.3.2026`
        let dotted = value.split(separator: ".")
        if dotted.count == 3, dotted[2].count == 4, let day = Int(dotted[0]), let month = Int(dotted[1]), let year = Int(dotted[2]),
           (1...31).contains(day), (1...12).contains(month), year >= 1900 {
            return Quantity(kind: .date, value: 0, unit: .date, day: .init(year: year, month: month, day: day), tokens: index..<(index + 1))
        }
        guard let day = Int(value), (1...31).contains(day), value.count <= 2 else { return nil }
        // `15 mars 2026`
        if index + 1 < tokens.count, let month = Self.months[key(index + 1)] {
            var end = index + 2
            var year: Int?
            if end < tokens.count, tokens[end].kind == .number, raw(end).count == 4, let written = Int(raw(end)), written >= 1900 {
                year = written
                end += 1
            }
            // A shortened month (`okt`, `jan`) needs a year after it.
            if year == nil, !Self.monthNames.contains(key(index + 1)) { return nil }
            return Quantity(kind: .date, value: 0, unit: .date, day: .init(year: year, month: month, day: day), tokens: index..<end)
        }
        // `15/3 2026`, `15/3-2026`, `15/3`
        if isKey(index + 1, "/"), touching(index, index + 1), index + 2 < tokens.count, tokens[index + 2].kind == .number,
           touching(index + 1, index + 2), let month = Int(raw(index + 2)), (1...12).contains(month) {
            var end = index + 3
            var year: Int?
            var yearAt = end
            if isKey(yearAt, "-"), touching(end - 1, yearAt) { yearAt += 1 }
            if yearAt < tokens.count, tokens[yearAt].kind == .number, raw(yearAt).count == 4, let written = Int(raw(yearAt)),
               written >= 1900 {
                year = written
                end = yearAt + 1
            }
            // Without a year, `15/3` could be a fraction or a ratio: only with `den` before it.
            guard year != nil || (index > 0 && isKey(index - 1, "den")) else { return nil }
            return Quantity(kind: .date, value: 0, unit: .date, day: .init(year: year, month: month, day: day), tokens: index..<end)
        }
        return nil
    }
}
