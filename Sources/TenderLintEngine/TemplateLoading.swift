import Foundation
import TenderLintCore
import TenderLintReaders
import TenderLintRules

extension Template {
    /// Reads a template file in any supported format, with its sidecar when there is one.
    public static func load(path: String, limits: ReadLimits = ReadLimits()) throws(TenderLintError) -> Template {
        let document = try DocumentLoader.load(path: path, limits: limits)
        let sidecar = sidecarPath(for: path)
        var optional: [String] = []
        var editable: [String] = []
        var usedSidecar: String?
        if FileManager.default.fileExists(atPath: sidecar) {
            usedSidecar = sidecar
            guard let data = FileManager.default.contents(atPath: sidecar), let text = String(data: data, encoding: .utf8) else {
                throw TenderLintError(path: sidecar, message: "mallens sidofil kunde inte läsas som UTF-8")
            }
            if let node = try YAMLMapping.compose(text, path: sidecar) {
                var yaml = try YAMLMapping(node, path: sidecar, what: "mallens sidofil")
                optional = try yaml.stringList("optional") ?? []
                editable = try yaml.stringList("editable") ?? []
                try yaml.finish()
            }
        }
        var template = Template(document: document, optional: optional, editable: editable)
        template.sidecarPath = usedSidecar
        if template.sections.isEmpty {
            throw TenderLintError(path: path, message: "mallen har inga rubriker; dess avsnitt är dess rubriker")
        }
        return template
    }
}
