/// Small scalar-level helpers shared by the text-based readers.
enum LineScanning {
    static func isBlank(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\u{FEFF}" }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{FEFF}"
    }

    /// Index of the first scalar that is not a space, or `line.endIndex`.
    static func firstNonSpace(_ line: ArraySlice<Unicode.Scalar>) -> Int {
        line.firstIndex { !isSpace($0) } ?? line.endIndex
    }

    /// Index just past the last scalar that is not a space, or `line.startIndex`.
    static func endOfContent(_ line: ArraySlice<Unicode.Scalar>) -> Int {
        (line.lastIndex { !isSpace($0) }).map { $0 + 1 } ?? line.startIndex
    }

    /// Width of the leading whitespace, with tabs to the next multiple of 4.
    static func indentWidth(_ line: ArraySlice<Unicode.Scalar>) -> Int {
        var width = 0
        for scalar in line {
            if scalar == " " { width += 1 } else if scalar == "\t" { width += 4 - width % 4 } else { break }
        }
        return width
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// A numbered heading line: `3.2 Referensuppdrag`, `4.1.3 Fordon`, `1. Inledning`; returns
    /// the heading level (the number of numbers), or nil.
    static func numberedHeadingLevel(_ line: ArraySlice<Unicode.Scalar>) -> Int? {
        var index = firstNonSpace(line)
        guard index - line.startIndex <= 3 else { return nil }
        var level = 0
        while index < line.endIndex {
            let start = index
            while index < line.endIndex, isDigit(line[index]) { index += 1 }
            let digits = index - start
            // Chapters are numbered below 100: `100 Leverantörer har …` is a sentence.
            guard digits >= 1, digits <= (level == 0 ? 2 : 3) else { return nil }
            level += 1
            guard index < line.endIndex, line[index] == "." else { break }
            index += 1
            if index < line.endIndex, !isDigit(line[index]) { break }
        }
        guard index < line.endIndex, line[index] == " " || line[index] == "\t" else { return nil }
        index = firstNonSpace(line[index...])
        guard index < line.endIndex, line[index].properties.isUppercase else { return nil }
        guard isHeadingShaped(line) else { return nil }
        return level
    }

    /// Short, and not ending like a sentence.
    static func isHeadingShaped(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let end = endOfContent(line)
        guard end > line.startIndex, end - firstNonSpace(line) <= 90 else { return false }
        return !".,;:!?".unicodeScalars.contains(line[end - 1])
    }

    /// A short line that reads as a heading above the text under it: at most 60 characters and
    /// eight words, no final punctuation, no tab or bar (a table row), opening with a capital letter, no
    /// modal verb (`Leverantören ska ha kontor i Falun` without its period is a demand), not
    /// ending on a word that leads on (`i`, `och`, `enligt`), and at most half as long as the
    /// line under it unless that line is a list item: a hard-wrapped paragraph's lines are alike.
    static func isShortHeadingLine(
        _ line: ArraySlice<Unicode.Scalar>, over next: ArraySlice<Unicode.Scalar>, nextIsListItem: Bool
    ) -> Bool {
        let start = firstNonSpace(line)
        let end = endOfContent(line)
        guard start < end, end - start <= 60, isHeadingShaped(line), line[start].properties.isUppercase,
              !line[start..<end].contains("\t"), !line[start..<end].contains("|") else { return false }
        guard nextIsListItem || 2 * (end - start) <= endOfContent(next) - firstNonSpace(next) else { return false }
        let words = String(String.UnicodeScalarView(line[start..<end])).lowercased().split(separator: " ")
        guard words.count <= 8, let last = words.last, !leadingOnWords.contains(String(last)), last != "§" else { return false }
        return !words.contains(where: { ["ska", "skall", "måste", "bör", "kan", "får"].contains($0) })
    }

    /// Words a heading never ends on: they lead on to the next line.
    static let leadingOnWords: Set<String> = [
        "i", "på", "av", "och", "eller", "samt", "att", "som", "en", "ett", "för", "med", "till", "från", "om", "hos", "den",
        "det", "de", "enligt", "inom", "vid", "under", "efter", "före", "mot", "utan", "än", "är", "var", "har",
        "gäller", "avser", "omfattar", "innebär", "betyder", "heter",
    ]

    /// A line in capitals only, such as `ALLMÄNNA VILLKOR`.
    static func isCapitalsHeading(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        for scalar in line where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 3 && isHeadingShaped(line)
    }

    /// A list marker at the start of a plain-text line (`- `, `• `, `1. `, `a) `): the index of
    /// the item's text and whether the list is ordered.
    static func plainListMarker(_ line: ArraySlice<Unicode.Scalar>) -> (content: Int, ordered: Bool)? {
        let start = firstNonSpace(line)
        guard start < line.endIndex else { return nil }
        var index = start
        let first = line[index]
        var ordered = false
        if "-*•–—▪◦·".unicodeScalars.contains(first) {
            index += 1
        } else if isDigit(first) {
            while index < line.endIndex, isDigit(line[index]), index - start < 2 { index += 1 }
            guard index < line.endIndex, line[index] == "." || line[index] == ")" else { return nil }
            index += 1
            ordered = true
        } else if first.properties.isLowercase, index + 1 < line.endIndex, line[index + 1] == ")" {
            index += 2
            ordered = true
        } else {
            return nil
        }
        guard index < line.endIndex, line[index] == " " || line[index] == "\t" else { return nil }
        let content = firstNonSpace(line[index...])
        return content < line.endIndex ? (content, ordered) : nil
    }
}
