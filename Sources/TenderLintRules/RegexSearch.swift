import Foundation
import Yams
import TenderLintCore
import TenderLintLanguage

/// A compiled regular expression applied to one sentence (or block) at a time, returning
/// scalar ranges. A capture group named `match` narrows what is flagged to that group.
public struct RegexSearch: @unchecked Sendable {
    // NSRegularExpression is immutable once built and documented as safe to share across threads.
    private let regex: NSRegularExpression
    public let source: String
    private let hasMatchGroup: Bool

    public enum Scope: String, Sendable {
        case sentence
        case block
    }

    init(_ pattern: String, caseSensitive: Bool, node: Node?, path: String) throws(TenderLintError) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            throw TenderLintError(
                path: path, line: node?.mark?.line, column: node?.mark?.column,
                message: "ogiltigt reguljärt uttryck ”\(pattern)”: \(error.localizedDescription)")
        }
        source = pattern
        hasMatchGroup = pattern.contains("(?<match>")
    }

    /// Matches in one sentence or block, as block scalar ranges (empty matches dropped).
    func matches(in text: ScopeText) -> [Range<Int>] {
        regex.matches(in: text.string, options: [], range: text.nsRange).compactMap { result in
            var found = result.range
            if hasMatchGroup {
                found = result.range(withName: "match")
                if found.location == NSNotFound { return nil }
            }
            guard found.length > 0 else { return nil }
            return text.scalarRange(found)
        }
    }

    /// Whether the expression occurs anywhere in the text.
    func occurs(in text: ScopeText) -> Bool {
        regex.firstMatch(in: text.string, options: [], range: text.nsRange) != nil
    }
}

/// A rule's `patterns`, tried only in blocks that hold one of its `requires` texts (any case):
/// regular expressions are too dear to run on every block.
struct GatedPatterns: Sendable {
    let patterns: [RegexSearch]
    let required: [[Unicode.Scalar]]

    init(_ yaml: inout YAMLMapping, caseSensitive: Bool) throws(TenderLintError) {
        var patterns: [RegexSearch] = []
        for node in try yaml.sequence("patterns") ?? [] {
            guard let pattern = node.string else { throw yaml.error(at: node, "ett mönster ska vara en text") }
            patterns.append(try RegexSearch(pattern, caseSensitive: caseSensitive, node: node, path: yaml.path))
        }
        self.patterns = patterns
        required = (try yaml.stringList("requires") ?? []).map { Array($0.lowercased().unicodeScalars) }
    }

    var isEmpty: Bool { patterns.isEmpty }

    /// Every match in the block, sentence by sentence or in the whole block. With `requires`
    /// in sentence scope, only the sentences that hold a required text are tried: the
    /// expressions and the strings they read are the dear part.
    func matches(in context: BlockContext, scope: RegexSearch.Scope) -> [Range<Int>] {
        guard !patterns.isEmpty else { return [] }
        let scalars = context.block.scalars
        guard !required.isEmpty, scope == .sentence else {
            guard required.isEmpty || ScalarScan.containsAny(scalars, required) else { return [] }
            return context.scopeTexts(scope).flatMap(matches(in:))
        }
        let tokens = context.tokens
        var sentences: [Int] = []
        var position = 0
        var sentence = 0
        while let at = ScalarScan.firstOccurrence(scalars, required, from: position) {
            while sentence < tokens.sentences.count, tokens.scalarRange(ofSentence: sentence).upperBound <= at { sentence += 1 }
            guard sentence < tokens.sentences.count else { break }
            sentences.append(sentence)
            position = max(tokens.scalarRange(ofSentence: sentence).upperBound, at + 1)
            sentence += 1
        }
        return matches(in: context, sentences: sentences, scope: scope)
    }

    /// Every match in the given sentences, in order (or, in block scope, in the whole block).
    func matches(in context: BlockContext, sentences: some Collection<Int>, scope: RegexSearch.Scope) -> [Range<Int>] {
        guard !patterns.isEmpty, !sentences.isEmpty else { return [] }
        if scope == .block { return context.scopeTexts(.block).flatMap(matches(in:)) }
        return sentences.filter { $0 < context.tokens.sentences.count }.flatMap { sentence in
            matches(in: ScopeText(context.block.scalars, range: context.tokens.scalarRange(ofSentence: sentence)))
        }
    }

    /// Every match in a range of the block's text (a window around a gate word).
    func matches(in context: BlockContext, range: Range<Int>) -> [Range<Int>] {
        guard !patterns.isEmpty, !range.isEmpty else { return [] }
        return matches(in: ScopeText(context.block.scalars, range: range))
    }

    private func matches(in text: ScopeText) -> [Range<Int>] {
        patterns.flatMap { $0.matches(in: text) }
    }
}
