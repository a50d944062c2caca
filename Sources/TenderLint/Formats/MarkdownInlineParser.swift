/// Strips inline Markdown from a run of source scalars, keeping the position of every scalar
/// that remains: emphasis and strikethrough delimiters, link and image syntax (link text stays,
/// images go), code-span backticks, autolink brackets, inline HTML and comments, backslash
/// escapes and character references.
struct MarkdownInlineParser {
    /// The source scalars of the inline content; a line break is `\n`.
    let chars: [Unicode.Scalar]
    /// Line and column of each scalar in `chars`.
    let lines: [Int]
    let columns: [Int]

    private static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    init(chars: [Unicode.Scalar], lines: [Int], columns: [Int]) {
        self.chars = chars
        self.lines = lines
        self.columns = columns
    }

    func parse(into builder: inout BlockBuilder) {
        var openers: [Unicode.Scalar] = []
        parse(0..<chars.count, into: &builder, openers: &openers)
    }

    private func emit(_ scalar: Unicode.Scalar, at index: Int, into builder: inout BlockBuilder) {
        builder.append(scalar, line: lines[index], column: columns[index])
    }

    private func parse(_ range: Range<Int>, into builder: inout BlockBuilder, openers: inout [Unicode.Scalar]) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let char = chars[index]
            switch char {
            case "\\":
                if index + 1 < end, chars[index + 1] == "\n" {
                    builder.appendSeparator(line: lines[index], column: columns[index])
                    index += 2
                } else if index + 1 < end, Self.escapable.contains(chars[index + 1]) {
                    emit(chars[index + 1], at: index + 1, into: &builder)
                    index += 2
                } else {
                    emit(char, at: index, into: &builder)
                    index += 1
                }
            case "\n":
                builder.appendSeparator(line: lines[index], column: columns[index])
                index += 1
            case "`":
                index = codeSpan(at: index, end: end, into: &builder)
            case "!" where index + 1 < end && chars[index + 1] == "[":
                if let link = link(at: index + 1, end: end) {
                    index = link.end  // images are not text
                } else {
                    emit(char, at: index, into: &builder)
                    index += 1
                }
            case "[":
                if let link = link(at: index, end: end) {
                    parse(link.text, into: &builder, openers: &openers)
                    index = link.end
                } else {
                    emit(char, at: index, into: &builder)
                    index += 1
                }
            case "<":
                index = angleBracket(at: index, end: end, into: &builder)
            case "&":
                index = entity(at: index, end: end, into: &builder)
            case "*", "_", "~":
                index = delimiterRun(at: index, end: end, into: &builder, openers: &openers)
            default:
                emit(char, at: index, into: &builder)
                index += 1
            }
        }
    }

    // MARK: Code spans

    private func runLength(of char: Unicode.Scalar, at index: Int, end: Int) -> Int {
        var length = 0
        while index + length < end, chars[index + length] == char { length += 1 }
        return length
    }

    private func codeSpan(at index: Int, end: Int, into builder: inout BlockBuilder) -> Int {
        let length = runLength(of: "`", at: index, end: end)
        var search = index + length
        while search < end {
            if chars[search] == "`" {
                let closing = runLength(of: "`", at: search, end: end)
                if closing == length {
                    var contentStart = index + length, contentEnd = search
                    if contentEnd - contentStart >= 2, chars[contentStart] == " " || chars[contentStart] == "\n",
                       chars[contentEnd - 1] == " " || chars[contentEnd - 1] == "\n" {
                        contentStart += 1
                        contentEnd -= 1
                    }
                    for inner in contentStart..<contentEnd {
                        if chars[inner] == "\n" {
                            builder.appendSeparator(line: lines[inner], column: columns[inner])
                        } else {
                            emit(chars[inner], at: inner, into: &builder)
                        }
                    }
                    return search + closing
                }
                search += closing
            } else {
                search += 1
            }
        }
        for literal in index..<index + length { emit("`", at: literal, into: &builder) }
        return index + length
    }

    // MARK: Links

    /// A link starting at `[`: the range of its text and the index just past it.
    private func link(at open: Int, end: Int) -> (text: Range<Int>, end: Int)? {
        var depth = 0
        var index = open
        var close: Int?
        while index < end {
            switch chars[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { close = index }
            default: break
            }
            if close != nil { break }
            index += 1
        }
        guard let close, close + 1 < end else { return nil }
        let text = (open + 1)..<close
        if chars[close + 1] == "(" {
            var parens = 0
            var cursor = close + 1
            while cursor < end {
                switch chars[cursor] {
                case "\\": cursor += 1
                case "(": parens += 1
                case ")":
                    parens -= 1
                    if parens == 0 { return (text, cursor + 1) }
                default: break
                }
                cursor += 1
            }
            return nil
        }
        if chars[close + 1] == "[" {
            var cursor = close + 2
            while cursor < end, chars[cursor] != "]" {
                if chars[cursor] == "[" { return nil }
                cursor += 1
            }
            return cursor < end ? (text, cursor + 1) : nil
        }
        return nil
    }

    // MARK: Angle brackets

    private func angleBracket(at index: Int, end: Int, into builder: inout BlockBuilder) -> Int {
        var close = index + 1
        while close < end, chars[close] != ">" {
            if chars[close] == "<" { break }
            close += 1
        }
        let isComment = index + 3 < end && chars[index + 1] == "!" && chars[index + 2] == "-" && chars[index + 3] == "-"
        if isComment {
            var cursor = index + 4
            while cursor + 2 < end {
                if chars[cursor] == "-", chars[cursor + 1] == "-", chars[cursor + 2] == ">" { return cursor + 3 }
                cursor += 1
            }
        }
        guard close < end, chars[close] == ">", close > index + 1 else {
            emit("<", at: index, into: &builder)
            return index + 1
        }
        let inner = chars[(index + 1)..<close]
        if inner.contains(" ") || inner.contains("\n") {
            // An HTML tag with attributes, or not markup at all.
            if let first = inner.first, first.properties.isAlphabetic, inner.contains("=") { return close + 1 }
            emit("<", at: index, into: &builder)
            return index + 1
        }
        let innerText = String(String.UnicodeScalarView(inner))
        if innerText.contains(":") || innerText.contains("@") {
            for cursor in (index + 1)..<close { emit(chars[cursor], at: cursor, into: &builder) }
            return close + 1
        }
        if let first = inner.first, first.properties.isAlphabetic || first == "/" {
            return close + 1  // a tag such as <br> or </span>
        }
        emit("<", at: index, into: &builder)
        return index + 1
    }

    // MARK: Character references

    private static let entities: [String: Unicode.Scalar?] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": nil,
        "ndash": "–", "mdash": "—", "hellip": "…", "laquo": "«", "raquo": "»", "rdquo": "”", "ldquo": "“",
        "rsquo": "’", "lsquo": "‘", "sect": "§", "euro": "€", "aring": "å", "auml": "ä", "ouml": "ö",
        "Aring": "Å", "Auml": "Ä", "Ouml": "Ö", "eacute": "é", "copy": "©", "reg": "®", "trade": "™",
    ]

    private func entity(at index: Int, end: Int, into builder: inout BlockBuilder) -> Int {
        var cursor = index + 1
        while cursor < end, cursor - index <= 10, chars[cursor] != ";" {
            guard chars[cursor].properties.isAlphabetic || LineScanning.isDigit(chars[cursor]) || chars[cursor] == "#"
            else { break }
            cursor += 1
        }
        guard cursor < end, chars[cursor] == ";", cursor > index + 1 else {
            emit("&", at: index, into: &builder)
            return index + 1
        }
        let name = String(String.UnicodeScalarView(chars[(index + 1)..<cursor]))
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value), value != 0 {
                if value != 0xAD { emit(scalar, at: index, into: &builder) }
                return cursor + 1
            }
        } else if let replacement = Self.entities[name] {
            if let replacement { emit(replacement, at: index, into: &builder) }
            return cursor + 1
        }
        emit("&", at: index, into: &builder)
        return index + 1
    }

    // MARK: Emphasis

    private func isWhitespace(_ index: Int) -> Bool {
        guard index >= 0, index < chars.count else { return true }
        return chars[index] == " " || chars[index] == "\n" || chars[index] == "\t" || chars[index] == "\u{A0}"
    }

    private func isPunctuation(_ index: Int) -> Bool {
        guard index >= 0, index < chars.count else { return false }
        let properties = chars[index].properties
        return properties.generalCategory.isPunctuationOrSymbol
    }

    private func flanking(start: Int, length: Int) -> (left: Bool, right: Bool) {
        let before = start - 1, after = start + length
        let left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before))
        let right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after))
        return (left, right)
    }

    private func delimiterRun(
        at index: Int, end: Int, into builder: inout BlockBuilder, openers: inout [Unicode.Scalar]
    ) -> Int {
        let char = chars[index]
        let length = runLength(of: char, at: index, end: end)
        func literal() {
            for cursor in index..<(index + length) { emit(char, at: cursor, into: &builder) }
        }
        if char == "~" && length != 2 { literal(); return index + length }
        var (left, right) = flanking(start: index, length: length)
        if char == "_" {
            let before = index - 1, after = index + length
            let wordBefore = before >= 0 && !isWhitespace(before) && !isPunctuation(before)
            let wordAfter = after < chars.count && !isWhitespace(after) && !isPunctuation(after)
            if wordBefore && wordAfter { literal(); return index + length }
            left = left && !wordBefore
            right = right && !wordAfter
        }
        if right, let open = openers.lastIndex(of: char) {
            openers.removeSubrange(open...)
            return index + length
        }
        if left, hasCloser(for: char, after: index + length, end: end) {
            openers.append(char)
            return index + length
        }
        literal()
        return index + length
    }

    private func hasCloser(for char: Unicode.Scalar, after start: Int, end: Int) -> Bool {
        var cursor = start
        while cursor < end {
            if chars[cursor] == char {
                let length = runLength(of: char, at: cursor, end: end)
                if flanking(start: cursor, length: length).right, char != "~" || length == 2 { return true }
                cursor += length
            } else {
                cursor += 1
            }
        }
        return false
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }
}
