import TenderLintCore

/// Finds Swedish legal citations in a block's tokens with a small grammar, one citation per
/// whole reference: `14 kap. 4 § första stycket LOU`, `22, 23 och 26 §§`, `lagen (2016:1145) om
/// offentlig upphandling`, `artikel 58.3 i direktiv 2014/24/EU`, `prop. 2015/16:195 s. 123`,
/// `HFD 2018 ref. 67`. A `§` (or a chapter written `kap.`) anchors a provision; stycken,
/// punkter and meningar count only after one, so `3 st. datorer` and `punkt 3` of a tender's
/// own list are not citations.
public struct LegalCitationRecognizer {
    let text: TokenizedText
    let tokens: [Token]

    public init(_ text: TokenizedText) {
        self.text = text
        tokens = text.tokens
    }

    /// Statute abbreviations, as written (case matters: `FL` is a law, `fl` is not).
    public static let abbreviations: [String: String] = [
        "LOU": "LOU", "LUF": "LUF", "LUK": "LUK", "LUFS": "LUFS", "OSL": "OSL", "FL": "FL", "RB": "RB", "BrB": "BrB",
        "PBL": "PBL", "ÄB": "ÄB", "MBL": "MBL", "AvtL": "AvtL", "KöpL": "KöpL", "LOA": "LOA", "LOV": "LOV", "ÄLOU": "ÄLOU",
        "ÄLUF": "ÄLUF", "AML": "AML", "LAS": "LAS", "SoL": "SoL", "HSL": "HSL", "KL": "KL", "TF": "TF", "RF": "RF",
        "YGL": "YGL", "MB": "MB", "SkL": "SkL", "SFB": "SFB", "LSS": "LSS", "FPL": "FPL", "LUL": "LUL", "ABL": "ABL",
        "HB": "HB", "JB": "JB", "SkbrL": "SkbrL", "DL": "DL", "LOVA": "LOVA", "SFL": "SFL", "LEK": "LEK", "BFL": "BFL",
        "ML": "ML", "FB": "FB", "UF": "UF", "SäkL": "SäkL", "KkrL": "KkrL", "KköpL": "KköpL",
    ]

    /// Statutes known by name, which stand for themselves without a number (`enligt
    /// räntelagen`), with the abbreviation they go by.
    static let knownNames: [String: String?] = [
        "förvaltningslagen": "FL", "kommunallagen": "KL", "avtalslagen": "AvtL", "köplagen": "KöpL", "räntelagen": nil,
        "arbetsmiljölagen": "AML", "diskrimineringslagen": "DL", "miljöbalken": "MB", "skollagen": "SkL",
        "socialtjänstlagen": "SoL", "bokföringslagen": "BFL", "aktiebolagslagen": "ABL", "skatteförfarandelagen": "SFL",
        "förvaltningsprocesslagen": "FPL", "rättegångsbalken": "RB", "brottsbalken": "BrB", "jordabalken": "JB",
        "ärvdabalken": "ÄB", "föräldrabalken": "FB", "säkerhetsskyddslagen": "SäkL", "konsumentköplagen": "KköpL",
        "upphandlingslagen": nil, "upphandlingsförordningen": "UF", "mervärdesskattelagen": "ML",
        "offentlighets- och sekretesslagen": "OSL", "plan- och bygglagen": "PBL", "hälso- och sjukvårdslagen": "HSL",
        "medbestämmandelagen": "MBL", "anställningsskyddslagen": "LAS", "konkurrenslagen": nil, "tryckfrihetsförordningen": "TF",
        "regeringsformen": "RF", "arbetstidslagen": nil, "semesterlagen": nil, "skadeståndslagen": nil,
    ]

    /// The titles of statutes tenders often name in full, after the SFS number.
    static let titles: [String: [String]] = {
        let titles = [
            "2016:1145": "om offentlig upphandling", "2016:1146": "om upphandling inom försörjningssektorerna",
            "2016:1147": "om upphandling av koncessioner", "2011:1029": "om upphandling på försvars- och säkerhetsområdet",
            "2008:962": "om valfrihetssystem", "1992:1528": "om offentlig upphandling", "2007:1091": "om offentlig upphandling",
            "2007:1092": "om upphandling inom områdena vatten, energi, transporter och posttjänster",
            "2018:1277": "om elektroniska fakturor till följd av offentlig upphandling", "1982:80": "om anställningsskydd",
            "2018:218": "med kompletterande bestämmelser till EU:s dataskyddsförordning", "1994:260": "om offentlig anställning",
            "2019:668": "om upphandling av koncessioner", "2010:800": "skollag", "2001:453": "socialtjänstlag",
            "2017:30": "hälso- och sjukvårdslag", "1977:1160": "arbetsmiljölag", "1976:580": "om medbestämmande i arbetslivet",
            "1915:218": "om avtal och andra rättshandlingar på förmögenhetsrättens område", "1990:931": "köplag",
            "1975:635": "räntelag", "2011:1244": "skatteförfarandelag",
        ]
        return titles.mapValues { title in
            let scalars = Array(title.unicodeScalars)
            let tokenized = Tokenizer.tokenize(scalars)
            return tokenized.tokens.map { tokenized.key(of: $0) }
        }
    }()

    /// The statutes in force that tenders name by title without a number (`lagen om offentlig
    /// upphandling`), longest title first.
    static let currentTitles: [(title: [String], name: String, sfs: String)] = {
        ["2016:1145": "LOU", "2016:1146": "LUF", "2016:1147": "LUK", "2011:1029": "LUFS", "2008:962": "LOV",
         "1982:80": "LAS", "1976:580": "MBL", "2018:1277": "e-fakturalagen"]
            .compactMap { sfs, name in titles[sfs].map { ($0, name, sfs) } }
            .sorted { $0.title.count > $1.title.count }
    }()

    /// The index after a known title that starts at `index`, or nil.
    private func matchTitle(_ title: [String], at index: Int) -> Int? {
        guard !title.isEmpty, index + title.count <= tokens.count else { return nil }
        for (offset, word) in title.enumerated() where key(index + offset) != word { return nil }
        return index + title.count
    }

    /// SFS numbers of statutes tenderlint knows by abbreviation.
    public static let sfsNumbers: [String: String] = [
        "2016:1145": "LOU", "2016:1146": "LUF", "2016:1147": "LUK", "2011:1029": "LUFS", "2009:400": "OSL",
        "2017:900": "FL", "2008:962": "LOV", "2007:1091": "ÄLOU", "2007:1092": "ÄLUF",
    ]

    private static let ordinals: Set<String> = [
        "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte",
        "tolfte", "sista",
    ]
    private static let styckeWords: Set<String> = ["stycket", "styckena", "stycke", "st.", "st"]
    private static let punktWords: Set<String> = ["punkt", "punkten", "punkterna", "p."]
    private static let meningWords: Set<String> = ["meningen", "meningarna", "mening"]
    private static let listWords: Set<String> = ["och", "eller", "samt", ",", "–", "-", "—", "till"]
    /// Words that end a statute's title (`lagen (…) om offentlig upphandling ska …`).
    private static let titleStops: Set<String> = [
        "ska", "skall", "gäller", "får", "är", "var", "kan", "måste", "har", "enligt", "att", "som", "när", "där", "inte",
        "se", "även", "också", "men", "om", "eller", "samt", "bör", "skulle",
    ]
    /// Little words a title may hold (`om elektroniska fakturor till följd av offentlig
    /// upphandling`) but not end with.
    private static let titleJoiners: Set<String> = ["och", "i", "av", "till", "för", "vid", "med", "på", "inom", "mot"]
    /// Standard contracts cited like statutes: `AB 04 kap. 5 §` is a clause of a contract form.
    private static let standardContracts: Set<String> = ["AB", "ABT", "ABK", "ABM", "ABFF", "ABR", "ALOS", "NL", "NLM", "ÖB"]

    // MARK: Token helpers

    private func key(_ index: Int) -> String { text.key(of: tokens[index]) }

    private func raw(_ index: Int) -> String {
        String(String.UnicodeScalarView(text.scalars[tokens[index].range]))
    }

    private func isKey(_ index: Int, _ keys: Set<String>) -> Bool {
        index < tokens.count && keys.contains(key(index))
    }

    private func isKey(_ index: Int, _ value: String) -> Bool {
        index < tokens.count && key(index) == value
    }

    /// A small whole number (a chapter, section or point), as written.
    private func smallNumber(_ index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        let value = raw(index)
        guard value.count <= 3, value.allSatisfy(\.isNumber) else { return nil }
        return value
    }

    /// A single lowercase letter after a number: `3 a §`.
    private func letterSuffix(_ index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let value = raw(index)
        guard value.count == 1, let scalar = value.unicodeScalars.first, scalar.properties.isLowercase,
              "abcdefghijklmnopqrstuvwxyz".unicodeScalars.contains(scalar) else { return nil }
        return value
    }

    /// A number with an optional letter: returns the id (`3 a`) and the index after it.
    private func numberWithLetter(_ index: Int) -> (String, Int)? {
        guard let number = smallNumber(index) else { return nil }
        if let letter = letterSuffix(index + 1), index + 2 < tokens.count,
           isKey(index + 2, ["§", "§§", "kap.", "kap", ",", "och", "eller", "–", "-"]) {
            return ("\(number) \(letter)", index + 2)
        }
        return (number, index + 1)
    }

    private func isSection(_ index: Int) -> Bool { isKey(index, ["§", "§§"]) }

    private func isChapterWord(_ index: Int) -> Bool { isKey(index, ["kap.", "kap", "kapitlet"]) }

    /// `(2016:1145)`: the SFS number and the index after the closing parenthesis.
    private func parenthesizedSFS(_ index: Int) -> (String, Int)? {
        guard isKey(index, "(") else { return nil }
        let number = isKey(index + 1, "sfs") ? index + 2 : index + 1
        guard number + 1 < tokens.count, let sfs = sfsNumber(number), isKey(number + 1, ")") else { return nil }
        return (sfs, number + 2)
    }

    private func sfsNumber(_ index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        let value = raw(index)
        let parts = value.split(separator: ":")
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isNumber), parts[1].allSatisfy(\.isNumber) else {
            return nil
        }
        return value
    }

    // MARK: Statutes

    struct Statute {
        var end: Int
        var name: String?
        var sfs: String?
    }

    /// A statute reference starting at `index`: an abbreviation (also in parentheses), `SFS
    /// 2016:1145`, `lagen (2016:1145) om …`, `offentlighets- och sekretesslagen (2009:400)`,
    /// `förvaltningslagen`, with an optional `(LOU)` after a name.
    private func statute(at index: Int, requireNumberForNames: Bool) -> Statute? {
        guard index < tokens.count else { return nil }
        if isKey(index, "("), index + 2 < tokens.count, let name = Self.abbreviations[raw(index + 1)], isKey(index + 2, ")") {
            return Statute(end: index + 3, name: name)
        }
        if let name = Self.abbreviations[raw(index)] ?? lowercaseAbbreviation(index) {
            var end = index + 1
            var sfs: String?
            if let (number, after) = parenthesizedSFS(end) {
                sfs = number
                end = after
            }
            // `LOU (2007:1091)` is the repealed LOU: the number decides.
            return Statute(end: end, name: sfs.flatMap { Self.sfsNumbers[$0] } ?? name, sfs: sfs)
        }
        if isKey(index, "sfs"), let number = sfsNumber(index + 1) {
            return Statute(end: index + 2, name: Self.sfsNumbers[number], sfs: number)
        }
        // Names: `lag`, `lagen`, `förordningen`, `…lagen`, `…balken`, with a preceding `X- och`.
        var start = index
        if tokens[start].kind == .word, isKey(start + 1, "-"), isKey(start + 2, ["och", "eller"]) { start += 3 }
        guard start < tokens.count, tokens[start].kind == .word else { return nil }
        let word = key(start)
        let isGeneric = word == "lag" || word == "lagen" || word == "förordning" || word == "förordningen"
        let isName = isGeneric || word.hasSuffix("lagen") || word.hasSuffix("balken") || word.hasSuffix("förordningen")
            || word.hasSuffix("lag") || word == "regeringsformen"
        guard isName, word != "underlag", word != "underlagen", word != "förslag" else { return nil }
        let known = start == index ? Self.knownNames[word] : Self.knownNames[key(start - 3) + "- " + key(start - 1) + " " + word]
        var end = start + 1
        var sfs: String?
        var titleName: String?
        if let (number, after) = parenthesizedSFS(end) {
            sfs = number
            end = after
        } else if isGeneric, isKey(end, "om"), let current = Self.currentTitles.first(where: { matchTitle($0.title, at: end) != nil }) {
            // `lagen om offentlig upphandling`: a statute in force, named by its title.
            end = matchTitle(current.title, at: end)!
            titleName = current.name
            if let (number, after) = parenthesizedSFS(end) {  // `lagen om offentlig upphandling (SFS 2016:1145)`
                sfs = number
                end = after
            }
        } else if (requireNumberForNames && known == nil) || isGeneric {
            return nil
        }
        // The title: `om offentlig upphandling`, as the statute has it when it is known; a
        // generic `lag`/`lagen` may have any title (`om ersättning för inkassokostnader m.m.`).
        if let sfs, let title = Self.titles[sfs], let afterTitle = matchTitle(title, at: end) {
            end = afterTitle
        } else if isGeneric, titleName == nil, isKey(end, "om") {
            // `lag (2021:1110) om ändring i lagen (2016:1145) om offentlig upphandling`
            if isKey(end + 1, "ändring"), isKey(end + 2, "i"), let amended = statute(at: end + 3, requireNumberForNames: true) {
                return Statute(end: amended.end, name: nil, sfs: sfs)
            }
            var cursor = end + 1
            while cursor < tokens.count, tokens[cursor].kind == .word, tokens[cursor].sentence == tokens[end].sentence,
                  !tokens[cursor].isCapitalized, !Self.titleStops.contains(key(cursor)), cursor - end <= 10 {
                cursor += 1
            }
            while cursor > end + 1, Self.titleJoiners.contains(key(cursor - 1)) { cursor -= 1 }
            if cursor > end + 1 {
                end = cursor
                if isKey(end, "m.m.") { end += 1 }
            }
        }
        var name = sfs.flatMap { Self.sfsNumbers[$0] } ?? titleName ?? known ?? nil
        if isKey(end, "("), end + 2 < tokens.count, let abbreviation = Self.abbreviations[raw(end + 1)], isKey(end + 2, ")") {
            name = name ?? abbreviation
            end += 3
        }
        return Statute(end: end, name: name, sfs: sfs)
    }

    /// Abbreviations of three letters or more that are no Swedish word, which careless writers
    /// put in lowercase (`14 kap 3§ lou`): taken only right after a provision.
    private static let lowercaseSafe: Set<String> = ["LOU", "LUF", "LUK", "LUFS", "OSL", "PBL", "MBL", "SFL", "ABL", "AML", "LSS", "HSL", "LOA"]

    private func lowercaseAbbreviation(_ index: Int) -> String? {
        guard index > 0, tokens[index].kind == .word, isSection(index - 1) || isChapterWord(index - 1)
                || tokens[index - 1].kind == .number || isKey(index - 1, ["st.", "st", "stycket", "p."]) else { return nil }
        let upper = raw(index).uppercased()
        return raw(index) == upper.lowercased() && Self.lowercaseSafe.contains(upper) ? Self.abbreviations[upper] : nil
    }

    /// A statute after a provision: `LOU`, `(LOU)`, `i LOU`, `i lagen (2016:1145) om …`, `förvaltningslagen`.
    private func statuteAfter(_ index: Int) -> Statute? {
        if let statute = statute(at: index, requireNumberForNames: false) { return statute }
        if isKey(index, ["i", "enligt"]), let statute = statute(at: index + 1, requireNumberForNames: false) { return statute }
        return nil
    }

    // MARK: Provisions

    struct Parsed {
        var end: Int
        var provision: LegalCitation.Provision
        /// Whether the provision has a `§` (else it is a chapter written `N kap.`).
        var hasSection: Bool
        /// `1–3 kap.`: the chapters after the first.
        var extraChapters: [String] = []

        var provisions: [LegalCitation.Provision] {
            [provision] + extraChapters.map { .init(chapter: $0, sections: []) }
        }
    }

    /// `4 kap. 17 §`, `17 §`, `3 a §`, `22, 23 och 26 §§`, `6–9 §§`, `§ 17`, `4 kap.`, `kapitel 4`,
    /// `2 kap. 3 och 4 §§`, `1–3 kap.`, each with stycken, punkter and meningar after it. With
    /// `statuteKnown` (`LOU kapitel 14`), a chapter needs neither its period nor a statute after.
    private func provision(at index: Int, statuteKnown: Bool = false) -> Parsed? {
        var cursor = index
        var chapter: String?
        var chapterWritten = false
        if let (chapters, after) = sectionList(cursor), isChapterWord(after) {
            // `4 kap.`, `19 a kap.`, `1–3 kap.`
            chapterWritten = raw(after) == "kap." || raw(after) == "kapitlet"
            cursor = after + 1
            if chapters.count > 1 {
                guard chapterWritten || statuteKnown || statuteAfter(cursor) != nil else { return nil }
                return Parsed(end: cursor, provision: .init(chapter: chapters[0], sections: []), hasSection: false,
                              extraChapters: Array(chapters.dropFirst()))
            }
            chapter = chapters[0]
        } else if isKey(cursor, ["kapitel", "kap."]), let (number, after) = numberWithLetter(cursor + 1) {
            chapter = number
            cursor = after
        }
        if isSection(cursor), let (number, after) = numberWithLetter(cursor + 1) {
            // `§ 17` is also how contracts and minutes number their paragraphs: without a chapter
            // it is law only with a statute named before or after it (`§ 36 avtalslagen`).
            let end = qualifiers(pointNumber(following(after)))
            guard chapter != nil || (!isOwnParagraph(sign: cursor, numberEnd: after) && (statuteKnown || statuteAfter(end) != nil))
            else { return nil }
            return Parsed(end: end, provision: .init(chapter: chapter, sections: [number]), hasSection: true)
        }
        if let (sections, listEnd) = sectionList(cursor) {
            // `7 f. §§`: the section and the next; `17 § ff.`: and those after.
            let after = isKey(listEnd, ["f.", "ff."]) && isSection(listEnd + 1) ? listEnd + 1 : listEnd
            if isSection(after) {
                return Parsed(end: qualifiers(pointNumber(following(after + 1))), provision: .init(chapter: chapter, sections: sections),
                              hasSection: true)
            }
        }
        if let chapter {
            // A chapter alone: `N kap.` with its period, or any chapter before a statute.
            guard chapterWritten || statuteKnown || statuteAfter(cursor) != nil else { return nil }
            return Parsed(end: cursor, provision: .init(chapter: chapter, sections: []), hasSection: false)
        }
        return nil
    }

    /// `f.` or `ff.` right after a section (`17 § ff.`): the index after it.
    private func following(_ index: Int) -> Int { isKey(index, ["f.", "ff."]) ? index + 1 : index }

    private static let ownDocumentWords: Set<String> = [
        "avtalet", "avtalets", "ramavtalet", "ramavtalets", "kontraktet", "kontraktets", "protokollet", "protokollets",
        "avtal", "kontrakt", "ramavtal", "villkoren", "villkorens", "beslutet", "bolagsordningen", "bolagsordningens",
        "arbetsordningen", "reglementet", "reglementets", "stadgarna", "stadgarnas", "delegationsordningen", "policyn",
        "avtalsvillkoren", "kontraktsvillkoren", "föreskrifterna",
    ]

    /// `§ 12 i ramavtalet`, `Avtalets § 8`, `kommunstyrelsen 2026-02-10, § 45`, `KS § 112/2025`:
    /// a paragraph of a contract or of minutes, not of a statute.
    private func isOwnParagraph(sign: Int, numberEnd: Int) -> Bool {
        if sign > 0 {
            let before = sign - 1
            if Self.ownDocumentWords.contains(key(before)) { return true }
            if tokens[before].kind == .number || (isKey(before, ",") && before > 0 && tokens[before - 1].kind == .number) {
                return true
            }
            let word = raw(before)
            if word.count >= 2, word.count <= 4, word.unicodeScalars.allSatisfy(Tokenizer.isUppercase),
               Self.abbreviations[word] == nil {
                return true
            }
        }
        if isKey(numberEnd, "/") { return true }
        // `§ 12 i ramavtalet`, `§ 12 i detta avtal`, `Med § 12 avses i detta avtal`.
        var cursor = numberEnd
        if isKey(cursor, ["avses", "menas"]) { cursor += 1 }
        if isKey(cursor, "i") {
            cursor += 1
            if isKey(cursor, ["detta", "denna", "dessa"]) { cursor += 1 }
            if cursor < tokens.count, Self.ownDocumentWords.contains(key(cursor)) { return true }
        }
        return false
    }

    /// A point number right after `§` (`15 kap. 11 § 2 LOU`, `13 kap. 3 § 8 a`), taken when
    /// nothing but a statute, punctuation, a list word or the end follows it.
    private func pointNumber(_ index: Int) -> Int {
        guard let (_, after) = numberWithLetter(index) else { return index }
        var end = after
        if letterSuffix(end) != nil, !(end + 1 < tokens.count && tokens[end + 1].kind == .word
            && !tokens[end + 1].isCapitalized) {
            end += 1
        }
        if end >= tokens.count || tokens[end].kind == .punctuation || isKey(end, ["och", "eller", "samt", "första", "andra",
            "tredje", "i", "kan", "ska", "får", "gäller", "är", "har", "innebär", "anger", "säger", "om"])
            || statute(at: end, requireNumberForNames: false) != nil {
            return end
        }
        return index
    }

    /// Numbers joined by commas, `och`, `eller`, `till` or dashes: `22, 23 och 26`, `6–9`.
    private func sectionList(_ index: Int) -> ([String], Int)? {
        guard let (first, afterFirst) = numberWithLetter(index) else { return nil }
        var sections = [first]
        var cursor = afterFirst
        while isKey(cursor, Self.listWords), let (next, after) = numberWithLetter(cursor + 1) {
            sections.append(next)
            cursor = after
        }
        return (sections, cursor)
    }

    /// Stycken, punkter and meningar after a section: `första stycket 2`, `andra och tredje
    /// styckena`, `1 st.`, `punkt 3`, `p. 3`, `första meningen`.
    private func qualifiers(_ index: Int) -> Int {
        var cursor = index
        while true {
            let start = cursor
            // Ordinals joined by och/komma before stycket/meningen.
            var scan = cursor
            if isKey(scan, Self.ordinals) {
                scan += 1
                while isKey(scan, ["och", ",", "eller"]), isKey(scan + 1, Self.ordinals) { scan += 2 }
                if isKey(scan, Self.styckeWords) || isKey(scan, Self.meningWords) {
                    cursor = scan + 1
                    // `första stycket 2`: a point number right after.
                    if isKey(scan, Self.styckeWords), smallNumber(cursor) != nil, !isChapterWord(cursor + 1),
                       !isSection(cursor + 1), !isKey(cursor + 1, ["st.", "st"]) {
                        cursor += 1
                        // `första stycket 2 a`, unless the letter is a word of the sentence.
                        if letterSuffix(cursor) != nil, !(cursor + 1 < tokens.count && tokens[cursor + 1].kind == .word
                            && !tokens[cursor + 1].isCapitalized) {
                            cursor += 1
                        }
                        // `första stycket 2 och 3`, `första stycket 1-5`
                        while isKey(cursor, ["och", ",", "eller", "–", "-"]), smallNumber(cursor + 1) != nil,
                              !isChapterWord(cursor + 2), !isSection(cursor + 2) {
                            cursor += 2
                        }
                    }
                }
            } else if smallNumber(cursor) != nil, isKey(cursor + 1, ["st.", "st", "stycket"]) {
                cursor += 2
                // `1 st. 3`: a point of the paragraph, when nothing but a list word, punctuation
                // or a statute follows it.
                if smallNumber(cursor) != nil, !isChapterWord(cursor + 1), !isSection(cursor + 1), !isKey(cursor + 1, ["st.", "st"]) {
                    cursor = pointNumber(cursor)
                }
            } else if isKey(cursor, Self.punktWords), smallNumber(cursor + 1) != nil {
                cursor += 2
                while isKey(cursor, ["och", ",", "eller", "–", "-"]), smallNumber(cursor + 1) != nil { cursor += 2 }
            }
            if cursor == start {
                // `, första meningen` / `och punkt 3` after a qualifier.
                if isKey(cursor, [",", "och"]), cursor > index {
                    let next = qualifiers(cursor + 1)
                    if next > cursor + 1 { return next }
                }
                return cursor
            }
        }
    }

    // MARK: Other sources

    /// EU law: `artikel 58.3 i direktiv 2014/24/EU`, `art. 42`, `Europaparlamentets och rådets
    /// direktiv 2014/24/EU`, `förordning (EU) 2016/679`, `dataskyddsförordningen`, `GDPR`.
    private func euLaw(at index: Int) -> Int? {
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

    private static let months: Set<String> = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
    ]

    /// `den 26 februari 2014`, `av den 10 maj 2012`, `den 2023-05-04`: the index after a date, or nil.
    private func date(at index: Int) -> Int? {
        var cursor = index
        if isKey(cursor, "av") { cursor += 1 }
        guard isKey(cursor, "den"), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number else { return nil }
        if isKey(cursor + 2, Self.months), cursor + 3 < tokens.count, tokens[cursor + 3].kind == .number { return cursor + 4 }
        return raw(cursor + 1).count == 10 ? cursor + 2 : nil
    }

    /// `(EU)`, `(EG)`: the index after it.
    private func unionMark(_ index: Int) -> Int {
        isKey(index, "(") && isKey(index + 1, ["eu", "eg", "eeg", "euratom"]) && isKey(index + 2, ")") ? index + 3 : index
    }

    private func euAct(at index: Int) -> Int? {
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
    private func actTitle(_ index: Int) -> Int {
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
    private func treaty(at index: Int) -> Int? {
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
    private func euNumber(_ index: Int) -> Int? {
        guard index + 2 < tokens.count, tokens[index].kind == .number, isKey(index + 1, "/"),
              tokens[index + 2].kind == .number else { return nil }
        var end = index + 3
        if isKey(end, "/"), isKey(end + 1, ["eu", "eg", "eeg"]) { end += 2 }
        return end
    }

    /// `prop. 2015/16:195 s. 123`, `SOU 2014:51`, `Ds 2013:5`, `dir. 2019:12`.
    private func preparatoryWork(at index: Int) -> Int? {
        var end: Int?
        if isKey(index, ["prop.", "proposition", "propositionen"]), index + 3 < tokens.count,
           tokens[index + 1].kind == .number, isKey(index + 2, "/"), sfsNumber(index + 3) != nil || tokens[index + 3].kind == .number {
            end = index + 4
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

    /// `HFD 2018 ref. 67`, `RÅ 2005 ref. 47`, `NJA 2010 s. 123`, `mål C-368/10`,
    /// `Kammarrättens i Göteborg dom i mål nr 1234-22`, `mål nr 1234-22`.
    private func caseLaw(at index: Int) -> Int? {
        let name = raw(index)
        if ["HFD", "RÅ", "NJA", "AD", "MÖD"].contains(name), index + 1 < tokens.count, tokens[index + 1].kind == .number {
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
    private func isCaseNumber(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        let scalars = text.scalars[tokens[index].range]
        guard scalars.count >= 3, let first = scalars.first, first == "C" || first == "T" || first == "F",
              scalars[scalars.startIndex + 1] == "-" else { return false }
        return scalars.dropFirst(2).allSatisfy(Tokenizer.isDigit)
    }

    private func touching(_ left: Int, _ right: Int) -> Bool { right < tokens.count && tokens[left].end == tokens[right].start }

    // MARK: Citations

    /// Every citation in the block, in order, none overlapping.
    ///
    /// Every citation holds an anchor — `§`, `kap.`, `artikel`, `prop.`, `SOU`, `HFD`, `mål`, a
    /// statute's name or abbreviation, `SFS`, `direktiv` — and starts at most `window` tokens
    /// before it. Anchors are found by comparing token hashes, so a block without one costs a
    /// single pass and no strings, and the grammar only runs near anchors.
    public func citations() -> [LegalCitation] {
        guard let firstAnchor = tokens.indices.first(where: isAnchor) else { return [] }
        let anchors = [firstAnchor] + tokens.indices[(firstAnchor + 1)...].filter(isAnchor)
        var found: [LegalCitation] = []
        var next = 0
        var index = 0
        while index < tokens.count {
            while next < anchors.count, anchors[next] < index { next += 1 }
            guard next < anchors.count else { break }
            if index < anchors[next] - Self.window { index = anchors[next] - Self.window }
            if var citation = citation(at: index) {
                // `förordning (EU) 2016/679 (dataskyddsförordningen)`, `… funktionssätt (EUF-fördraget)`:
                // the short name in parentheses belongs to the citation.
                let end = citation.tokens.upperBound
                if isKey(end, "("), isKey(end + 2, ")"), let alias = alias(end + 1) {
                    citation.tokens = citation.tokens.lowerBound..<(end + 3)
                    if citation.statute == nil, !alias.isEmpty { citation.statute = alias }
                }
                found.append(citation)
                index = citation.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private static let euNames: Set<String> = ["gdpr", "dataskyddsförordningen", "euf-fördraget", "eu-fördraget"]

    /// A statute's short name: its abbreviation (returned) or a known name (empty string).
    private func alias(_ index: Int) -> String? {
        guard index < tokens.count else { return nil }
        if let abbreviation = Self.abbreviations[raw(index)] { return abbreviation }
        let word = key(index)
        if Self.euNames.contains(word) { return "" }
        if let known = Self.knownNames[word] { return known ?? "" }
        return nil
    }

    /// How far before its anchor a citation may start (`22, 23, 24, 25 och 26 §§`).
    static let window = 16

    private static func hashes(_ words: [String]) -> TokenHashSet {
        TokenHashSet(words: words)
    }

    private static let anchorWordList = [
        "§", "§§", "kap.", "kap", "kapitel", "kapitlet", "artikel", "art.", "artiklarna", "prop.", "proposition",
        "propositionen", "sou", "ds", "bet.", "rskr.", "hfd", "rå", "nja", "ad", "möd", "mål", "målet", "målen", "sfs",
        "direktiv", "direktivet", "förordning", "förordningen", "dataskyddsförordningen", "gdpr", "lag", "lagen",
        "genomförandeförordning", "genomförandeförordningen", "euf-fördraget", "eu-fördraget", "fördraget", "skäl",
        "eu", "eg", "eeg",
    ]
    private static let abbreviationHashes = hashes(Array(abbreviations.keys))
    private static let anchorOrAbbreviation = TokenHashSet(
        words: anchorWordList + Array(abbreviations.keys) + Array(knownNames.keys).filter { !$0.contains(" ") } + ["regeringsformen"])
    private static let nameEndings: [[Unicode.Scalar]] = ["lagen", "balken", "förordningen"].map { Array($0.unicodeScalars) }

    private func isAnchor(_ index: Int) -> Bool {
        let token = tokens[index]
        if Self.anchorOrAbbreviation.contains(token.hash) || isCaseNumber(index) { return true }
        // `…lagen`, `…balken`, `…förordningen` all end in `en`.
        guard token.kind == .word, token.end - token.start > 5, Tokenizer.lowercase(text.scalars[token.end - 1]) == "n",
              Tokenizer.lowercase(text.scalars[token.end - 2]) == "e" else { return false }
        let scalars = text.scalars[token.range]
        return Self.nameEndings.contains { ending in
            scalars.count >= ending.count && zip(scalars.suffix(ending.count), ending).allSatisfy { Tokenizer.lowercase($0) == $1 }
        }
    }

    private static let startWords = hashes([
        "§", "§§", "kapitel", "kap.", "artikel", "art.", "artiklarna", "europaparlamentets", "rådets", "direktiv",
        "direktivet", "förordning", "förordningen", "dataskyddsförordningen", "gdpr", "prop.", "proposition",
        "propositionen", "sou", "ds", "bet.", "rskr.", "hfd", "rå", "nja", "ad", "möd", "högsta", "eu-domstolen",
        "eu-domstolens", "mål", "målet", "målen", "sfs", "lag", "lagen", "skäl", "skälen", "kommissionens",
        "genomförandeförordning", "genomförandeförordningen", "euf-fördraget", "eu-fördraget", "fördraget", "förenade",
        "eu:s", "delegerade", "domstolens", "unionsdomstolens", "tribunalens", "kamr", "hovr",
    ] + Array(knownNames.keys).filter { !$0.contains(" ") })
    private static let courtPrefixes: [[Unicode.Scalar]] = ["kammarrätt", "förvaltningsrätt", "tingsrätt", "hovrätt"]
        .map { Array($0.unicodeScalars) }

    /// Whether a citation can start at this token (checked on hashes and scalars, no strings).
    private func mayStart(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .number || Self.startWords.contains(token.hash) || Self.abbreviationHashes.contains(token.hash) {
            return true
        }
        guard token.kind == .word else { return false }
        if index + 1 < tokens.count, isKey(index + 1, "-") { return true }  // `offentlighets- och sekretesslagen`
        let scalars = text.scalars[token.range]
        if Self.courtPrefixes.contains(where: { prefix in
            scalars.count >= prefix.count && zip(scalars.prefix(prefix.count), prefix).allSatisfy { Tokenizer.lowercase($0) == $1 }
        }) {
            return true
        }
        return isAnchor(index)
    }

    private func citation(at index: Int) -> LegalCitation? {
        guard mayStart(index) else { return nil }
        // `AB 04 kap. 5 §`: a clause of a standard contract.
        var back = index - 1
        while back >= 0, index - back <= 5 {
            if Self.standardContracts.contains(raw(back)), back + 1 < tokens.count, tokens[back + 1].kind == .number { return nil }
            guard tokens[back].kind == .number || isKey(back, ["kap.", "kap", "§", "§§"]) else { break }
            back -= 1
        }
        // Statute first: `LOU 4 kap. 17 §`.
        if Self.abbreviationHashes.contains(tokens[index].hash), let name = Self.abbreviations[raw(index)], let parsed = provisionChain(at: index + 1, statuteFirst: true) {
            return LegalCitation(kind: .provision, tokens: index..<parsed.end, statute: name, sfs: nil, provisions: parsed.provisions)
        }
        if let chain = provisionChain(at: index, statuteFirst: false) {
            return LegalCitation(kind: .provision, tokens: index..<chain.end, statute: chain.statute?.name,
                                 sfs: chain.statute?.sfs, provisions: chain.provisions)
        }
        if let end = euLaw(at: index) {
            // `GDPR`, `dataskyddsförordningen`, `EUF-fördraget` alone are names.
            let kind: LegalCitation.Kind = end == index + 1 && tokens[index].kind == .word ? .name : .euLaw
            return LegalCitation(kind: kind, tokens: index..<end, statute: nil, sfs: nil, provisions: [])
        }
        if let end = preparatoryWork(at: index) {
            return LegalCitation(kind: .preparatoryWork, tokens: index..<end, statute: nil, sfs: nil, provisions: [])
        }
        if let end = caseLaw(at: index) {
            return LegalCitation(kind: .caseLaw, tokens: index..<end, statute: nil, sfs: nil, provisions: [])
        }
        if let statute = statute(at: index, requireNumberForNames: true),
           statute.sfs != nil || (Self.abbreviations[raw(index)] == nil && lowercaseAbbreviation(index) == nil) {
            // `lagen (2016:1145) om …` names a statute by number; `räntelagen`, `lagen om
            // offentlig upphandling (LOU)` by name.
            return LegalCitation(kind: statute.sfs != nil ? .statute : .name, tokens: index..<statute.end,
                                 statute: statute.name, sfs: statute.sfs, provisions: [])
        }
        // A statute's abbreviation alone: `enligt LOU`. Not after a number (`20 MB`), and a
        // two-letter one (`MB`, `HB`, `FL`) only after a word that points at law.
        if Self.abbreviationHashes.contains(tokens[index].hash), let name = Self.abbreviations[raw(index)],
           index == 0 || tokens[index - 1].kind != .number,
           name.count > 2 || (index > 0 && isKey(index - 1, ["enligt", "i", "av", "se", "jfr", "jfr.", "och", "samt", "(", "mot"])) {
            return LegalCitation(kind: .name, tokens: index..<(index + 1), statute: name, sfs: nil, provisions: [])
        }
        return nil
    }

    struct Chain {
        var end: Int
        var provisions: [LegalCitation.Provision]
        var statute: Statute?
    }

    /// Provisions joined by `och`/`,`/`samt`/`eller`: one citation when they share a statute named
    /// after them (`4 kap. 1 § och 14 kap. 1 § LOU`), or when the later ones only name sections
    /// and so borrow the chapter (`13 kap. 1 och 2 §§ samt 3 § 2`). Otherwise only the first.
    private func provisionChain(at index: Int, statuteFirst: Bool) -> Chain? {
        guard let first = provision(at: index, statuteKnown: statuteFirst),
              first.hasSection || first.provision.chapter != nil else { return nil }
        var provisions = first.provisions
        var cursor = first.end
        // The run of section-only continuations right after the first (they borrow its chapter).
        var borrowedEnd = first.end
        var borrowedCount = provisions.count
        var allBorrow = true
        while isKey(cursor, ["och", ",", "samt", "eller"]), let next = provision(at: cursor + 1, statuteKnown: statuteFirst) {
            if next.provision.chapter != nil || !next.hasSection { allBorrow = false }
            var borrowed = next.provisions
            if next.provision.chapter == nil { borrowed[0].chapter = provisions.last?.chapter }
            provisions += borrowed
            cursor = next.end
            if allBorrow {
                borrowedEnd = cursor
                borrowedCount = provisions.count
            }
        }
        if statuteFirst {
            // `LOU 4 kap. 1 § och 14 kap. 1 §`: all share the statute before them.
            return Chain(end: cursor, provisions: provisions, statute: nil)
        }
        if let statute = statuteAfter(cursor) {
            return Chain(end: statute.end, provisions: provisions, statute: statute)
        }
        return Chain(end: borrowedEnd, provisions: Array(provisions.prefix(borrowedCount)), statute: nil)
    }
}
