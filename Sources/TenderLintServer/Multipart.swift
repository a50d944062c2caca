import Foundation
import MultipartKit
import NIOCore

/// `multipart/form-data` uploads, parsed with MultipartKit's parser; the part headers'
/// parameters (`name`, `filename`) are read here.
enum Multipart {
    struct Part {
        var name: String
        var filename: String?
        var body: Data
    }

    struct Malformed: Error {}

    /// A form from the page has three parts; more than this is not an upload.
    static let maxParts = 16

    /// The `boundary` parameter of a `Content-Type` header (RFC 2046: 1–70 characters), or nil.
    static func boundary(_ contentType: String) -> String? {
        parameters(contentType)["boundary"].flatMap { $0.isEmpty || $0.count > 70 ? nil : $0 }
    }

    static func parse(_ body: ByteBuffer, boundary: String) throws -> [Part] {
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var headers: [String: String] = [:]
        var data = Data()
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { buffer in data.append(contentsOf: buffer.readableBytesView) }
        var tooMany = false
        parser.onPartComplete = {
            guard parts.count < maxParts else {
                tooMany = true
                headers = [:]
                data = Data()
                return
            }
            let disposition = parameters(headers["content-disposition"] ?? "")
            parts.append(Part(name: disposition["name"] ?? "", filename: disposition["filename"], body: data))
            headers = [:]
            data = Data()
        }
        try parser.execute(body)
        guard !parts.isEmpty, !tooMany else { throw Malformed() }
        return parts
    }

    /// `form-data; name="file"; filename="anbud.docx"` → ["name": "file", "filename": "anbud.docx"]
    /// (the first value, lower-cased keys; quoted values unescaped; `filename*` of RFC 5987
    /// preferred when present).
    static func parameters(_ header: String) -> [String: String] {
        var result: [String: String] = [:]
        var index = header.startIndex
        // Skip the value before the first ';'.
        while index < header.endIndex, header[index] != ";" { index = header.index(after: index) }
        while index < header.endIndex {
            index = header.index(after: index)  // past ';'
            while index < header.endIndex, header[index] == " " || header[index] == "\t" { index = header.index(after: index) }
            var key = ""
            while index < header.endIndex, header[index] != "=", header[index] != ";" {
                key.append(header[index])
                index = header.index(after: index)
            }
            var value = ""
            if index < header.endIndex, header[index] == "=" {
                index = header.index(after: index)
                if index < header.endIndex, header[index] == "\"" {
                    index = header.index(after: index)
                    while index < header.endIndex, header[index] != "\"" {
                        if header[index] == "\\", header.index(after: index) < header.endIndex { index = header.index(after: index) }
                        value.append(header[index])
                        index = header.index(after: index)
                    }
                    if index < header.endIndex { index = header.index(after: index) }
                    while index < header.endIndex, header[index] != ";" { index = header.index(after: index) }
                } else {
                    while index < header.endIndex, header[index] != ";" {
                        value.append(header[index])
                        index = header.index(after: index)
                    }
                    value = value.trimmingCharacters(in: .whitespaces)
                }
            }
            key = key.trimmingCharacters(in: .whitespaces).lowercased()
            if key.isEmpty { continue }
            if key == "filename*" {
                // UTF-8''anbud%20v%C3%A4g.docx, or with a language: UTF-8'sv'anbud.docx
                let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if pieces.count == 3, pieces[0].lowercased() == "utf-8", let decoded = pieces[2].removingPercentEncoding {
                    result["filename"] = decoded
                    result["filename*"] = decoded
                }
                continue
            }
            if key == "filename", result["filename*"] != nil { continue }
            if result[key] == nil { result[key] = value }
        }
        return result
    }

    /// `attachment; filename="…"; filename*=UTF-8''…` for a download.
    static func attachment(_ filename: String) -> String {
        let ascii = String(filename.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
