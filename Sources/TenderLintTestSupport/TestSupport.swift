import Foundation
import TenderLintCore
import TenderLintReaders
import TenderLintRules
import TenderLintEngine

/// Helpers shared by the test suite: where the repository is, how to lint a string, and how
/// to print a document's blocks with their ranges so reader tests compare dumps.
public enum TestSupport {
    /// The repository root, found from this source file's location.
    public static let repositoryRoot: URL = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()

    public static var rulesDirectory: String { repositoryRoot.appendingPathComponent("Rules").path }
    public static var corpusDirectory: String { repositoryRoot.appendingPathComponent("Corpus").path }

    /// The default rule pack, loaded once.
    public static let defaultRuleSet: RuleSet = {
        let pack = LintSession().rules(in: [rulesDirectory])
        precondition(pack.errors.isEmpty, "the default rule pack has errors: \(pack.errors)")
        return pack.ruleSet
    }()

    public static var defaultRules: [any Rule] { defaultRuleSet.rules }

    /// The words the default pack reads a document's own contract facts by.
    public static var defaultFacts: StatedFactsVocabulary { defaultRuleSet.facts }

    public static func document(_ text: String, format: DocumentFormat = .text, path: String? = nil) throws -> Document {
        try DocumentLoader.read(
            bytes: Array(text.utf8), path: path ?? (format == .markdown ? "test.md" : "test.txt"), format: format)
    }

    /// Lints a string with the given rules (default: the whole default pack).
    /// A linter with one rule alone, turned on even when it is off by default, and asked even
    /// on a text shorter than a whole document (the rules' examples are a sentence or two).
    public static func linter(alone rule: any Rule) -> Linter {
        var configuration = Configuration()
        configuration.documentLengthLimits = false
        configuration.rules[rule.metadata.id] = Configuration.RuleSetting(enabled: true)
        return Linter(ruleSet: RuleSet(rules: [rule], facts: defaultFacts), configuration: configuration)
    }

    public static func lint(
        _ text: String, format: DocumentFormat = .text, rules: [any Rule]? = nil,
        configuration: Configuration = Configuration()
    ) throws -> [Finding] {
        let linter = Linter(ruleSet: rules.map { RuleSet(rules: $0, facts: defaultFacts) } ?? defaultRuleSet, configuration: configuration)
        return linter.lint(try document(text, format: format)).findings
    }

    /// A unified diff of two texts, line by line with three lines of context, as `diff -u`
    /// prints it: what a golden-file test shows when the output changed.
    public static func unifiedDiff(expected: String, actual: String, name: String, context: Int = 3) -> String {
        UnifiedDiff.render(
            old: expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            new: actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            oldLabel: "\(name) (expected)", newLabel: "\(name) (actual)", context: context)
    }

    /// `kind @line:col-line:col "text"` per block: what reader tests compare.
    public static func dump(_ document: Document) -> String {
        document.blocks.map { block in
            let range = block.map.range(0..<block.scalars.count)
            let part = block.part.map { " part=\($0)" } ?? ""
            return "\(block.kind.name) @\(range)\(part) \"\(block.text)\""
        }.joined(separator: "\n")
    }

    /// The source positions of every scalar of a block, as `line:col` strings.
    public static func positions(_ block: Block) -> [String] {
        (0..<block.scalars.count).map { block.map.position(at: $0).description }
    }

    /// Slices a file's text by 1-based line and column (columns in Unicode scalars, end
    /// exclusive), independently of the library's own source model.
    public static func slice(_ text: String, from start: SourcePosition, to end: SourcePosition) -> String? {
        var lines: [[Unicode.Scalar]] = [[]]
        var terminators: [[Unicode.Scalar]] = []
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                terminators.append(["\r", "\n"])
                lines.append([])
                index += 2
                continue
            }
            if scalar == "\n" || scalar == "\r" {
                terminators.append([scalar])
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
            index += 1
        }
        guard start.line >= 1, end.line <= lines.count, start <= end else { return nil }
        var result: [Unicode.Scalar] = []
        for line in start.line...end.line {
            let content = lines[line - 1] + (line - 1 < terminators.count ? terminators[line - 1] : [])
            let from = line == start.line ? start.column - 1 : 0
            let to = line == end.line ? end.column - 1 : content.count
            guard from >= 0, to <= content.count, from <= to else { return nil }
            result += content[from..<to]
        }
        return String(String.UnicodeScalarView(result))
    }
}
