/// Finds Swedish legal citations in a block's tokens with a small grammar, one citation per
/// whole reference: `14 kap. 4 § första stycket LOU`, `22, 23 och 26 §§`, `lagen (2016:1145) om
/// offentlig upphandling`, `artikel 58.3 i direktiv 2014/24/EU`, `prop. 2015/16:195 s. 123`,
/// `HFD 2018 ref. 67`. A `§` (or a chapter written `kap.`) anchors a provision; stycken,
/// punkter and meningar count only after one, so `3 st. datorer` and `punkt 3` of a tender's
/// own list are not citations.
///
/// The grammar is one type in three files: this one (tables, token helpers, the citation
/// loop), `+Provisions` (statutes, chapters, sections, stycken and punkter) and
/// `+OtherSources` (EU law, preparatory works, case law).
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
    func matchTitle(_ title: [String], at index: Int) -> Int? {
        guard !title.isEmpty, index + title.count <= tokens.count else { return nil }
        for (offset, word) in title.enumerated() where key(index + offset) != word { return nil }
        return index + title.count
    }

    /// SFS numbers of statutes tenderlint knows by abbreviation.
    public static let sfsNumbers: [String: String] = [
        "2016:1145": "LOU", "2016:1146": "LUF", "2016:1147": "LUK", "2011:1029": "LUFS", "2009:400": "OSL",
        "2017:900": "FL", "2008:962": "LOV", "2007:1091": "ÄLOU", "2007:1092": "ÄLUF",
    ]

    static let ordinals: Set<String> = [
        "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte",
        "tolfte", "sista",
    ]
    static let styckeWords: Set<String> = ["stycket", "styckena", "stycke", "st.", "st"]
    static let punktWords: Set<String> = ["punkt", "punkten", "punkterna", "p."]
    static let meningWords: Set<String> = ["meningen", "meningarna", "mening"]
    static let listWords: Set<String> = ["och", "eller", "samt", ",", "–", "-", "—", "till"]
    /// Words that end a statute's title (`lagen (…) om offentlig upphandling ska …`).
    static let titleStops: Set<String> = [
        "ska", "skall", "gäller", "får", "är", "var", "kan", "måste", "har", "enligt", "att", "som", "när", "där", "inte",
        "se", "även", "också", "men", "om", "eller", "samt", "bör", "skulle",
    ]
    /// Little words a title may hold (`om elektroniska fakturor till följd av offentlig
    /// upphandling`) but not end with.
    static let titleJoiners: Set<String> = ["och", "i", "av", "till", "för", "vid", "med", "på", "inom", "mot"]
    /// Standard contracts cited like statutes: `AB 04 kap. 5 §` is a clause of a contract form.
    static let standardContracts: Set<String> = ["AB", "ABT", "ABK", "ABM", "ABFF", "ABR", "ALOS", "NL", "NLM", "ÖB"]

    // MARK: Token helpers

    func key(_ index: Int) -> String { text.key(of: tokens[index]) }

    func raw(_ index: Int) -> String {
        String(String.UnicodeScalarView(text.scalars[tokens[index].range]))
    }

    func isKey(_ index: Int, _ keys: Set<String>) -> Bool {
        index < tokens.count && keys.contains(key(index))
    }

    func isKey(_ index: Int, _ value: String) -> Bool {
        index < tokens.count && key(index) == value
    }

    /// A small whole number (a chapter, section or point), as written.
    func smallNumber(_ index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        let value = raw(index)
        guard value.count <= 3, value.allSatisfy(\.isNumber) else { return nil }
        return value
    }

    /// A single lowercase letter after a number: `3 a §`.
    func letterSuffix(_ index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let value = raw(index)
        guard value.count == 1, let scalar = value.unicodeScalars.first, scalar.properties.isLowercase,
              "abcdefghijklmnopqrstuvwxyz".unicodeScalars.contains(scalar) else { return nil }
        return value
    }

    /// A number with an optional letter: returns the id (`3 a`) and the index after it.
    func numberWithLetter(_ index: Int) -> (String, Int)? {
        guard let number = smallNumber(index) else { return nil }
        if let letter = letterSuffix(index + 1), index + 2 < tokens.count,
           isKey(index + 2, ["§", "§§", "kap.", "kap", ",", "och", "eller", "–", "-"]) {
            return ("\(number) \(letter)", index + 2)
        }
        return (number, index + 1)
    }

    func isSection(_ index: Int) -> Bool { isKey(index, ["§", "§§"]) }

    func isChapterWord(_ index: Int) -> Bool { isKey(index, ["kap.", "kap", "kapitlet"]) }

    /// `(2016:1145)`: the SFS number and the index after the closing parenthesis.
    func parenthesizedSFS(_ index: Int) -> (String, Int)? {
        guard isKey(index, "(") else { return nil }
        let number = isKey(index + 1, "sfs") ? index + 2 : index + 1
        guard number + 1 < tokens.count, let sfs = sfsNumber(number), isKey(number + 1, ")") else { return nil }
        return (sfs, number + 2)
    }

    func sfsNumber(_ index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        let value = raw(index)
        let parts = value.split(separator: ":")
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isNumber), parts[1].allSatisfy(\.isNumber) else {
            return nil
        }
        return value
    }

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
        "eu", "eg", "eeg", "md", "mig", "rh", "pmöd", "pmd", "föd", "celex", "celex-nummer", "celexnummer", "betänkande",
        "betänkandet", "promemorian", "departementspromemorian", "lagrådsremissen",
    ]
    private static let abbreviationHashes = hashes(Array(abbreviations.keys))
    private static let anchorOrAbbreviation = TokenHashSet(
        words: anchorWordList + Array(abbreviations.keys) + Array(knownNames.keys).filter { !$0.contains(" ") } + ["regeringsformen"])
    private static let nameEndings: [[Unicode.Scalar]] = ["lagen", "balken", "förordningen"].map { Array($0.unicodeScalars) }

    private func isAnchor(_ index: Int) -> Bool {
        let token = tokens[index]
        if Self.anchorOrAbbreviation.contains(token.hash) || isCaseNumber(index) || celex(at: index) != nil { return true }
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
        "eu:s", "delegerade", "domstolens", "unionsdomstolens", "tribunalens", "kamr", "hovr", "md", "mig", "rh",
        "pmöd", "pmd", "föd", "celex", "celex-nummer", "celexnummer", "avsnitt", "avsnitten",
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
