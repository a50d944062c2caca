import Testing
@testable import TenderLintLanguage

/// The Language layer's quantities: each case is a sentence and what must be found in it,
/// written `kind value unit [period] «text»` (dates as `date YYYY-MM-DD «text»`).
@Suite struct QuantityTests {
    static func describe(_ text: String) -> [String] {
        let tokenized = Tokenizer.tokenize(Array(text.unicodeScalars))
        return QuantityRecognizer(tokenized).quantities().map { quantity in
            let range = tokenized.tokens[quantity.tokens.lowerBound].start..<tokenized.tokens[quantity.tokens.upperBound - 1].end
            let source = String(String.UnicodeScalarView(tokenized.scalars[range]))
            var parts = [quantity.kind.rawValue]
            if quantity.kind == .date, let day = quantity.day {
                parts.append(day.year.map { String(format: "%04d-%02d-%02d", $0, day.month, day.day) } ?? "\(day.day)/\(day.month)")
            } else {
                parts.append(Quantity.group(quantity.value).replacingOccurrences(of: " ", with: ""))
                if quantity.unit != .none { parts.append(quantity.unit.rawValue) }
            }
            if let period = quantity.period { parts.append(period.rawValue) }
            return parts.joined(separator: " ") + " «" + source + "»"
        }
    }

    static let cases: [(String, [String])] = [
        // Digits, grouping and decimals
        ("Omsättningen ska vara minst 10 000 000 kronor.", ["money 10000000 kronor «10 000 000 kronor»"]),
        ("Omsättningen ska vara minst 10\u{A0}000\u{A0}000 kr.", ["money 10000000 kronor «10\u{A0}000\u{A0}000 kr»"]),
        ("Omsättningen ska vara minst 10.000.000 kr.", ["money 10000000 kronor «10.000.000 kr»"]),
        ("Priset är 1.500 kr per timme.", ["money 1500 kronor «1.500 kr»"]),
        ("Värdet är 2,5 miljoner kronor.", ["money 2500000 kronor «2,5 miljoner kronor»"]),
        ("Värdet är 2.5 Mkr.", ["money 2500000 kronor «2.5 Mkr»"]),
        ("Värdet är 3,5 MSEK per år.", ["money 3500000 kronor year «3,5 MSEK per år»"]),
        ("Värdet är 500 tkr.", ["money 500000 kronor «500 tkr»"]),
        ("Värdet är 750 kkr årligen.", ["money 750000 kronor year «750 kkr årligen»"]),
        ("Värdet är 12 mnkr totalt.", ["money 12000000 kronor total «12 mnkr totalt»"]),
        ("Budgeten är 2 miljarder kronor.", ["money 2000000000 kronor «2 miljarder kronor»"]),
        ("Det uppskattade värdet är 3 000 000 SEK/år.", ["money 3000000 kronor year «3 000 000 SEK/år»"]),
        ("Det uppskattade värdet är SEK 3 000 000 per år.", ["money 3000000 kronor year «SEK 3 000 000 per år»"]),
        ("Priset får vara högst 2 000 000:- per år.", ["money 2000000 kronor year «2 000 000:- per år»"]),
        ("Avgiften är 500 kr i månaden.", ["money 500 kronor month «500 kr i månaden»"]),
        ("Avgiften är 500 kr per månad.", ["money 500 kronor month «500 kr per månad»"]),
        ("Avgiften är 500 kr/mån.", ["money 500 kronor month «500 kr/mån»"]),
        ("Ersättningen är 3 miljoner kronor om året.", ["money 3000000 kronor year «3 miljoner kronor om året»"]),
        ("Värdet uppgår till 20 miljoner svenska kronor under hela avtalsperioden.",
         ["money 20000000 kronor total «20 miljoner svenska kronor under hela avtalsperioden»"]),
        ("Tröskelvärdet är 5 538 000 euro.", ["money 5538000 euro «5 538 000 euro»"]),
        ("Tröskelvärdet är 221 000 EUR.", ["money 221000 euro «221 000 EUR»"]),
        ("Tröskelvärdet är € 140 000.", ["money 140000 euro «€ 140 000»"]),
        ("Kostnaden är 3 milj. kr per år.", ["money 3000000 kronor year «3 milj. kr per år»"]),
        ("Omsättningen ska uppgå till minst fem miljoner kronor.", ["money 5000000 kronor «fem miljoner kronor»"]),
        ("Omsättningen ska uppgå till minst tjugo miljoner kronor.", ["money 20000000 kronor «tjugo miljoner kronor»"]),
        ("Värdet är en halv miljon kronor.", ["money 500000 kronor «en halv miljon kronor»"]),
        ("Värdet är två och en halv miljon kronor.", ["money 2500000 kronor «två och en halv miljon kronor»"]),
        ("Värdet är fem tusen kronor.", ["money 5000 kronor «fem tusen kronor»"]),
        ("Värdet är femtusen kronor.", ["money 5000 kronor «femtusen kronor»"]),
        ("Värdet är etthundra tusen kronor.", ["money 100000 kronor «etthundra tusen kronor»"]),
        ("Summan är 3 miljoner.", ["number 3000000 «3 miljoner»"]),
        ("Summan är 1 234,50 kr.", ["money 1234,5 kronor «1 234,50 kr»"]),
        // Number words and the tender style
        ("Leverantören ska redovisa tre (3) referensuppdrag.", ["number 3 «tre (3)»"]),
        ("Leverantören ska redovisa fem referensuppdrag.", ["number 5 «fem»"]),
        ("Leverantören ska redovisa tjugofem uppdrag.", ["number 25 «tjugofem»"]),
        ("Leverantören ska redovisa sjutton uppdrag.", ["number 17 «sjutton»"]),
        ("Leverantören ska redovisa 3 st referensuppdrag.", ["number 3 «3»"]),
        ("Leverantören ska ha en kontaktperson.", []),
        ("Det ska finnas ett kontor.", []),
        ("Sex av tio anbudsgivare svarade.", ["number 6 «Sex»", "number 10 «tio»"]),
        ("Avtalet gäller i två (2) år.", ["duration 2 years «två (2) år»"]),
        ("Tre (3) referenser krävs.", ["number 3 «Tre (3)»"]),
        ("Fyrtiotvå procent av kostnaden.", ["percentage 42 percent «Fyrtiotvå procent»"]),
        ("Etthundra (100) timmar ingår.", ["duration 100 hours «Etthundra (100) timmar»"]),
        ("Ensamföretagare välkomnas.", []),
        ("Tretton (13) skolor ingår.", ["number 13 «Tretton (13)»"]),
        // Durations
        ("Leverantören ska ha bedrivit verksamhet i minst 5 år.", ["duration 5 years «5 år»"]),
        ("Projektledaren ska ha minst 5 års erfarenhet.", ["duration 5 years «5 års»"]),
        ("Uppdragen ska ha utförts under de senaste tre åren.", ["duration 3 years «tre åren»"]),
        ("Uppdragen ska ha utförts under de tre senaste åren.", ["duration 3 years «tre senaste åren»"]),
        ("Försäkringen ska omfatta minst 100 prisbasbelopp.", ["money 5920000 kronor «100 prisbasbelopp»"]),
        ("Kontoret ska ligga högst en timmes resväg från Karlstad.", ["duration 1 hours «en timmes»"]),
        ("Reservdelar ska levereras inom två dygn.", ["duration 2 days «två dygn»"]),
        ("Teknikern ska vara på plats inom en halvtimme.", ["duration 30 minutes «en halvtimme»"]),
        ("Svar ges inom tre kvart.", ["duration 45 minutes «tre kvart»"]),
        ("Larmet ska kvitteras inom en kvart.", ["duration 15 minutes «en kvart»"]),
        ("Ange omsättningen för de två föregående räkenskapsåren.", ["duration 2 years «två föregående räkenskapsåren»"]),
        ("Avtalet gäller 24 månader.", ["duration 24 months «24 månader»"]),
        ("Uppsägningstiden är tre månaders.", ["duration 3 months «tre månaders»"]),
        ("Leverans sker inom 10 arbetsdagar.", ["duration 10 days «10 arbetsdagar»"]),
        ("Anbudstiden är 35 dagar.", ["duration 35 days «35 dagar»"]),
        ("Svar lämnas inom 2 veckor.", ["duration 2 weeks «2 veckor»"]),
        ("Inställelsetiden är 1 timme.", ["duration 1 hours «1 timme»"]),
        ("Inställelsetiden är en timme.", ["duration 1 hours «en timme»"]),
        ("Inställelsetiden är 30 minuter.", ["duration 30 minutes «30 minuter»"]),
        ("Inställelsetiden är 30 min.", ["duration 30 minutes «30 min.»"]),
        ("Jour dygnet runt, på plats inom 2 h.", ["duration 2 hours «2 h»"]),
        ("Personalen arbetar 1,5 timmar per dag.", ["duration 1,5 hours «1,5 timmar»"]),
        ("Avtalet gäller i fyra år med option på förlängning i ett år.", ["duration 4 years «fyra år»", "duration 1 years «ett år»"]),
        ("Avtalstid 2 + 1 + 1 år.", ["number 2 «2»", "number 1 «1»", "duration 1 years «1 år»"]),
        ("Betalning sker 30 dagar netto.", ["duration 30 days «30 dagar»"]),
        ("Fakturan betalas inom trettio (30) dagar.", ["duration 30 days «trettio (30) dagar»"]),
        ("En halv dag per vecka.", ["duration 0,5 days «En halv dag»"]),
        // Distances
        ("Kontoret ska ligga inom 5 mil från Falun.", ["distance 50 kilometres «5 mil»"]),
        ("Depån ska ligga inom 50 km.", ["distance 50 kilometres «50 km»"]),
        ("Depån ska ligga inom fem mil.", ["distance 50 kilometres «fem mil»"]),
        ("Avståndet är 800 meter.", ["distance 0,8 kilometres «800 meter»"]),
        ("Avståndet är 1,5 mil.", ["distance 15 kilometres «1,5 mil»"]),
        ("Avståndet är 12 kilometer.", ["distance 12 kilometres «12 kilometer»"]),
        // Percentages
        ("Vite utgår med 10 % av ordervärdet.", ["percentage 10 percent «10 %»"]),
        ("Vite utgår med 0,5 procent per vecka.", ["percentage 0,5 percent «0,5 procent»"]),
        ("Soliditeten ska vara minst 20%.", ["percentage 20 percent «20%»"]),
        // Dates
        ("Anbud ska ha kommit in senast 2026-03-15.", ["date 2026-03-15 «2026-03-15»"]),
        ("Anbud ska ha kommit in senast den 15 mars 2026.", ["date 2026-03-15 «15 mars 2026»"]),
        ("Anbud ska ha kommit in senast 15 mars.", ["date 15/3 «15 mars»"]),
        ("Anbud ska ha kommit in senast 15/3 2026.", ["date 2026-03-15 «15/3 2026»"]),
        ("Anbud ska ha kommit in senast 15/3-2026.", ["date 2026-03-15 «15/3-2026»"]),
        ("Anbud ska ha kommit in senast den 15/3.", ["date 15/3 «15/3»"]),
        ("Anbud ska ha kommit in senast 15.3.2026.", ["date 2026-03-15 «15.3.2026»"]),
        ("Avtalet börjar 1 januari 2027.", ["date 2027-01-01 «1 januari 2027»"]),
        ("Avtalet börjar 1 okt 2027.", ["date 2027-10-01 «1 okt 2027»"]),
        ("Annonsering sker 3 maj och sista dag är 7 juni 2026.", ["date 3/5 «3 maj»", "date 2026-06-07 «7 juni 2026»"]),
        ("Sista dag för frågor: 2026‐02‐20.", ["date 2026-02-20 «2026‐02‐20»"]),
        ("Förhållandet är 15/3 mellan grupperna.", ["number 15 «15»", "number 3 «3»"]),
        ("Vi har 3 jan-projekt.", ["number 3 «3»"]),
        // Times of day
        ("Anbud ska vara inne senast kl. 14.00.", ["time 14 time «kl. 14.00»"]),
        ("Öppet kl 9–16 på vardagar.", ["time 9 time «kl 9–16»"]),
        ("Mötet börjar klockan 10:30.", ["time 10,5 time «klockan 10:30»"]),
        // Things that are not quantities, or not the kind they look like
        ("Se avsnitt 4.2.1 i bilaga 3.", ["number 3 «3»"]),
        ("Enligt SFS 2016:1145 gäller detta.", []),
        ("Ring 023-123 45 för frågor.", ["number 23 «023»", "number 123 «123»", "number 45 «45»"]),
        ("Certifiering enligt ISO 9001:2015 krävs.", []),
        ("Standarden EN 1176 gäller.", ["number 1176 «1176»"]),
        ("Leverantören ska ha minst 50 anställda.", ["number 50 «50»"]),
        ("Minst 3 000 kvadratmeter ska städas.", ["number 3000 «3 000»"]),
        ("En leverantör med ett kontor.", []),
        ("Kontakta Mats på 070-123 45 67.", ["number 70 «070»", "number 123 «123»", "number 45 «45»", "number 67 «67»"]),
        ("Den 4:e ringen.", []),
        ("Hemtjänst för 65 år och äldre.", ["duration 65 years «65 år»"]),
        ("Belopp anges i kr exklusive moms.", []),
        ("Ange pris i SEK.", []),
        ("Mätning varje år.", []),
        ("Fordonet får väga högst 3,5 ton.", ["number 3,5 «3,5»"]),
        ("Dokumentet är version 2.1.", ["number 2,1 «2.1»"]),
        ("Försäkringen ska gälla med minst 10 MSEK per skadetillfälle.", ["money 10000000 kronor «10 MSEK»"]),
        ("Ansvarsförsäkring om 5 000 000 kronor per skada och 10 000 000 kronor per år.",
         ["money 5000000 kronor «5 000 000 kronor»", "money 10000000 kronor year «10 000 000 kronor per år»"]),
        ("Omsättning: 2024: 4 mkr, 2025: 5 mkr.", ["number 2024 «2024»", "money 4000000 kronor «4 mkr»", "number 2025 «2025»", "money 5000000 kronor «5 mkr»"]),
    ]

    @Test(arguments: cases.indices)
    func quantity(_ index: Int) {
        let (text, expected) = Self.cases[index]
        #expect(Self.describe(text) == expected, "«\(text)»")
    }

    @Test func enoughCases() {
        #expect(Self.cases.count >= 100)
    }

    @Test func numberWords() {
        let words: [String: Int] = [
            "fem": 5, "tjugofem": 25, "sjutton": 17, "etthundra": 100, "tvåhundrafemtio": 250, "tusen": 1000,
            "femtusen": 5000, "tretusenfemhundra": 3500, "nittionio": 99, "elva": 11, "aderton": 18,
        ]
        for (word, value) in words { #expect(QuantityRecognizer.value(ofWord: word) == value, "\(word)") }
        for word in ["femma", "entreprenör", "tiotal", "fems", ""] { #expect(QuantityRecognizer.value(ofWord: word) == nil, "\(word)") }
    }

    @Test func durationsConvert() throws {
        let tokens = Tokenizer.tokenize(Array("inom 18 månader och 2 veckor och 90 minuter".unicodeScalars))
        let found = QuantityRecognizer(tokens).quantities()
        #expect(try #require(found[0].years) == 1.5)
        #expect(abs(try #require(found[1].years) - 14 / 365.25) < 1e-9)
        #expect(try #require(found[2].hours) == 1.5)
    }

    @Test func dayNumbers() {
        #expect(Quantity.Day(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(Quantity.Day(year: 2026, month: 3, day: 15).dayNumber! - Quantity.Day(year: 2026, month: 2, day: 8).dayNumber! == 35)
        #expect(Quantity.Day(year: 2024, month: 3, day: 1).dayNumber! - Quantity.Day(year: 2024, month: 2, day: 28).dayNumber! == 2)
        #expect(Quantity.Day(year: nil, month: 3, day: 1).dayNumber == nil)
    }

    @Test func formatting() {
        #expect(Quantity.group(20_000_000) == "20 000 000")
        #expect(Quantity.group(2.5) == "2,5")
        #expect(Quantity.group(1234.05) == "1 234,05")
        #expect(Quantity.group(999) == "999")
    }
}
