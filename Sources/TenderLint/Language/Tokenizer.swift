/// Splits Swedish text into tokens and sentences in one pass over its scalars.
///
/// Words keep å/ä/ö/é and inner hyphens (`ska-krav`); numbers keep digit grouping with spaces
/// (`10 000 000`), decimal commas, inner dots and colons (`4.2`, `2016:1145`) and ISO dates;
/// abbreviations keep their periods (`t.ex.`, `kap.`); URLs and e-mail addresses are single
/// tokens so that no rule looks inside them. Sentences end at `.`, `!`, `?` before a capital
/// letter, a digit or an opening quote, never after an abbreviation that cannot close one.
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
            if chunkStart, let (end, linkKind) = link(in: text, at: index) {
                kind = linkKind
                index = end
            } else if isLetter(scalar) {
                if let length = SwedishAbbreviations.trie.longestMatch(in: text, from: index, accept: { end in
                    end >= count || !isWordScalar(text[end])
                }) {
                    kind = .abbreviation
                    index += length
                } else {
                    kind = .word
                    index = scanWord(text, from: index)
                }
            } else if isDigit(scalar) {
                kind = .number
                index = scanNumber(text, from: index)
            } else if scalar == "§" {
                kind = .symbol
                while index < count, text[index] == "§" { index += 1 }
            } else if scalar == "." {
                kind = .punctuation
                while index < count, text[index] == "." { index += 1 }
            } else {
                kind = scalar.properties.generalCategory.isPunctuation ? .punctuation : .symbol
                index += 1
            }
            chunkStart = false
            tokens.append(Token(
                kind: kind, start: start, end: index, key: key(text[start..<index]),
                isCapitalized: scalar.properties.isUppercase, sentence: 0))
        }
        let sentences = splitSentences(&tokens, text: text)
        return TokenizedText(tokens: tokens, sentences: sentences)
    }

    // MARK: Scalars

    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2007, 0x202F, 0x2009, 0x200B, 0xFEFF: true
        default: false
        }
    }

    @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 97 && (value | 0x20) <= 122 }
        return scalar.properties.isAlphabetic
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
        case 0xC5: return "å"
        case 0xC4: return "ä"
        case 0xD6: return "ö"
        case 0xC9: return "é"
        case 0xDC: return "ü"
        default:
            guard scalar.properties.changesWhenLowercased else { return scalar }
            return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
    }

    static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var key = String.UnicodeScalarView()
        for scalar in scalars where scalar.value != 0xAD {
            switch scalar.value {
            case 0x2010, 0x2011: key.append("-")
            case 0xA0, 0x202F, 0x2009: key.append(" ")
            default: key.append(lowercase(scalar))
            }
        }
        return String(key)
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

    /// A URL or an e-mail address starting a whitespace-delimited chunk.
    private static func link(in text: [Unicode.Scalar], at start: Int) -> (Int, Token.Kind)? {
        var end = start
        var at: Int?
        var colonSlashSlash = false
        while end < text.count, !isSpace(text[end]) {
            if text[end] == "@", at == nil { at = end }
            if text[end] == ":", end + 2 < text.count, text[end + 1] == "/", text[end + 2] == "/" { colonSlashSlash = true }
            end += 1
        }
        let startsWWW = end - start > 4 && text[start..<(start + 4)].map(lowercase).elementsEqual("www.".unicodeScalars)
        guard colonSlashSlash || startsWWW || at != nil else { return nil }
        // Leave trailing punctuation to the sentence.
        var trimmed = end
        let hasOpenParen = text[start..<end].contains("(")
        while trimmed > start, ".,;:!?”\"'’»]".unicodeScalars.contains(text[trimmed - 1])
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

    private static let sentenceEnds: Set<String> = [".", "!", "?", "…", "...", "?!", "!?"]
    private static let closers: Set<String> = ["”", "\"", "’", "'", ")", "»", "]"]
    private static let openers: Set<String> = ["”", "\"", "“", "„", "»", "«", "(", "–", "—", "-", "•", "'", "’"]

    private static func splitSentences(_ tokens: inout [Token], text: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var sentenceStart = 0
        var index = 0
        while index < tokens.count {
            tokens[index].sentence = sentences.count
            let token = tokens[index]
            var endsHere = false
            var last = index
            if token.kind == .punctuation, sentenceEnds.contains(token.key) {
                while last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end, closers.contains(tokens[last + 1].key) {
                    last += 1
                    tokens[last].sentence = sentences.count
                }
                endsHere = startsSentence(tokens, after: last)
            } else if token.kind == .abbreviation, SwedishAbbreviations.terminalSet.contains(token.key) {
                endsHere = last + 1 < tokens.count && tokens[last + 1].start > token.end && tokens[last + 1].isCapitalized
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

    /// Whether the token after `index` begins a new sentence.
    private static func startsSentence(_ tokens: [Token], after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        guard next.start > tokens[index].end else { return false }
        return next.isCapitalized || next.kind == .number || openers.contains(next.key)
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
