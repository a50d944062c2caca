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
        "HB": "HB", "JB": "JB", "SkbrL": "SkbrL", "DL": "DL", "LOVA": "LOVA",
    ]

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
    private static let standardContracts: Set<String> = ["AB", "ABT", "ABK", "ABM", "ABFF", "ABR"]

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
        guard isKey(index, "("), index + 2 < tokens.count, let sfs = sfsNumber(index + 1), isKey(index + 2, ")") else { return nil }
        return (sfs, index + 3)
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
        if let name = Self.abbreviations[raw(index)] {
            var end = index + 1
            var sfs: String?
            if let (number, after) = parenthesizedSFS(end) {
                sfs = number
                end = after
            }
            return Statute(end: end, name: name, sfs: sfs)
        }
        if isKey(index, "sfs"), let number = sfsNumber(index + 1) {
            return Statute(end: index + 2, name: Self.sfsNumbers[number], sfs: number)
        }
        // Names: `lag`, `lagen`, `förordningen`, `…lagen`, `…balken`, with a preceding `X- och`.
        var start = index
        if tokens[start].kind == .word, isKey(start + 1, "-"), isKey(start + 2, ["och", "eller"]) { start += 3 }
        guard start < tokens.count, tokens[start].kind == .word else { return nil }
        let word = key(start)
        let isName = word == "lag" || word == "lagen" || word == "förordning" || word == "förordningen"
            || word.hasSuffix("lagen") || word.hasSuffix("balken") || word.hasSuffix("förordningen") || word.hasSuffix("lag")
        guard isName, word != "underlag", word != "underlagen", word != "förslag" else { return nil }
        var end = start + 1
        var sfs: String?
        if let (number, after) = parenthesizedSFS(end) {
            sfs = number
            end = after
        } else if requireNumberForNames || word == "lag" || word == "lagen" || word == "förordning" || word == "förordningen" {
            return nil
        }
        // The title: `om offentlig upphandling`.
        if isKey(end, "om") {
            var cursor = end + 1
            while cursor < tokens.count, tokens[cursor].kind == .word, tokens[cursor].sentence == tokens[end].sentence,
                  !tokens[cursor].isCapitalized, !Self.titleStops.contains(key(cursor)), cursor - end <= 10 {
                cursor += 1
            }
            while cursor > end + 1, Self.titleJoiners.contains(key(cursor - 1)) { cursor -= 1 }
            if cursor > end + 1 { end = cursor }
        }
        var name = sfs.flatMap { Self.sfsNumbers[$0] }
        if isKey(end, "("), end + 2 < tokens.count, let abbreviation = Self.abbreviations[raw(end + 1)], isKey(end + 2, ")") {
            name = name ?? abbreviation
            end += 3
        }
        return Statute(end: end, name: name, sfs: sfs)
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
    }

    /// `4 kap. 17 §`, `17 §`, `3 a §`, `22, 23 och 26 §§`, `6–9 §§`, `§ 17`, `4 kap.`, `kapitel 4`,
    /// `2 kap. 3 och 4 §§`, each with stycken, punkter and meningar after it.
    private func provision(at index: Int) -> Parsed? {
        var cursor = index
        var chapter: String?
        if let (number, after) = numberWithLetter(cursor), isChapterWord(after) {
            chapter = number
            cursor = after + 1
        } else if isKey(cursor, ["kapitel", "kap."]), let (number, after) = numberWithLetter(cursor + 1) {
            chapter = number
            cursor = after
        }
        if isSection(cursor), let (number, after) = numberWithLetter(cursor + 1) {
            return Parsed(end: qualifiers(after), provision: .init(chapter: chapter, sections: [number]), hasSection: true)
        }
        if let (sections, after) = sectionList(cursor), isSection(after) {
            return Parsed(end: qualifiers(after + 1), provision: .init(chapter: chapter, sections: sections), hasSection: true)
        }
        if let chapter {
            // A chapter alone: only `N kap.` with its period, or `kapitel N` before a statute.
            let written = raw(index + (isKey(index, ["kapitel", "kap."]) ? 0 : 1))
            guard written == "kap." || written == "kapitlet" || statuteAfter(cursor) != nil else { return nil }
            return Parsed(end: cursor, provision: .init(chapter: chapter, sections: []), hasSection: false)
        }
        return nil
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
                    }
                }
            } else if smallNumber(cursor) != nil, isKey(cursor + 1, ["st.", "st", "stycket"]) {
                cursor += 2
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
        if isKey(index, ["artikel", "art.", "artiklarna"]), index + 1 < tokens.count, tokens[index + 1].kind == .number {
            var end = index + 2
            while isKey(end, ["och", ",", "–", "-"]), end + 1 < tokens.count, tokens[end + 1].kind == .number { end += 2 }
            if isKey(end, ["i", "enligt"]), let act = euAct(at: end + 1) { end = act }
            else if let act = euAct(at: end) { end = act }
            return end
        }
        return euAct(at: index)
    }

    private func euAct(at index: Int) -> Int? {
        var cursor = index
        if isKey(cursor, "europaparlamentets"), isKey(cursor + 1, "och"), isKey(cursor + 2, "rådets") { cursor += 3 }
        else if isKey(cursor, "rådets") { cursor += 1 }
        if isKey(cursor, ["direktiv", "direktivet", "förordning", "förordningen"]) {
            var after = cursor + 1
            if isKey(after, "("), isKey(after + 1, ["eu", "eg", "eeg", "euratom"]), isKey(after + 2, ")") { after += 3 }
            if let number = euNumber(after) { return number }
            return nil
        }
        if cursor == index, isKey(cursor, ["dataskyddsförordningen", "gdpr"]) {
            if raw(cursor) == "gdpr" { return nil }
            return cursor + 1
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
        } else if ["SOU", "Ds", "DS"].contains(raw(index)), sfsNumber(index + 1) != nil {
            end = index + 2
        } else if raw(index) == "bet." || raw(index) == "rskr." {
            if index + 3 < tokens.count, tokens[index + 1].kind == .number, isKey(index + 2, "/") { end = index + 4 }
        }
        guard var cursor = end else { return nil }
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
            if isKey(cursor, ["ref.", "ref", "s.", "not", "nr"]), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number {
                cursor += 2
            } else if isKey(cursor, ":"), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number {
                cursor += 2
            } else {
                return nil
            }
            return cursor
        }
        var cursor = index
        // A court: `Kammarrätten i Göteborg`, `Kammarrättens i Jönköping`, `Högsta förvaltningsdomstolen`,
        // `Förvaltningsrätten i Stockholm`, `EU-domstolen`, then optionally `dom` / `beslut` `i`.
        let court = key(cursor)
        if court.hasPrefix("kammarrätt") || court.hasPrefix("förvaltningsrätt") || court.hasPrefix("tingsrätt")
            || court.hasPrefix("hovrätt") {
            cursor += 1
            if isKey(cursor, "i"), cursor + 1 < tokens.count, tokens[cursor + 1].isCapitalized { cursor += 2 }
        } else if court == "högsta" || court == "högstas", isKey(cursor + 1, ["förvaltningsdomstolen", "förvaltningsdomstolens", "domstolen", "domstolens"]) {
            cursor += 2
        } else if court == "eu-domstolen" || court == "eu-domstolens" {
            cursor += 1
        }
        if cursor > index {
            if isKey(cursor, ["dom", "domar", "beslut", "avgörande", "avgörandet"]) { cursor += 1 }
            if isKey(cursor, ["den"]), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number { cursor += 2 }
            if isKey(cursor, "i") { cursor += 1 }
        }
        if isKey(cursor, ["mål", "målet", "målen"]) {
            var after = cursor + 1
            if isKey(after, ["nr", "nr."]) { after += 1 }
            // `C-368/10` (EU court), `1234-22`, `1234-1236-22`.
            if after < tokens.count, tokens[after].kind == .word, raw(after).range(of: #"^[CTF]-\d+$"#, options: .regularExpression) != nil,
               isKey(after + 1, "/"), after + 2 < tokens.count, tokens[after + 2].kind == .number {
                return after + 3
            }
            if after + 2 < tokens.count, tokens[after].kind == .number, isKey(after + 1, "-"), tokens[after + 2].kind == .number {
                var end = after + 3
                while isKey(end, ["-", "och", ","]), end + 1 < tokens.count, tokens[end + 1].kind == .number, isKey(end + 2, "-") {
                    end += 4
                }
                return end
            }
        }
        return nil
    }

    // MARK: Citations

    /// Every citation in the block, in order, none overlapping.
    public func citations() -> [LegalCitation] {
        var found: [LegalCitation] = []
        var index = 0
        while index < tokens.count {
            if let citation = citation(at: index) {
                found.append(citation)
                index = citation.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private func citation(at index: Int) -> LegalCitation? {
        let token = tokens[index]
        guard token.kind != .punctuation || isKey(index, "(") else { return nil }
        if index > 0, Self.standardContracts.contains(raw(index - 1)) { return nil }
        // Statute first: `LOU 4 kap. 17 §`.
        if let name = Self.abbreviations[raw(index)], let parsed = provisionChain(at: index + 1, statuteFirst: true) {
            return LegalCitation(kind: .provision, tokens: index..<parsed.end, statute: name, sfs: nil, provisions: parsed.provisions)
        }
        if let chain = provisionChain(at: index, statuteFirst: false) {
            return LegalCitation(kind: .provision, tokens: index..<chain.end, statute: chain.statute?.name,
                                 sfs: chain.statute?.sfs, provisions: chain.provisions)
        }
        if let end = euLaw(at: index) {
            return LegalCitation(kind: .euLaw, tokens: index..<end, statute: nil, sfs: nil, provisions: [])
        }
        if let end = preparatoryWork(at: index) {
            return LegalCitation(kind: .preparatoryWork, tokens: index..<end, statute: nil, sfs: nil, provisions: [])
        }
        if let end = caseLaw(at: index) {
            return LegalCitation(kind: .caseLaw, tokens: index..<end, statute: nil, sfs: nil, provisions: [])
        }
        if let statute = statute(at: index, requireNumberForNames: true), statute.sfs != nil {
            return LegalCitation(kind: .statute, tokens: index..<statute.end, statute: statute.name, sfs: statute.sfs, provisions: [])
        }
        return nil
    }

    struct Chain {
        var end: Int
        var provisions: [LegalCitation.Provision]
        var statute: Statute?
    }

    /// Provisions joined by `och`/`,`/`samt` and sharing a statute: `4 kap. 1 § och 14 kap. 1 § LOU`.
    /// Without a statute at the end, only the first provision is taken.
    private func provisionChain(at index: Int, statuteFirst: Bool) -> Chain? {
        guard let first = provision(at: index), first.hasSection || first.provision.chapter != nil else { return nil }
        var provisions = [first.provision]
        var end = first.end
        var chainEnd = first.end
        var cursor = first.end
        while isKey(cursor, ["och", ",", "samt", "eller"]), let next = provision(at: cursor + 1) {
            provisions.append(next.provision)
            cursor = next.end
        }
        if statuteFirst {
            // `LOU 4 kap. 1 § och 14 kap. 1 §`: all share the statute before them.
            return Chain(end: cursor, provisions: provisions, statute: nil)
        }
        if let statute = statuteAfter(cursor) {
            return Chain(end: statute.end, provisions: provisions, statute: statute)
        }
        if let statute = statuteAfter(first.end) {
            end = statute.end
            return Chain(end: end, provisions: [first.provision], statute: statute)
        }
        chainEnd = first.end
        return Chain(end: chainEnd, provisions: [first.provision], statute: nil)
    }
}
