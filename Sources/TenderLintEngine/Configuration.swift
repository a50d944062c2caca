import Foundation
import Yams
import TenderLintCore
import TenderLintRules

/// A `.tenderlint.yml`: which rules run and how severe they are, extra rule packs, contract
/// facts, and when the run fails.
public struct Configuration: Sendable {
    /// `true`/`false` to enable or disable, or a mapping with `enabled` and `severity`.
    public struct RuleSetting: Sendable, Equatable {
        public var enabled: Bool?
        public var severity: Severity?

        public init(enabled: Bool? = nil, severity: Severity? = nil) {
            self.enabled = enabled
            self.severity = severity
        }
    }

    /// Where the configuration came from, or nil for the built-in defaults.
    public var path: String?
    public var rules: [String: RuleSetting] = [:]
    public var categories: [Category: RuleSetting] = [:]
    /// Absolute paths of extra rule packs.
    public var ruleDirectories: [String] = []
    public var contract = ContractFacts()
    public var failOn: FailThreshold?
    public var limits = ReadLimits()
    /// The shared template (`template:`, a path relative to the configuration file, or a
    /// mapping with `path` and `files`, the file names it applies to).
    public var template: TemplateSetting?
    /// What the files this configuration covers are: tenders (the default) or templates, whose
    /// fill-in places and instructions to the buyer are meant to be there (`role: template`).
    public var role: DocumentRole = .tender
    /// Whether rules that judge a whole document wait for one (`minimumDocumentWords`). Off
    /// only where a rule's own one-sentence examples are checked.
    public var documentLengthLimits = true
    /// Where each rule id under `rules:` was written, to report one that names no rule.
    var ruleMarks: [String: SourcePosition] = [:]

    public init() {}

    public static let fileNames = [".tenderlint.yml", ".tenderlint.yaml"]

    /// Whether a rule runs, and at which severity.
    public func resolve(_ metadata: RuleMetadata) -> (enabled: Bool, severity: Severity, configured: Bool) {
        let rule = rules[metadata.id]
        let category = categories[metadata.category]
        // A rule that is off by default runs only where it is turned on by its id.
        let enabled = rule?.enabled ?? (metadata.enabledByDefault ? category?.enabled ?? true : false)
        let configured = rule?.severity ?? category?.severity
        return (enabled, configured ?? metadata.severity, configured != nil)
    }

    /// Throws for a rule id under `rules:` that names no loaded rule (a misspelt id would
    /// otherwise leave the rule running unnoticed).
    public func validate(ruleIDs: Set<String>) throws(TenderLintError) {
        for id in rules.keys.sorted() where !ruleIDs.contains(id) {
            let mark = ruleMarks[id]
            let close = ruleIDs.filter { $0.hasPrefix(String(id.prefix(4))) }.sorted().prefix(3)
            throw TenderLintError(
                path: path, line: mark?.line, column: mark?.column,
                message: "okänd regel ”\(id)”" + (close.isEmpty ? "; se tenderlint rules" : "; menade du \(close.joined(separator: ", "))?"))
        }
    }

    /// Loads a configuration file; relative rule directories resolve against its folder.
    public static func load(path: String) throws(TenderLintError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TenderLintError(path: path, message: "konfigurationsfilen finns inte eller kunde inte läsas")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TenderLintError(path: path, message: "konfigurationsfilen är inte UTF-8")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws(TenderLintError) -> Configuration {
        var configuration = Configuration()
        configuration.path = path
        guard let node = try YAMLMapping.compose(text, path: path) else { return configuration }
        var yaml = try YAMLMapping(node, path: path, what: "konfigurationen")
        try yaml.checkKeys(allowed: ["rules", "categories", "ruleDirectories", "contract", "failOn", "limits", "template", "role"])
        if var rules = try yaml.mapping("rules", what: "”rules”") {
            for (key, value) in rules.mapping {
                guard let id = key.string else { continue }
                _ = rules.node(id)
                if let mark = key.mark { configuration.ruleMarks[id] = SourcePosition(line: mark.line, column: mark.column) }
                configuration.rules[id] = try setting(value, name: id, in: rules)
            }
            try rules.finish()
        }
        if var categories = try yaml.mapping("categories", what: "”categories”") {
            for (key, value) in categories.mapping {
                guard let name = key.string, let category = Category(rawValue: name) else {
                    throw categories.error(at: key, "okänd kategori ”\(key.string ?? "")” (tillåtna: "
                        + Category.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                }
                _ = categories.node(name)
                configuration.categories[category] = try setting(value, name: name, in: categories)
            }
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        configuration.ruleDirectories = (try yaml.stringList("ruleDirectories") ?? []).map {
            $0.hasPrefix("/") ? $0 : base.appendingPathComponent($0).standardizedFileURL.path
        }
        if var contract = try yaml.mapping("contract", what: "”contract”") {
            try contract.checkKeys(allowed: ContractFacts.keys)
            configuration.contract = try facts(&contract)
            try contract.finish()
        }
        if var limits = try yaml.mapping("limits", what: "”limits”") {
            try limits.checkKeys(allowed: ReadLimits.keys)
            configuration.limits = try readLimits(&limits)
            try limits.finish()
        }
        if let node = yaml.node("template") {
            configuration.template = try templateSetting(node, base: base, in: yaml)
        }
        if let role = try yaml.string("role") {
            guard let value = DocumentRole(rawValue: role) else {
                throw yaml.error(at: yaml.mapping[Node("role")], "”role” ska vara tender eller template")
            }
            configuration.role = value
        }
        if let failOn = try yaml.string("failOn") {
            guard let threshold = FailThreshold(rawValue: failOn) else {
                throw yaml.error(at: yaml.mapping[Node("failOn")], "”failOn” ska vara "
                    + FailThreshold.allCases.map(\.rawValue).joined(separator: ", "))
            }
            configuration.failOn = threshold
        }
        try yaml.finish()
        return configuration
    }

    private static func templateSetting(_ node: Node, base: URL, in yaml: YAMLMapping) throws(TenderLintError) -> TemplateSetting {
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : base.appendingPathComponent(path).standardizedFileURL.path
        }
        if let scalar = node.scalar { return TemplateSetting(path: resolve(scalar.string)) }
        var mapping = try YAMLMapping(node, path: yaml.path, what: "”template”")
        guard let path = try mapping.string("path", required: true) else {
            throw mapping.error(at: node, "”template” behöver ”path”")
        }
        let files = try mapping.stringList("files")
        try mapping.finish()
        return TemplateSetting(path: resolve(path), files: files)
    }

    private static func setting(_ node: Node, name: String, in yaml: YAMLMapping) throws(TenderLintError) -> RuleSetting {
        if let enabled = node.bool, node.scalar != nil { return RuleSetting(enabled: enabled) }
        if let scalar = node.scalar {
            if let severity = Severity(rawValue: scalar.string) { return RuleSetting(severity: severity) }
            if scalar.string == "off" { return RuleSetting(enabled: false) }
            if scalar.string == "on" { return RuleSetting(enabled: true) }
            throw yaml.error(at: node, "inställningen för ”\(name)” ska vara true, false, en allvarlighetsgrad eller en mappning")
        }
        var mapping = try YAMLMapping(node, path: yaml.path, what: "inställningen för ”\(name)”")
        var setting = RuleSetting(enabled: try mapping.bool("enabled"))
        if let severity = try mapping.string("severity") {
            guard let value = Severity(rawValue: severity) else {
                throw mapping.error(at: mapping.mapping[Node("severity")], "okänd allvarlighetsgrad ”\(severity)” (tillåtna: "
                    + Severity.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            setting.severity = value
        }
        try mapping.finish()
        return setting
    }

    private static func readLimits(_ yaml: inout YAMLMapping) throws(TenderLintError) -> ReadLimits {
        var limits = ReadLimits()
        func value(_ key: String) throws(TenderLintError) -> Int? {
            guard let node = yaml.node(key) else { return nil }
            guard let number = node.int, number > 0 else {
                throw yaml.error(at: node, "”\(key)” ska vara ett positivt heltal")
            }
            return number
        }
        if let megabytes = try value("maxFileSize") { limits.maxFileSize = megabytes * 1_048_576 }
        if let megabytes = try value("maxUncompressedSize") { limits.maxUncompressedSize = megabytes * 1_048_576 }
        if let megabytes = try value("maxEntrySize") { limits.maxEntrySize = megabytes * 1_048_576 }
        if let ratio = try value("maxCompressionRatio") { limits.maxCompressionRatio = ratio }
        if let entries = try value("maxEntries") { limits.maxEntries = entries }
        return limits
    }

    private static func facts(_ yaml: inout YAMLMapping) throws(TenderLintError) -> ContractFacts {
        var facts = ContractFacts()
        if let node = yaml.node("estimatedValue") {
            guard let value = node.float ?? node.int.map(Double.init) else {
                throw yaml.error(at: node, "”estimatedValue” ska vara ett belopp i kronor, t.ex. 2400000")
            }
            facts.estimatedValue = value
        }
        if let period = try yaml.string("valuePeriod") {
            guard let value = ContractFacts.ValuePeriod(rawValue: period) else {
                throw yaml.error(at: yaml.mapping[Node("valuePeriod")], "”valuePeriod” ska vara year eller total")
            }
            facts.valuePeriod = value
        }
        facts.currency = try yaml.string("currency")
        facts.contractKind = try yaml.string("contractKind")
        facts.procedure = try yaml.string("procedure")
        if let node = yaml.node("contractYears") {
            guard let years = node.float ?? node.int.map(Double.init), years > 0 else {
                throw yaml.error(at: node, "”contractYears” ska vara avtalstiden i år med optioner, t.ex. 4")
            }
            facts.contractYears = years
        }
        return facts
    }

    /// The configuration file that applies to a file: the nearest one in its folder or above.
    public static func find(for file: String) -> String? {
        var directory = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent()
        while true {
            for name in fileNames {
                let candidate = directory.appendingPathComponent(name).path
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }
}

/// What a document is: a tender to publish, or a template to make tenders from.
public enum DocumentRole: String, Sendable {
    case tender
    case template
}

/// Which template a configuration checks against, and which files it applies to.
public struct TemplateSetting: Sendable, Equatable {
    /// An absolute path.
    public var path: String
    /// Shell patterns for the file names the template applies to (`upphandlingsdokument.*`);
    /// nil: every file that resembles the template.
    public var files: [String]?

    public init(path: String, files: [String]? = nil) {
        self.path = path
        self.files = files
    }

    /// Whether the template applies to a file: `.forced` when its name matches `files`,
    /// `.excluded` when `files` is set and it does not, else `.automatic`.
    public func scope(for file: String) -> TemplateScope {
        guard let files else { return .automatic }
        let name = URL(fileURLWithPath: file).lastPathComponent
        return files.contains { fnmatch($0, name, 0) == 0 } ? .forced : .excluded
    }
}

/// How a template applies to one document.
public enum TemplateScope: Sendable {
    /// When the document resembles the template (has at least a third of its sections).
    case automatic
    case forced
    case excluded
}

/// The lowest severity that makes the run fail, or never.
public enum FailThreshold: String, Sendable, CaseIterable {
    case error
    case warning
    case suggestion
    case never

    public func fails(on severity: Severity) -> Bool {
        switch self {
        case .never: false
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .suggestion: true
        }
    }
}
