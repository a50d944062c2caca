import Foundation
import TenderLintCore
import TenderLintReaders

/// The main document's relationships (`word/_rels/document.xml.rels`): where its comments
/// part is, and adding one.
struct Relationships {
    static let part = "word/_rels/document.xml.rels"
    private(set) var ids: Set<String> = []
    /// The comments part the document already has, as a package part name.
    private(set) var commentsPart: String?
    private let exists: Bool

    init(archive: PackageArchive) throws(TenderLintError) {
        exists = archive.contains(Self.part)
        guard exists else { return }
        let collector = AttributeCollector(element: "rel:Relationship")
        try XMLPartReading.parse(Self.part, in: archive, with: collector)
        for attributes in collector.found {
            if let id = attributes["Id"] { ids.insert(id) }
            if attributes["Type"]?.hasSuffix("/relationships/comments") == true, attributes["TargetMode"] != "External",
               let target = attributes["Target"] {
                commentsPart = Self.resolve(target)
            }
        }
    }

    /// A target relative to `word/` (or absolute in the package) as a part name.
    static func resolve(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = ["word"]
        for component in target.split(separator: "/") {
            if component == ".." { if !components.isEmpty { components.removeLast() } } else if component != "." {
                components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    /// Adds a relationship to the comments part (rewriting the relationships part, or
    /// creating it).
    func addComments(
        target part: String, strict: Bool, to replaced: inout [String: Data], adding added: inout [PackagePart],
        archive: PackageArchive
    ) throws(TenderLintError) {
        let type = strict
            ? "http://purl.oclc.org/ooxml/officeDocument/relationships/comments"
            : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
        var number = ids.count + 1
        while ids.contains("rId\(number)") { number += 1 }
        let target = part.hasPrefix("word/") ? String(part.dropFirst(5)) : "/" + part
        let element = { (prefix: String) in
            "<\(prefix)Relationship Id=\"rId\(number)\" Type=\"\(type)\" Target=\"\(XMLOutput.escapeAttribute(target))\"/>"
        }
        if exists {
            let copier = XMLPartCopier()
            copier.beforeRootEnd = element
            try XMLPartReading.parse(Self.part, in: archive, with: copier)
            replaced[Self.part] = Data(copier.data)
        } else {
            let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + element("") + "</Relationships>"
            added.append(PackagePart(name: Self.part, data: Data(xml.utf8)))
        }
    }
}

/// `[Content_Types].xml`: a new part needs an `Override` with its content type.
enum ContentTypes {
    static let part = "[Content_Types].xml"

    static func ensureOverride(
        part name: String, type: String, in archive: PackageArchive, replacing replaced: inout [String: Data]
    ) throws(TenderLintError) {
        guard archive.contains(part) else {
            throw TenderLintError(path: archive.path, message: "paketet saknar [Content_Types].xml och är ingen giltig Office-fil")
        }
        let copier = XMLPartCopier()
        var present = false
        copier.onElement = { element, attributes in
            if element.hasSuffix("Override"), attributes["PartName"]?.lowercased() == "/" + name.lowercased() {
                present = true
            }
        }
        copier.beforeRootEnd = { prefix in
            present ? "" : "<\(prefix)Override PartName=\"/\(XMLOutput.escapeAttribute(name))\" ContentType=\"\(type)\"/>"
        }
        try XMLPartReading.parse(part, in: archive, with: copier)
        if !present { replaced[part] = Data(copier.data) }
    }
}

/// Collects the attributes of every element of one name.
final class AttributeCollector: XMLStreamHandler {
    let element: String
    private(set) var found: [XMLAttributes] = []

    init(element: String) {
        self.element = element
    }

    func startElement(_ name: String, attributes: XMLAttributes) {
        if name == element { found.append(attributes) }
    }

    func endElement(_ name: String) {}
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// Writes a package back with some parts replaced and others added, every other part
/// exactly as it was (same bytes, same compression, same date, same order).
enum PackageCopy {
    static func write(
        _ archive: PackageArchive, replacing replaced: [String: Data], adding added: [PackagePart], to destination: String?
    ) throws(TenderLintError) -> Data? {
        var parts: [PackagePart] = []
        for name in archive.orderedPartNames {
            guard let storage = archive.storage(name) else { continue }
            var data = Data()
            if let replacement = replaced[name] {
                data = replacement
            } else if !storage.isDirectory {
                data = try archive.data(name, checkRatio: false)
            }
            parts.append(PackagePart(name: name, data: data, compressed: storage.compressed, modified: storage.modified,
                                     isDirectory: storage.isDirectory))
        }
        return try PackageWriter.write(parts + added, to: destination)
    }
}
