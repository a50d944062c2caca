extension LegalCitationRecognizer {
    // MARK: Other sources

    /// EU law: `artikel 58.3 i direktiv 2014/24/EU`, `art. 42`, `Europaparlamentets och rådets
    /// direktiv 2014/24/EU`, `förordning (EU) 2016/679`, `dataskyddsförordningen`, `GDPR`.
    func euLaw(at index: Int) -> Int? {
        if isKey(index, ["artikel", "art.", "artiklarna", "skäl", "skälen"]), index + 1 < tokens.count,
           tokens[index + 1].kind == .number {
            var end = index + 2
            if letterSuffix(end) != nil, isKey(end + 1, ["i", "enligt", ",", "."]) { end += 1 }  // `artikel 6.1 c`
            while isKey(end, ["och", ",", "–", "-"]), end + 1 < tokens.count, tokens[end + 1].kind == .number,
                  !isChapterWord(end + 2), !isSection(end + 2) { end += 2 }
            if isKey(end, ["i", "enligt"]) {
                if let act = euAct(at: end + 1) ?? treaty(at: end + 1) { return act }
                // `Artikel 12 i sortimentslistan`: an article of something that is not EU law.
                return nil
            }
            if let act = euAct(at: end) { return act }
            // `artikel 17B` of a price list: a letter glued to the number.
            if end < tokens.count, tokens[end].kind == .word, tokens[end].start == tokens[end - 1].end { return nil }
            return isKey(index, ["skäl", "skälen"]) ? nil : end
        }
        // `kapitel V i dataskyddsförordningen`: a chapter of an EU act, often in Roman numerals.
        if isKey(index, ["kapitel", "kap."]), index + 2 < tokens.count,
           tokens[index + 1].kind == .number || raw(index + 1).allSatisfy({ "IVXL".contains($0) }),
           isKey(index + 2, "i"), let act = euAct(at: index + 3) ?? treaty(at: index + 3) {
            return act
        }
        if let act = euAct(at: index) ?? treaty(at: index) { return act }
        // `89/665/EEG`: a directive's number with its union mark needs no `direktiv`.
        if index == 0 || !isKey(index - 1, "/"), let end = euNumber(index), isKey(end - 2, "/"),
           isKey(end - 1, ["eu", "eg", "eeg"]), tokens[index].kind == .number {
            return end
        }
        return nil
    }

    static let months: Set<String> = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
    ]

    /// `den 26 februari 2014`, `av den 10 maj 2012`, `den 2023-05-04`: the index after a date, or nil.
    func date(at index: Int) -> Int? {
        var cursor = index
        if isKey(cursor, "av") { cursor += 1 }
        guard isKey(cursor, "den"), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number else { return nil }
        if isKey(cursor + 2, Self.months), cursor + 3 < tokens.count, tokens[cursor + 3].kind == .number { return cursor + 4 }
        return raw(cursor + 1).count == 10 ? cursor + 2 : nil
    }

    /// `(EU)`, `(EG)`: the index after it.
    func unionMark(_ index: Int) -> Int {
        isKey(index, "(") && isKey(index + 1, ["eu", "eg", "eeg", "euratom"]) && isKey(index + 2, ")") ? index + 3 : index
    }

    func euAct(at index: Int) -> Int? {
        var cursor = index
        if isKey(cursor, "europaparlamentets"), isKey(cursor + 1, "och"), isKey(cursor + 2, "rådets") { cursor += 3 }
        else if isKey(cursor, ["rådets", "kommissionens"]) { cursor += 1 }
        if isKey(cursor, ["delegerade", "delegerad"]) { cursor += 1 }
        // `EU:s dataskyddsförordning`
        if cursor == index, isKey(cursor, "eu:s"), isKey(cursor + 1, ["dataskyddsförordning", "dataskyddsförordningen"]) {
            return cursor + 2
        }
        let word = cursor < tokens.count ? key(cursor) : ""
        if ["direktiv", "direktivet", "förordning", "förordningen", "genomförandeförordning", "genomförandeförordningen",
            "beslut", "beslutet"].contains(word) {
            var after = unionMark(cursor + 1)
            if isKey(after, ["nr", "nr."]) { after += 1 }
            guard var end = euNumber(after) else { return nil }
            // `av den 26 februari 2014 om offentlig upphandling och om upphävande av direktiv 2004/18/EG`:
            // the title follows the date (without one, `om …` is the writer's own words).
            if let afterDate = date(at: end) {
                end = afterDate
                if isKey(end, "om") { end = actTitle(end + 1) }
            }
            return end
        }
        if cursor == index, isKey(cursor, ["dataskyddsförordningen", "gdpr"]) {
            if raw(cursor) == "gdpr" { return nil }
            return cursor + 1
        }
        return nil
    }

    /// The title after `om`: lowercase words, little joining words, and a directive it repeals.
    func actTitle(_ index: Int) -> Int {
        var cursor = index
        var end = index - 1
        while cursor < tokens.count, cursor - index < 24, tokens[cursor].sentence == tokens[index - 1].sentence {
            if isKey(cursor, ["direktiv", "förordning"]), let number = euNumber(unionMark(cursor + 1)) {
                cursor = number
                end = cursor
                continue
            }
            guard tokens[cursor].kind == .word, !tokens[cursor].isCapitalized, !Self.titleStops.contains(key(cursor))
                || isKey(cursor, "om") else { break }
            cursor += 1
            if !Self.titleJoiners.contains(key(cursor - 1)), !isKey(cursor - 1, "om") { end = cursor }
        }
        return max(end, index - 1) == index - 1 ? index - 1 : end
    }

    /// `fördraget om Europeiska unionens funktionssätt`, `EUF-fördraget`.
    func treaty(at index: Int) -> Int? {
        if isKey(index, ["euf-fördraget", "eu-fördraget", "fördraget"]) {
            guard key(index) == "fördraget" else { return index + 1 }
            guard isKey(index + 1, "om") else { return nil }
            var cursor = index + 2
            while cursor < tokens.count, tokens[cursor].kind == .word, cursor - index < 7, !Self.titleStops.contains(key(cursor)) {
                cursor += 1
            }
            return cursor > index + 2 ? cursor : nil
        }
        return nil
    }

    /// `2014/24/EU`, `2016/679`, `(EU) 2016/679`.
    func euNumber(_ index: Int) -> Int? {
        guard index + 2 < tokens.count, tokens[index].kind == .number, isKey(index + 1, "/"),
              tokens[index + 2].kind == .number else { return nil }
        var end = index + 3
        if isKey(end, "/"), isKey(end + 1, ["eu", "eg", "eeg"]) { end += 2 }
        return end
    }

    /// `prop. 2015/16:195 s. 123`, `SOU 2014:51`, `Ds 2013:5`, `dir. 2019:12`.
    func preparatoryWork(at index: Int) -> Int? {
        var end: Int?
        // `avsnitt 8.2.2 i kommitténs betänkande`, `avsnitt 5 i prop. 2015/16:195`: a section
        // of preparatory works (a section of any other document is not a citation).
        if index + 2 < tokens.count, tokens[index + 1].kind == .number, isKey(index, Self.sectionOfWork) {
            var cursor = index + 2
            while isKey(cursor, Self.listJoiners), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number { cursor += 2 }
            guard isKey(cursor, "i") else { return nil }
            cursor += 1
            if !isKey(cursor, Self.sectionOfWork), let work = preparatoryWork(at: cursor) { return work }
            if isKey(cursor, Self.workAuthors) { cursor += 1 }
            return isKey(cursor, Self.preparatoryDocuments) ? cursor + 1 : nil
        }
        if isKey(index, ["prop.", "proposition", "propositionen"]), index + 3 < tokens.count,
           tokens[index + 1].kind == .number, isKey(index + 2, "/"), sfsNumber(index + 3) != nil || tokens[index + 3].kind == .number {
            end = index + 4
        } else if index + 4 < tokens.count, tokens[index + 1].kind == .number, isKey(index, Self.billWords), year(index + 1) {
            // Older bills: `prop. 1958:B 6` (a session's letter), `Prop. 1952 nr 187`.
            if isKey(index + 2, ":"), touching(index + 1, index + 2), ["A", "B"].contains(raw(index + 3)), smallNumber(index + 4) != nil {
                end = index + 5
            } else if isKey(index + 2, Self.numberWords), smallNumber(index + 3) != nil {
                end = index + 4
            }
        } else if ["SOU", "Ds"].contains(raw(index)), sfsNumber(index + 1) != nil {
            end = index + 2
        } else if raw(index) == "bet." || raw(index) == "rskr." {
            if index + 3 < tokens.count, tokens[index + 1].kind == .number, isKey(index + 2, "/") {
                end = index + 4
                // `bet. 2016/17:FiU5`
                if isKey(index + 4, ":"), index + 5 < tokens.count, tokens[index + 5].kind == .word { end = index + 6 }
            }
        }
        guard var cursor = end else { return nil }
        if isKey(cursor, "del"), smallNumber(cursor + 1) != nil { cursor += 2 }
        if isKey(cursor, ["s.", "sid.", "sidan"]), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number {
            cursor += 2
            if isKey(cursor, ["f.", "ff."]) { cursor += 1 }
            while isKey(cursor, ["och", ",", "–", "-"]), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number { cursor += 2 }
        }
        return cursor
    }

    static let sectionOfWork: Set<String> = ["avsnitt", "avsnitten", "kapitel", "kap."]
    static let listJoiners: Set<String> = ["och", ",", "–", "-"]
    static let workAuthors: Set<String> = ["kommitténs", "utredningens", "utredarens", "departementets", "regeringens", "lagrådets"]
    static let billWords: Set<String> = ["prop.", "proposition"]
    static let numberWords: Set<String> = ["nr", "nr."]
    static let celexWords: Set<String> = ["celex", "celex-nummer", "celexnummer"]

    /// Documents of the legislative process a section can be cited in.
    static let preparatoryDocuments: Set<String> = [
        "betänkande", "betänkandet", "propositionen", "promemorian", "departementspromemorian", "lagrådsremissen",
        "förarbetena", "direktiven", "kommittédirektiven", "utskottsbetänkandet",
    ]

    /// A four-digit year from 1800 to 2099, as its own token.
    func year(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .number else { return false }
        let value = raw(index)
        return value.count == 4 && value.allSatisfy(\.isNumber) && (value.hasPrefix("18") || value.hasPrefix("19") || value.hasPrefix("20"))
    }

    /// The courts' report series cited by year and number: `AD 2004 nr 45`, `MD 2010:12`,
    /// `MÖD 2015:7`, `MIG 2007:37`, `RH 2009:45`, `NJA 2010 s. 123`, `HFD 2018 ref. 67`.
    static let reportSeries: Set<String> = ["HFD", "RÅ", "NJA", "AD", "MÖD", "MD", "MIG", "RH", "PMÖD", "PMD", "FÖD", "RK"]

    /// CELEX document kinds: legislation (L directive, R regulation, D decision …) and case
    /// law (CJ judgment, CC opinion of the Advocate General, CO order …).
    static let celexKinds: Set<String> = [
        "L", "R", "D", "F", "H", "M", "X", "A", "C", "E", "K", "P", "G", "CJ", "TJ", "CC", "CO", "CN", "CA", "TO", "TA", "PC",
        "DC", "SC", "JC",
    ]

    /// A CELEX number of EU law, `32014L0024` (sector, year, kind, number) or `62015CJ0171`
    /// (a judgment): the tokenizer splits it into the digits and the letters with their number.
    func celex(at index: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index].kind == .number, touching(index, index + 1),
              tokens[index + 1].kind == .word else { return nil }
        let digits = raw(index), rest = Array(raw(index + 1).unicodeScalars)
        guard digits.count == 5, digits.allSatisfy(\.isNumber), digits.first != "0", rest.count >= 5, rest.count <= 6 else { return nil }
        let letters = rest.prefix { $0.properties.isUppercase && ("A"..."Z").contains($0) }
        let number = rest.dropFirst(letters.count)
        guard (1...2).contains(letters.count), number.count == 4, number.allSatisfy(Tokenizer.isDigit),
              Self.celexKinds.contains(String(String.UnicodeScalarView(letters))),
              digits.dropFirst().hasPrefix("19") || digits.dropFirst().hasPrefix("20") else { return nil }
        return index + 2
    }

    /// `HFD 2018 ref. 67`, `RÅ 2005 ref. 47`, `NJA 2010 s. 123`, `mål C-368/10`,
    /// `Kammarrättens i Göteborg dom i mål nr 1234-22`, `mål nr 1234-22`.
    func caseLaw(at index: Int) -> Int? {
        let name = raw(index)
        // `CELEX 32014L0024`, `CELEX-nummer 62015CJ0171`, or the number alone.
        if tokens[index].kind == .word, isKey(index, Self.celexWords), let end = celex(at: index + 1) { return end }
        if let end = celex(at: index) { return end }
        if Self.reportSeries.contains(name), index + 1 < tokens.count, let number = sfsNumber(index + 1),
           number.hasPrefix("19") || number.hasPrefix("20") {
            return index + 2  // `MÖD 2015:7`: year and number in one token
        }
        if Self.reportSeries.contains(name), index + 1 < tokens.count, year(index + 1) {
            var cursor = index + 2
            if isKey(cursor, ["ref.", "ref", "s.", "not", "not.", "nr"]), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number {
                cursor += 2
            } else if isKey(cursor, ":"), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number {
                cursor += 2
            } else if isKey(cursor, "not"), isKey(cursor + 1, "."), cursor + 2 < tokens.count, tokens[cursor + 2].kind == .number {
                cursor += 3  // `HFD 2016 not. 12`
            } else {
                return nil
            }
            return cursor
        }
        var cursor = index
        // A court and its decision: `Kammarrättens i Göteborg dom`, `Högsta förvaltningsdomstolens dom den 14
        // juni 2021`, `EU-domstolens dom av den 10 maj 2012`, then `i mål …`. A court without `dom`
        // (`prövats av EU-domstolen i mål …`) is not part of the citation.
        let court = key(cursor)
        var afterCourt = cursor
        if court.hasPrefix("kammarrätt") || court.hasPrefix("förvaltningsrätt") || court.hasPrefix("tingsrätt")
            || court.hasPrefix("hovrätt") || ["kamr", "hovr", "fr", "tr"].contains(court) && tokens[cursor].isCapitalized {
            afterCourt += 1
            if isKey(afterCourt, "i"), afterCourt + 1 < tokens.count, tokens[afterCourt + 1].isCapitalized { afterCourt += 2 }
            // `KamR Jönköping`
            else if afterCourt < tokens.count, tokens[afterCourt].kind == .word, tokens[afterCourt].isCapitalized,
                    court.count <= 4 { afterCourt += 1 }
            // `Kammarrätten i Sundsvall, dom …`
            if isKey(afterCourt, ","), isKey(afterCourt + 1, ["dom", "beslut"]) { afterCourt += 1 }
        } else if court == "högsta" || court == "högstas",
                  isKey(cursor + 1, ["förvaltningsdomstolen", "förvaltningsdomstolens", "domstolen", "domstolens"]) {
            afterCourt += 2
        } else if ["eu-domstolen", "eu-domstolens", "förstainstansrätten", "domstolens", "unionsdomstolens", "tribunalens"]
                    .contains(court) {
            afterCourt += 1
        }
        if afterCourt > cursor {
            if isKey(afterCourt, ["dom", "domar", "beslut", "avgörande", "avgörandet", "förhandsavgörande"]) {
                cursor = afterCourt + 1
                if let afterDate = date(at: cursor) {
                    cursor = afterDate
                } else if cursor < tokens.count, tokens[cursor].kind == .number, raw(cursor).count == 10 {
                    cursor += 1  // `dom 2021-11-30`
                }
                if isKey(cursor, "i") { cursor += 1 }
            } else if court.count <= 4, isKey(afterCourt, ["mål", "målet"]) || (isKey(afterCourt, "i") && isKey(afterCourt + 1, ["mål", "målet"])) {
                cursor = isKey(afterCourt, "i") ? afterCourt + 1 : afterCourt  // `KamR Jönköping mål nr 2233-21`
            } else {
                return nil
            }
        }
        // `C-454/06` alone: the EU courts' case numbers need no `mål`.
        // (Only after punctuation or a pointing word: `Modell C-240/10` is a product.)
        if cursor == index, isCaseNumber(cursor), isKey(cursor + 1, "/"), cursor + 2 < tokens.count,
           tokens[cursor + 2].kind == .number, touching(cursor, cursor + 1),
           cursor == 0 || tokens[cursor - 1].kind == .punctuation || isKey(cursor - 1, ["jfr", "jfr.", "se", "och", "samt"]) {
            return cursor + 3
        }
        if isKey(cursor, "förenade"), isKey(cursor + 1, ["målen", "mål"]) { cursor += 1 }
        if isKey(cursor, ["mål", "målet", "målen"]) {
            var after = cursor + 1
            if isKey(after, ["nr", "nr."]) { after += 1 }
            // `C-368/10` (EU court), `1234-22`, `1234-1236-22`, lists of them.
            var end: Int?
            while true {
                if after < tokens.count, isCaseNumber(after),
                   isKey(after + 1, "/"), after + 2 < tokens.count, tokens[after + 2].kind == .number {
                    end = after + 3
                } else if after + 2 < tokens.count, tokens[after].kind == .number, isKey(after + 1, "-"),
                          tokens[after + 2].kind == .number {
                    end = after + 3
                } else if after + 3 < tokens.count, ["T", "B", "Ö", "O"].contains(raw(after)), tokens[after + 1].kind == .number,
                          isKey(after + 2, "-"), tokens[after + 3].kind == .number {
                    end = after + 4  // Högsta domstolen: `mål T 3393-19`
                } else {
                    break
                }
                guard let current = end, isKey(current, ["och", ","]) else { break }
                after = current + 1
            }
            return end
        }
        return nil
    }

    /// `C-368`, `T-12`, `F-4`: the start of an EU court's case number.
    func isCaseNumber(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        let scalars = text.scalars[tokens[index].range]
        guard scalars.count >= 3, let first = scalars.first, first == "C" || first == "T" || first == "F",
              scalars[scalars.startIndex + 1] == "-" else { return false }
        return scalars.dropFirst(2).allSatisfy(Tokenizer.isDigit)
    }

    func touching(_ left: Int, _ right: Int) -> Bool { right < tokens.count && tokens[left].end == tokens[right].start }
}
