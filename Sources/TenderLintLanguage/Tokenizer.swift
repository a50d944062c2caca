import Foundation

/// Splits Swedish text into tokens and sentences in one pass over its scalars.
///
/// Words keep å/ä/ö/é and inner hyphens (`ska-krav`); numbers keep digit grouping with spaces
/// (`10 000 000`), decimal commas, inner dots and colons (`4.2`, `2016:1145`) and ISO dates;
/// abbreviations keep their periods (`t.ex.`, `kap.`); URLs and e-mail addresses are single
/// tokens so that no rule looks inside them. Sentences end at `.`, `!`, `?` before a capital
/// letter, a digit or an opening quote or bracket, never after an abbreviation that cannot
/// close one; a tab (between table cells) and the break after a short line (a heading, a
/// table row, a list item) end one too.
public enum Tokenizer {
    public static func tokenize(_ text: [Unicode.Scalar]) -> TokenizedText {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        var index = 0
        let count = text.count
        var chunkStart = true
        while index < count {
            let scalar = text[index]
            if isSpace(scalar) {
                index += 1
                chunkStart = true
                continue
            }
            let start = index
            var kind: Token.Kind
            if isLetter(scalar) {
                kind = .word
                index = scanWord(text, from: index)
                let next = index < count ? text[index] : " "
                // A URL or an e-mail address starts a chunk (or follows an opening bracket or quote)
                // with a word that runs into `@`, `:`, `.`, `_`, `+`, `-` or `/`.
                if chunkStart, next == "@" || next == ":" || next == "." || next == "_" || next == "+" || next == "-"
                    || next == "/", let (end, linkKind) = link(in: text, at: start) {
                    kind = linkKind
                    index = end
                } else if next == ".", !(index - start >= 2 && text[start..<index].allSatisfy(isUppercase)),
                          let length = SwedishAbbreviations.trie.longestMatch(
                    in: text, from: start, accept: { end in end >= count || !isWordScalar(text[end]) || isDigit(text[end]) }) {
                    // Every abbreviation has a period right after its first letters (`t.ex.`, `kap.`);
                    // a word in capitals before a period is an acronym ending a sentence (`… 5 § KL.`).
                    // A digit may follow at once (`p.3`, `s.12`).
                    kind = .abbreviation
                    index = start + length
                }
            } else if isDigit(scalar) {
                kind = .number
                index = scanNumber(text, from: index)
                if chunkStart, index < count, text[index] == "@" || text[index] == "_" || text[index] == ".",
                   let (end, linkKind) = link(in: text, at: start) {
                    kind = linkKind
                    index = end
                }
            } else if scalar == "§" {
                kind = .symbol
                while index < count, text[index] == "§" { index += 1 }
            } else if scalar == "." {
                kind = .punctuation
                while index < count, text[index] == "." { index += 1 }
            } else {
                kind = isPunctuationScalar(scalar) ? .punctuation : .symbol
                index += 1
            }
            // A link may still start after an opening bracket or quote: `(info@kommun.se)`.
            chunkStart = kind == .punctuation && index == start + 1 && isOpeningPunctuation(scalar)
            var (tokenHash, decomposed) = hashAndMarks(text[start..<index])
            if decomposed { tokenHash = hash(composed(text[start..<index])[...]) }
            tokens.append(Token(
                kind: kind, start: start, end: index,
                hash: tokenHash,
                isCapitalized: isUppercase(scalar), isDecomposed: decomposed, sentence: 0))
        }
        let sentences = splitSentences(&tokens, text: text)
        return TokenizedText(scalars: text, tokens: tokens, sentences: sentences)
    }

    // MARK: Scalars

    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2007, 0x202F, 0x2009, 0x200B, 0xFEFF: true
        default: false
        }
    }

    @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    @inline(__always) package static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 97 && (value | 0x20) <= 122 }
        if value >= 0xC0 && value <= 0xFF { return value != 0xD7 && value != 0xF7 }
        return scalar.properties.isAlphabetic
    }

    /// Unicode punctuation (not symbols), with the ASCII cases answered without a table lookup.
    @inline(__always) static func isPunctuationScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            switch scalar {
            case "$", "+", "<", "=", ">", "^", "`", "|", "~": return false
            default: return scalar.value > 0x20 && !isDigit(scalar) && !isLetter(scalar)
            }
        }
        return scalar.properties.generalCategory.isPunctuation
    }

    @inline(__always) static func isOpeningPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "{", "<", "”", "\"", "“", "„", "'", "‘", "’", "«", "»": true
        default: false
        }
    }

    @inline(__always) package static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 65 && value <= 90 }
        if value >= 0xC0 && value <= 0xFF { return value <= 0xDE && value != 0xD7 }
        return scalar.properties.isUppercase
    }

    /// Letters, digits, combining marks and soft hyphens: what a word is made of.
    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if isLetter(scalar) || isDigit(scalar) || scalar.value == 0xAD { return true }
        return scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark
    }

    @inline(__always) static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 { return value >= 65 && value <= 90 ? Unicode.Scalar(value + 32)! : scalar }
        switch value {
        // Latin-1 below À (`§`, `«`, `°`) has no case; À–Þ lower by 32, except ×.
        case 0x80..<0xC0: return scalar
        case 0xC0...0xDE where value != 0xD7: return Unicode.Scalar(value + 32)!
        case 0xDF...0xFF: return scalar
        // General punctuation (dashes, quotes, spaces) has no case either.
        case 0x2000...0x206F: return scalar
        default:
            guard scalar.properties.changesWhenLowercased else { return scalar }
            return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
    }

    /// The form a scalar takes in a matching key: lowercased, typographic hyphens and
    /// non-breaking spaces made plain, soft hyphens dropped (nil).
    @inline(__always) package static func normalized(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xAD: return nil
        case 0x2010, 0x2011: return "-"
        case 0xA0, 0x202F, 0x2009: return " "
        default: return lowercase(scalar)
        }
    }

    package static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let source = hasCombiningMark(scalars) ? composed(scalars)[...] : scalars
        var key = String.UnicodeScalarView()
        for scalar in source { if let normal = normalized(scalar) { key.append(normal) } }
        return String(key)
    }

    /// The hash of the scalars and whether any is a combining diacritic, in one pass.
    @inline(__always) static func hashAndMarks(_ scalars: ArraySlice<Unicode.Scalar>) -> (UInt64, Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var marks = false
        for scalar in scalars {
            if scalar.value >= 0x300 && scalar.value <= 0x36F { marks = true }
            guard let normal = normalized(scalar) else { continue }
            hash = (hash ^ UInt64(normal.value)) &* 0x0000_0100_0000_01B3
        }
        return (hash, marks)
    }

    /// Whether the scalars hold a combining diacritic that NFC may compose with a letter.
    @inline(__always) static func hasCombiningMark(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.contains { $0.value >= 0x300 && $0.value <= 0x36F }
    }

    /// The scalars in canonical composition (NFC): `a` + U+030A becomes `å`.
    package static func composed(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        Array(String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// FNV-1a over the normalized scalars: equal keys give equal hashes.
    @inline(__always) package static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            guard let normal = normalized(scalar) else { continue }
            hash = (hash ^ UInt64(normal.value)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    // MARK: Words and numbers

    private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar.value == 0x2010 || scalar.value == 0x2011
    }

    private static func scanWord(_ text: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        let count = text.count
        while index < count {
            if isWordScalar(text[index]) {
                index += 1
            } else if isHyphen(text[index]), index + 1 < count, isWordScalar(text[index + 1]) {
                index += 2
            } else if text[index] == ":", let suffix = genitiveSuffix(text, colon: index, wordStart: start) {
                index = suffix
            } else {
                break
            }
        }
        return index
    }

    /// `LOU:s`, `ESPD:n`, `EU:s`: a colon and a short lowercase ending after an acronym.
    private static func genitiveSuffix(_ text: [Unicode.Scalar], colon: Int, wordStart: Int) -> Int? {
        guard text[wordStart..<colon].allSatisfy({ $0.properties.isUppercase || isDigit($0) }) else { return nil }
        var end = colon + 1
        while end < text.count, end - colon <= 3, text[end].properties.isLowercase { end += 1 }
        guard end > colon + 1, end - colon <= 3 else { return nil }
        return end < text.count && isWordScalar(text[end]) ? nil : end
    }

    private static func digits(_ text: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < text.count, isDigit(text[index]) { index += 1 }
        return index
    }

    private static func scanNumber(_ text: [Unicode.Scalar], from start: Int) -> Int {
        let count = text.count
        var index = digits(text, from: start)
        let firstGroup = index - start
        // An ISO date: 2026-03-15.
        if firstGroup == 4, index + 5 < count + 0, index + 6 <= count, isHyphen(text[index]),
           digits(text, from: index + 1) == index + 3, index + 3 < count, isHyphen(text[index + 3]),
           digits(text, from: index + 4) == index + 6 {
            return index + 6
        }
        // Thousands grouped by spaces: 10 000 000.
        if firstGroup <= 3 {
            while index + 3 < count,
                  text[index] == " " || text[index].value == 0xA0 || text[index].value == 0x202F || text[index].value == 0x2009,
                  digits(text, from: index + 1) == index + 4 {
                index += 4
            }
        }
        // Decimals, inner dots and colons: 2,5 · 4.2.1 · 10.000.000 · 2016:1145 · 14.00.
        while index + 1 < count, text[index] == "," || text[index] == "." || text[index] == ":",
              isDigit(text[index + 1]) {
            index = digits(text, from: index + 1)
        }
        return index
    }

    // MARK: Links

    /// Punctuation that may follow a link without being part of it.
    @inline(__always) private static func isLinkTrailer(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", "!", "?", "”", "\"", "'", "’", "»", "]", ")": true
        default: false
        }
    }

    /// A URL or an e-mail address starting a whitespace-delimited chunk.
    private static func link(in text: [Unicode.Scalar], at start: Int) -> (Int, Token.Kind)? {
        var end = start
        var at: Int?
        var colonSlashSlash = false
        // Most chunks are plain words: give up at the first scalar no link has before its `@`
        // or `:` (a scheme, a local part or a `www.` address is letters, digits and `.-_+/`).
        while end < text.count, !isSpace(text[end]) {
            let scalar = text[end]
            if scalar == "@" || scalar == ":" || isLinkTrailer(scalar) { break }
            if !(isWordScalar(scalar) || scalar == "." || scalar == "-" || scalar == "_" || scalar == "+" || scalar == "/") {
                return nil
            }
            end += 1
        }
        while end < text.count, !isSpace(text[end]) {
            if text[end] == "@", at == nil { at = end }
            if text[end] == ":", end + 2 < text.count, text[end + 1] == "/", text[end + 2] == "/" { colonSlashSlash = true }
            end += 1
        }
        let startsWWW = end - start > 4 && lowercase(text[start]) == "w" && lowercase(text[start + 1]) == "w"
            && lowercase(text[start + 2]) == "w" && text[start + 3] == "."
        guard colonSlashSlash || startsWWW || at != nil else { return nil }
        // Leave trailing punctuation to the sentence.
        var trimmed = end
        let hasOpenParen = text[start..<end].contains("(")
        while trimmed > start, (isLinkTrailer(text[trimmed - 1]) && text[trimmed - 1] != ")") || text[trimmed - 1] == ":"
                || (text[trimmed - 1] == ")" && !hasOpenParen) {
            trimmed -= 1
        }
        if colonSlashSlash || startsWWW { return trimmed > start + 4 ? (trimmed, .url) : nil }
        guard let at, at > start, at < trimmed, isWordScalar(text[at - 1]),
              text[(at + 1)..<trimmed].contains("."), isWordScalar(text[trimmed - 1]) else { return nil }
        let leading = text[start]
        guard isWordScalar(leading) else { return nil }
        return (trimmed, .email)
    }

    // MARK: Sentences

    @inline(__always) private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
    }

    @inline(__always) private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "\"", "’", "'", ")", "»", "]": true
        default: false
        }
    }

    @inline(__always) private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "\"", "“", "„", "»", "«", "(", "[", "–", "—", "-", "•", "*", "'", "’": true
        default: false
        }
    }

    /// Whether a punctuation token is one that `test` accepts (all punctuation tokens but `...` are one scalar).
    @inline(__always) private static func isPunctuation(
        _ token: Token, _ test: (Unicode.Scalar) -> Bool, text: [Unicode.Scalar]
    ) -> Bool {
        token.kind == .punctuation && test(text[token.start])
    }

    private static func splitSentences(_ tokens: inout [Token], text: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var sentenceStart = 0
        var index = 0
        var longestLine: Int?
        while index < tokens.count {
            tokens[index].sentence = sentences.count
            let token = tokens[index]
            var endsHere = false
            var last = index
            if isPunctuation(token, isSentenceEnd, text: text) {
                while last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end,
                      isPunctuation(tokens[last + 1], isCloser, text: text) {
                    last += 1
                    tokens[last].sentence = sentences.count
                }
                endsHere = startsSentence(tokens, after: last, text: text)
            } else if token.kind == .abbreviation, SwedishAbbreviations.terminalSet.contains(key(text[token.range])) {
                endsHere = last + 1 < tokens.count && tokens[last + 1].start > token.end && tokens[last + 1].isCapitalized
            }
            // Most tokens are a space or nothing apart: only a wider gap can hold a tab or a break.
            if !endsHere, last + 1 < tokens.count, tokens[last + 1].start - tokens[last].end > 0,
               tokens[last + 1].start - tokens[last].end > 1 || text[tokens[last].end] != " " {
                endsHere = breaksLine(tokens, after: last, text: text, longestLine: &longestLine)
            }
            if endsHere {
                sentences.append(sentenceStart..<(last + 1))
                sentenceStart = last + 1
            }
            index = last + 1
        }
        if sentenceStart < tokens.count { sentences.append(sentenceStart..<tokens.count) }
        return sentences
    }

    /// Whether the text between a token and the next ends a sentence though no punctuation
    /// does: a tab (table cells: each cell is a unit of its own), or a line break after a line
    /// clearly shorter than the block's longest (a heading, a table row, a list item) before
    /// what can start a sentence. The lines of a hard-wrapped paragraph are all about as long,
    /// so their breaks are only spaces.
    private static func breaksLine(
        _ tokens: [Token], after index: Int, text: [Unicode.Scalar], longestLine: inout Int?
    ) -> Bool {
        let gap = tokens[index].end..<tokens[index + 1].start
        guard !gap.isEmpty else { return false }
        var newline: Int?
        for position in gap {
            if text[position] == "\t" { return true }
            if isLineBreak(text[position]) { newline = position }
        }
        guard let newline else { return false }
        // A line ending in a comma, a hyphen, a colon or a conjunction's dash goes on, and so
        // does one ending in a word no heading ends with ("ska ha", "enligt", "och").
        if tokens[index].kind == .punctuation, text[tokens[index].start] == "," || text[tokens[index].start] == "-"
            || text[tokens[index].start] == "–" || text[tokens[index].start] == ":" { return false }
        if tokens[index].kind == .word, continuationWords.contains(tokens[index].hash) { return false }
        let next = tokens[index + 1]
        guard next.isCapitalized || next.kind == .number || isPunctuation(next, isOpener, text: text) else { return false }
        var lineStart = newline
        while lineStart > 0, !isLineBreak(text[lineStart - 1]) { lineStart -= 1 }
        if longestLine == nil {
            var longest = 0, current = 0
            for scalar in text {
                if isLineBreak(scalar) { longest = max(longest, current); current = 0 } else { current += 1 }
            }
            longestLine = max(longest, current)
        }
        return Double(newline - lineStart) < 0.75 * Double(longestLine ?? 0)
    }

    @inline(__always) private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\u{2028}"
    }

    /// Words a line can end with only in the middle of a sentence: conjunctions, prepositions,
    /// articles, auxiliaries and the commonest verbs.
    static let continuationWords = TokenHashSet(words: [
        "och", "eller", "samt", "men", "att", "som", "om", "i", "på", "av", "för", "till", "med", "från", "vid",
        "inom", "under", "efter", "mot", "per", "enligt", "genom", "utan", "hos", "än", "då", "när", "där",
        "en", "ett", "den", "det", "de", "denna", "detta", "dessa", "sin", "sitt", "sina", "dess", "deras",
        "ska", "skall", "kan", "får", "måste", "bör", "vill", "ha", "har", "hade", "är", "var", "vara",
        "blir", "bli", "kommer", "gäller", "alla", "varje", "minst", "högst", "ca", "cirka",
    ])

    /// Whether the token after `index` begins a new sentence.
    private static func startsSentence(_ tokens: [Token], after index: Int, text: [Unicode.Scalar]) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        guard next.start > tokens[index].end else { return false }
        return next.isCapitalized || next.kind == .number || isPunctuation(next, isOpener, text: text)
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }
}
