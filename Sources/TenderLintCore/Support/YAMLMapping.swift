import Foundation
import Yams

/// Strict, position-aware reading of a YAML mapping: every key must be read by the caller,
/// wrong types and unknown keys become errors naming the file, line and column.
package struct YAMLMapping {
    package let path: String
    package let mapping: Node.Mapping
    package let mark: Mark?
    private var used: Set<String> = []
    /// The named lists a string list may include with `"@name"` (a rule pack's
    /// `data/listor.yml`), and where they were defined, for the error when a name is missing.
    /// Nil outside rule files: there `"@…"` is just text.
    package var lists: [String: [String]]?
    package var listsSource: String?

    package init(_ node: Node, path: String, what: String) throws(TenderLintError) {
        guard let mapping = node.mapping else {
            throw YAMLMapping.error(path, node.mark, "\(what) ska vara en mappning (nyckel: värde)")
        }
        self.path = path
        self.mapping = mapping
        mark = node.mark
    }

    /// Parses YAML text into a node, turning syntax errors into positioned errors. Aliases
    /// are refused before parsing: the parser expands them, so a few lines of nested aliases
    /// ("billion laughs") would take exponential time and memory.
    package static func compose(_ yaml: String, path: String) throws(TenderLintError) -> Node? {
        if let alias = firstAlias(in: yaml) {
            throw TenderLintError(
                path: path, line: alias.line, column: alias.column,
                message: "YAML-alias (*namn) stöds inte; skriv ut värdet, eller citera texten om * hör till den")
        }
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                 .composer(_, let problem, let mark, _):
                throw TenderLintError(path: path, line: mark.line, column: mark.column, message: "ogiltig YAML: \(problem)")
            case .duplicatedKeysInMapping(let duplicates, let context):
                throw TenderLintError(
                    path: path, line: context.mark.line, column: context.mark.column,
                    message: "nyckeln förekommer flera gånger: \(duplicates.joined(separator: ", "))")
            default:
                throw TenderLintError(path: path, message: "ogiltig YAML: \(error)")
            }
        } catch {
            throw TenderLintError(path: path, message: "ogiltig YAML: \(error)")
        }
    }

    /// The position of the first `*name` that starts a YAML node (line start, after `- `,
    /// `: `, `? `, `[`, `{` or `,`), skipping quoted text; nil when there is none.
    static func firstAlias(in yaml: String) -> (line: Int, column: Int)? {
        /// The indentation of the line that opened a block scalar (`|`, `>-`), while in one.
        var blockIndent: Int?
        for (lineIndex, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            if let open = blockIndent {
                if indent == scalars.count || indent > open { continue }  // text of the block scalar
                blockIndent = nil
            }
            let trimmed = String(line).trimmingCharacters(in: .whitespaces)
            if trimmed.range(of: #"(^|[:-]\s)[|>][-+0-9]*$"#, options: .regularExpression) != nil {
                blockIndent = indent
            }
            var quote: Unicode.Scalar?
            var nodeStart = true
            for (index, scalar) in scalars.enumerated() {
                if let open = quote {
                    if scalar == open { quote = nil }
                    continue
                }
                switch scalar {
                case " ", "\t":
                    continue
                case "#" where index == 0 || scalars[index - 1] == " ":
                    break
                case "\"", "'":
                    if nodeStart { quote = scalar }
                    nodeStart = false
                    continue
                case "-", "?", ":":
                    let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                    nodeStart = next == " " || next == "\t"
                    continue
                case "[", "{", ",":
                    nodeStart = true
                    continue
                case "*":
                    let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                    if nodeStart, !" \t,[]{}".unicodeScalars.contains(next) { return (lineIndex + 1, index + 1) }
                    nodeStart = false
                    continue
                default:
                    nodeStart = false
                    continue
                }
                break  // a comment ends the line
            }
        }
        return nil
    }

    package static func error(_ path: String, _ mark: Mark?, _ message: String) -> TenderLintError {
        TenderLintError(path: path, line: mark?.line, column: mark?.column, message: message)
    }

    package func error(at node: Node?, _ message: String) -> TenderLintError {
        YAMLMapping.error(path, node?.mark ?? mark, message)
    }

    var keys: [String] { mapping.keys.compactMap(\.string) }

    package mutating func node(_ key: String) -> Node? {
        used.insert(key)
        return mapping[Node(key)]
    }

    package static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["~", "null", "Null", "NULL", ""].contains(scalar.string)
    }

    package mutating func string(_ key: String, required: Bool = false) throws(TenderLintError) -> String? {
        guard let node = node(key), !YAMLMapping.isNull(node) else {
            if required { throw YAMLMapping.error(path, mark, "nyckeln ”\(key)” saknas") }
            return nil
        }
        guard let string = node.scalar?.string else { throw error(at: node, "”\(key)” ska vara en text") }
        if required, string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw error(at: node, "”\(key)” får inte vara tom")
        }
        return string
    }

    package mutating func bool(_ key: String) throws(TenderLintError) -> Bool? {
        guard let node = node(key) else { return nil }
        guard let value = node.bool else { throw error(at: node, "”\(key)” ska vara true eller false") }
        return value
    }

    package mutating func int(_ key: String) throws(TenderLintError) -> Int? {
        guard let node = node(key), !YAMLMapping.isNull(node) else { return nil }
        guard let value = node.int else { throw error(at: node, "”\(key)” ska vara ett heltal") }
        return value
    }

    package mutating func double(_ key: String) throws(TenderLintError) -> Double? {
        guard let node = node(key), !YAMLMapping.isNull(node) else { return nil }
        guard let value = node.float ?? node.int.map(Double.init) else { throw error(at: node, "”\(key)” ska vara ett tal") }
        return value
    }

    /// A list of strings; a single string counts as a list of one. An item `"@name"` stands
    /// for the whole named list `name` (see `lists`), so a list many rules share is written once.
    package mutating func stringList(_ key: String) throws(TenderLintError) -> [String]? {
        guard let node = node(key), !YAMLMapping.isNull(node) else { return nil }
        let items: [Node]
        if node.scalar != nil {
            items = [node]
        } else if let sequence = node.sequence {
            items = Array(sequence)
        } else {
            throw error(at: node, "”\(key)” ska vara en lista")
        }
        var strings: [String] = []
        for item in items {
            guard let string = item.scalar?.string else { throw error(at: item, "”\(key)” ska bara innehålla texter") }
            guard let lists, string.hasPrefix("@"), string.count > 1 else {
                strings.append(string)
                continue
            }
            let name = String(string.dropFirst())
            guard let list = lists[name] else {
                let known = lists.keys.sorted().map { "@" + $0 }.joined(separator: ", ")
                throw error(at: item, "okänd lista ”\(string)” i ”\(key)”"
                    + (known.isEmpty ? "; regelpaketet har inga namngivna listor (data/listor.yml)"
                                     : " (listor i \(listsSource ?? "data/listor.yml"): \(known))"))
            }
            strings += list
        }
        return strings
    }

    /// A list of nodes with their positions.
    package mutating func sequence(_ key: String) throws(TenderLintError) -> [Node]? {
        guard let node = node(key), !YAMLMapping.isNull(node) else { return nil }
        guard let sequence = node.sequence else { throw error(at: node, "”\(key)” ska vara en lista") }
        return Array(sequence)
    }

    package mutating func mapping(_ key: String, what: String) throws(TenderLintError) -> YAMLMapping? {
        guard let node = node(key), !YAMLMapping.isNull(node) else { return nil }
        var nested = try YAMLMapping(node, path: path, what: what)
        nested.lists = lists
        nested.listsSource = listsSource
        return nested
    }

    /// Throws for the first key that is not in `allowed`, before any value is read, so a
    /// misspelt key is reported as such rather than as the key it was meant to be missing.
    package func checkKeys(allowed: [String]) throws(TenderLintError) {
        for (key, _) in mapping {
            guard let name = key.string, !allowed.contains(name) else { continue }
            throw YAMLMapping.error(
                path, key.mark, "okänd nyckel ”\(name)” (tillåtna nycklar: \(allowed.joined(separator: ", ")))")
        }
    }

    /// Throws for the first key that was never read.
    package func finish(known: [String]? = nil) throws(TenderLintError) {
        for (key, _) in mapping {
            guard let name = key.string, !used.contains(name) else { continue }
            let allowed = (known ?? used.sorted()).joined(separator: ", ")
            throw YAMLMapping.error(path, key.mark, "okänd nyckel ”\(name)” (tillåtna nycklar: \(allowed))")
        }
    }
}
