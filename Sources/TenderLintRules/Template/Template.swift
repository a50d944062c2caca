import Foundation
import TenderLintCore

/// A shared regional template: a document whose headings are its sections. A paragraph with a
/// fill-in place (`[[…]]`, or a Word content control still showing its placeholder) is filled
/// in by each buyer; a paragraph without one is boilerplate, to be kept as written. A sidecar
/// YAML file next to the template (`mall.yml` for `mall.md` or `mall.docx`) names the sections
/// that may be left out (`optional`) and the boilerplate paragraphs that may be rewritten
/// freely (`editable`, by their first words).
public struct Template: Sendable {
    public struct Section: Sendable {
        /// The heading as written, numbering included (`2.3 Anbudets giltighetstid`).
        public var heading: String
        /// The heading without numbering, in lower case, letters and digits only: what
        /// headings are compared by (`anbudets giltighetstid`).
        public var key: String
        public var level: Int
        /// For a heading that holds fill-in places (`Upphandlingsdokument: [[Upphandlingens
        /// namn]]`), its fixed words between them, in order (`[["upphandlingsdokument"], []]`);
        /// nil for a heading without one. Each buyer writes its own words in the gaps.
        public var fixedParts: [[String]]?
        /// The enclosing section (the nearest heading above of a lower level).
        public var parent: Int?
        public var optional: Bool
        public var paragraphs: [Paragraph]
        /// The heading's block in the template document.
        public var block: Int
    }

    public struct Paragraph: Sendable {
        public var text: String
        /// The words, normalized, that paragraphs are compared by.
        public var words: [String]
        public var fillIns: Int
        public var editable: Bool
        public var block: Int
        /// Boilerplate: text every tender keeps as the template has it.
        public var isBoilerplate: Bool { fillIns == 0 && !editable && !words.isEmpty }
    }

    /// Something wrong with the template itself, for `tenderlint template check`.
    public struct Problem: Sendable, Equatable {
        public var line: Int?
        public var column: Int?
        public var message: String
    }

    public var path: String
    public var sections: [Section]
    public var problems: [Problem]
    /// The sidecar that was read, if any.
    public var sidecarPath: String?

    /// The sidecar's keys.
    static let sidecarKeys = ["optional", "editable"]

    /// `mall.yml` next to `mall.md`, `mall.docx`, `mall.dotx` …
    public static func sidecarPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingPathExtension().appendingPathExtension("yml").path
    }

    /// Builds the template from a read document: sections from its headings (text before the
    /// first heading belongs to no section and is not compared).
    public init(document: Document, optional: [String] = [], editable: [String] = []) {
        path = document.path
        sections = []
        problems = []
        let optionalKeys = optional.map(Self.headingKey)
        let editableOpenings = editable.map(Self.words)
        var usedOptional = Set<Int>()
        var usedEditable = Set<Int>()
        var seenKeys: [String: Int] = [:]
        for (index, block) in document.blocks.enumerated() where block.part == nil {
            guard !block.scalars.isEmpty else { continue }
            let position = block.map.position(at: 0)
            for problem in Self.markerProblems(in: block.text) {
                problems.append(Problem(line: position.line, column: position.column, message: problem))
            }
            if case .heading(let level) = block.kind {
                let fillInRanges = (Self.fillIns(in: block.text) + block.placeholders).sorted { $0.lowerBound < $1.lowerBound }
                let fixedParts = fillInRanges.isEmpty ? nil : Self.fixedParts(of: block, around: fillInRanges)
                let key = fixedParts.map { $0.joined().joined(separator: " ") } ?? Self.headingKey(block.text)
                var parent = sections.indices.last
                while let candidate = parent, sections[candidate].level >= level { parent = sections[candidate].parent }
                let optionalIndex = optionalKeys.firstIndex(of: key)
                if let optionalIndex { usedOptional.insert(optionalIndex) }
                // Two sections of one name under the same parent cannot be told apart.
                let scopedKey = "\(parent ?? -1)/\(key)"
                if let first = seenKeys[scopedKey] {
                    problems.append(Problem(
                        line: position.line, column: position.column,
                        message: "rubriken ”\(block.text)” finns redan (”\(sections[first].heading)”); två avsnitt med samma rubrik går inte att skilja åt"))
                } else {
                    seenKeys[scopedKey] = sections.count
                }
                sections.append(Section(
                    heading: block.text, key: key, level: level, fixedParts: fixedParts, parent: parent,
                    optional: optionalIndex != nil, paragraphs: [], block: index))
                continue
            }
            guard !sections.isEmpty else { continue }
            let words = Self.words(block.text)
            guard !words.isEmpty else { continue }
            let fillIns = Self.fillIns(in: block.text).count + block.placeholders.count
            let editableIndex = editableOpenings.firstIndex { !$0.isEmpty && words.starts(with: $0) }
            if let editableIndex { usedEditable.insert(editableIndex) }
            sections[sections.count - 1].paragraphs.append(Paragraph(
                text: block.text, words: words, fillIns: fillIns, editable: editableIndex != nil, block: index))
        }
        // A section is optional with its subsections.
        for index in sections.indices {
            if let parent = sections[index].parent, sections[parent].optional { sections[index].optional = true }
        }
        for (index, name) in optional.enumerated() where !usedOptional.contains(index) {
            problems.append(Problem(line: nil, column: nil, message: "sidofilen: ”optional” nämner ”\(name)”, men mallen har ingen sådan rubrik"))
        }
        for (index, opening) in editable.enumerated() where !usedEditable.contains(index) {
            problems.append(Problem(line: nil, column: nil, message: "sidofilen: ”editable” nämner ”\(opening)”, men inget stycke i mallen börjar så"))
        }
    }

    // MARK: - Text normalization

    /// A heading without its numbering (`3.2`, `3.2.1.`, `A.`, `IV.`, `Bilaga 3:`), in lower
    /// case, with punctuation turned into spaces: `2.3 Anbudets giltighetstid` → `anbudets giltighetstid`.
    public static func headingKey(_ heading: String) -> String {
        var words = Self.words(heading)
        while let first = words.first, isNumbering(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The words of a heading outside its fill-in places, one list per stretch between them
    /// (numbering left out of the first): `1 Upphandlingsdokument: [[namn]] ([[år]])` →
    /// `[["upphandlingsdokument"], [], []]`.
    static func fixedParts(of block: Block, around fillIns: [Range<Int>]) -> [[String]] {
        var parts: [[String]] = []
        var start = 0
        for range in fillIns where range.lowerBound >= start {
            parts.append(words(block.text(in: start..<range.lowerBound)))
            start = range.upperBound
        }
        parts.append(words(block.text(in: start..<block.scalars.count)))
        while let first = parts[0].first, isNumbering(first) { parts[0].removeFirst() }
        return parts
    }

    /// The numbering a heading starts with (`2.3`), or nil.
    public static func numbering(of heading: String) -> String? {
        let trimmed = heading.trimmingCharacters(in: .whitespaces)
        let number = trimmed.prefix { $0.isNumber || $0 == "." }
        guard let first = number.first, first.isNumber else { return nil }
        return String(number.hasSuffix(".") ? number.dropLast() : number)
    }

    private static func isNumbering(_ word: String) -> Bool {
        if word.allSatisfy({ $0.isNumber }) { return true }
        if word.count == 1, word.first!.isLetter { return true }  // `a`, `B`
        return !word.isEmpty && word.count <= 4 && word.allSatisfy { "ivx".contains($0) }
    }

    /// The words of a text, lower case, letters and digits only; a number with dots
    /// (`3.2.1`) splits into its parts, which is what heading keys need.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The `[[…]]` fill-in places of a text, as scalar ranges.
    public static func fillIns(in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "[", scalars[index + 1] == "[" {
                var end = index + 2
                while end + 1 < scalars.count, !(scalars[end] == "]" && scalars[end + 1] == "]") {
                    if scalars[end] == "[" && scalars[end + 1] == "[" { break }
                    end += 1
                }
                if end + 1 < scalars.count, scalars[end] == "]", scalars[end + 1] == "]" {
                    ranges.append(index..<(end + 2))
                    index = end + 2
                    continue
                }
            }
            index += 1
        }
        return ranges
    }

    /// What is wrong with a block's `[[`/`]]` markers: one opened and not closed, or closed
    /// and not opened.
    static func markerProblems(in text: String) -> [String] {
        var problems: [String] = []
        var open = 0
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "[", scalars[index + 1] == "[" {
                if open > 0 { problems.append("”[[” öppnas igen innan det förra ifyllnadsstället har stängts med ”]]”") }
                open += 1
                index += 2
            } else if scalars[index] == "]", scalars[index + 1] == "]" {
                if open == 0 { problems.append("”]]” stänger ett ifyllnadsställe som aldrig öppnades med ”[[”") } else { open -= 1 }
                index += 2
            } else {
                index += 1
            }
        }
        if open > 0 { problems.append("ett ifyllnadsställe öppnas med ”[[” men stängs aldrig med ”]]”") }
        return problems
    }
}
