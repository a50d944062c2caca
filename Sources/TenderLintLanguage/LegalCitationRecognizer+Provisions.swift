extension LegalCitationRecognizer {
    // MARK: Statutes

    struct Statute {
        var end: Int
        var name: String?
        var sfs: String?
    }

    /// A statute reference starting at `index`: an abbreviation (also in parentheses), `SFS
    /// 2016:1145`, `lagen (2016:1145) om …`, `offentlighets- och sekretesslagen (2009:400)`,
    /// `förvaltningslagen`, with an optional `(LOU)` after a name.
    func statute(at index: Int, requireNumberForNames: Bool) -> Statute? {
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
    static let lowercaseSafe: Set<String> = ["LOU", "LUF", "LUK", "LUFS", "OSL", "PBL", "MBL", "SFL", "ABL", "AML", "LSS", "HSL", "LOA"]

    func lowercaseAbbreviation(_ index: Int) -> String? {
        guard index > 0, tokens[index].kind == .word, isSection(index - 1) || isChapterWord(index - 1)
                || tokens[index - 1].kind == .number || isKey(index - 1, ["st.", "st", "stycket", "p."]) else { return nil }
        let upper = raw(index).uppercased()
        return raw(index) == upper.lowercased() && Self.lowercaseSafe.contains(upper) ? Self.abbreviations[upper] : nil
    }

    /// A statute after a provision: `LOU`, `(LOU)`, `i LOU`, `i lagen (2016:1145) om …`, `förvaltningslagen`.
    func statuteAfter(_ index: Int) -> Statute? {
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
    func provision(at index: Int, statuteKnown: Bool = false) -> Parsed? {
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
        if let chapter, let (number, after) = numberWithLetter(cursor), statuteAfter(after) != nil {
            // A section without its sign, the statute right after it: `10 kap. 2 LOU`, `7 kap 2 LOU`.
            return Parsed(end: after, provision: .init(chapter: chapter, sections: [number]), hasSection: true)
        }
        if let chapter {
            // A chapter alone: `N kap.` with its period, or any chapter before a statute.
            guard chapterWritten || statuteKnown || statuteAfter(cursor) != nil else { return nil }
            return Parsed(end: cursor, provision: .init(chapter: chapter, sections: []), hasSection: false)
        }
        return nil
    }

    /// `f.` or `ff.` right after a section (`17 § ff.`): the index after it.
    func following(_ index: Int) -> Int { isKey(index, ["f.", "ff."]) ? index + 1 : index }

    static let ownDocumentWords: Set<String> = [
        "avtalet", "avtalets", "ramavtalet", "ramavtalets", "kontraktet", "kontraktets", "protokollet", "protokollets",
        "avtal", "kontrakt", "ramavtal", "villkoren", "villkorens", "beslutet", "bolagsordningen", "bolagsordningens",
        "arbetsordningen", "reglementet", "reglementets", "stadgarna", "stadgarnas", "delegationsordningen", "policyn",
        "avtalsvillkoren", "kontraktsvillkoren", "föreskrifterna",
    ]

    /// `§ 12 i ramavtalet`, `Avtalets § 8`, `kommunstyrelsen 2026-02-10, § 45`, `KS § 112/2025`:
    /// a paragraph of a contract or of minutes, not of a statute.
    func isOwnParagraph(sign: Int, numberEnd: Int) -> Bool {
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
    func pointNumber(_ index: Int) -> Int {
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
    func sectionList(_ index: Int) -> ([String], Int)? {
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
    func qualifiers(_ index: Int) -> Int {
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
}
