import TenderLintCore

/// Strips inline Markdown from a run of source scalars, keeping the position of every scalar
/// that remains: emphasis and strikethrough delimiters, link and image syntax (link text stays,
/// images go), code-span backticks, autolink brackets, inline HTML and comments, backslash
/// escapes and character references.
///
/// Every lookahead is linear over the whole paragraph: brackets and parentheses are matched
/// once up front, and the search for an emphasis closer or a code-span closer is remembered,
/// so hostile input such as a million `[` or `*a ` stays linear.
struct MarkdownInlineParser {
    /// The source scalars of the inline content; a line break is `\n`.
    let chars: [Unicode.Scalar]
    /// Line and column of each scalar in `chars`.
    let lines: [Int]
    let columns: [Int]
    /// For each `[` (or `(`), the index of its matching `]` (or `)`), else -1.
    private let matchingBracket: [Int32]
    private let matchingParen: [Int32]
    /// Per delimiter character: where the last closer search started and what it found.
    private var closerSearch: [Unicode.Scalar: (from: Int, found: Int)] = [:]
    /// The index after which no `-->` exists.
    private var noCommentCloseAfter = Int.max
    /// Per backtick-run length: the index after which no closing run of that length exists.
    private var noCodeCloserAfter: [Int: Int] = [:]
    /// Link text is parsed recursively; deeper nesting is kept as literal text.
    private static let maxLinkDepth = 8

    private static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    init(chars: [Unicode.Scalar], lines: [Int], columns: [Int]) {
        self.chars = chars
        self.lines = lines
        self.columns = columns
        matchingBracket = Self.match(chars, open: "[", close: "]")
        matchingParen = Self.match(chars, open: "(", close: ")")
    }

    /// Pairs brackets with a stack in one pass, skipping backslash-escaped ones.
    private static func match(_ chars: [Unicode.Scalar], open: Unicode.Scalar, close: Unicode.Scalar) -> [Int32] {
        var matches = [Int32](repeating: -1, count: chars.count)
        var stack: [Int] = []
        var index = 0
        while index < chars.count {
            switch chars[index] {
            case "\\": index += 1
            case open: stack.append(index)
            case close: if let start = stack.popLast() { matches[start] = Int32(index) }
            default: break
            }
            index += 1
        }
        return matches
    }

    mutating func parse(into builder: inout BlockBuilder) {
        var openers: [Unicode.Scalar] = []
        parse(0..<chars.count, into: &builder, openers: &openers, depth: 0)
    }

    private func emit(_ scalar: Unicode.Scalar, at index: Int, into builder: inout BlockBuilder) {
        builder.append(scalar, line: lines[index], column: columns[index])
    }

    private mutating func parse(
        _ range: Range<Int>, into builder: inout BlockBuilder, openers: inout [Unicode.Scalar], depth: Int
    ) {
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
                if depth < Self.maxLinkDepth, let link = link(at: index, end: end) {
                    parse(link.text, into: &builder, openers: &openers, depth: depth + 1)
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

    private mutating func codeSpan(at index: Int, end: Int, into builder: inout BlockBuilder) -> Int {
        let length = runLength(of: "`", at: index, end: end)
        if let none = noCodeCloserAfter[length], index >= none {
            for literal in index..<index + length { emit("`", at: literal, into: &builder) }
            return index + length
        }
        var search = index + length
        while search < chars.count {
            if chars[search] == "`" {
                let closing = runLength(of: "`", at: search, end: chars.count)
                if closing == length {
                    guard search < end else { break }
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
        if search >= chars.count { noCodeCloserAfter[length] = index }
        for literal in index..<index + length { emit("`", at: literal, into: &builder) }
        return index + length
    }

    // MARK: Links

    /// A link starting at `[`: the range of its text and the index just past it.
    private func link(at open: Int, end: Int) -> (text: Range<Int>, end: Int)? {
        let close = Int(matchingBracket[open])
        guard close >= 0, close + 1 < end else { return nil }
        let text = (open + 1)..<close
        if chars[close + 1] == "(" {
            let closeParen = Int(matchingParen[close + 1])
            return closeParen >= 0 && closeParen < end ? (text, closeParen + 1) : nil
        }
        if chars[close + 1] == "[" {
            let closeLabel = Int(matchingBracket[close + 1])
            guard closeLabel >= 0, closeLabel < end, !chars[(close + 2)..<closeLabel].contains("[") else { return nil }
            return (text, closeLabel + 1)
        }
        return nil
    }

    // MARK: Angle brackets

    private mutating func angleBracket(at index: Int, end: Int, into builder: inout BlockBuilder) -> Int {
        var close = index + 1
        while close < end, chars[close] != ">" {
            if chars[close] == "<" { break }
            close += 1
        }
        let isComment = index + 3 < end && chars[index + 1] == "!" && chars[index + 2] == "-" && chars[index + 3] == "-"
        if isComment, index + 4 < noCommentCloseAfter {
            var cursor = index + 4
            while cursor + 2 < chars.count {
                if chars[cursor] == "-", chars[cursor + 1] == "-", chars[cursor + 2] == ">" {
                    if cursor + 3 <= end { return cursor + 3 }
                    break
                }
                cursor += 1
            }
            if cursor + 2 >= chars.count { noCommentCloseAfter = index }
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

    private mutating func delimiterRun(
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

    /// Whether a closing run of `char` follows `start` before `end`. The first closer after a
    /// position is remembered: openers between that position and the closer share it.
    private mutating func hasCloser(for char: Unicode.Scalar, after start: Int, end: Int) -> Bool {
        if let cached = closerSearch[char], cached.from <= start, start <= cached.found {
            return cached.found < end
        }
        var cursor = start
        var found = Int.max
        while cursor < chars.count {
            if chars[cursor] == char {
                let length = runLength(of: char, at: cursor, end: chars.count)
                if flanking(start: cursor, length: length).right, char != "~" || length == 2 {
                    found = cursor
                    break
                }
                cursor += length
            } else {
                cursor += 1
            }
        }
        closerSearch[char] = (start, found)
        return found < end
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
