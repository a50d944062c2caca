import TenderLintCore

/// Turns the bytes of a text file into Unicode scalars: UTF-8 (with or without BOM), UTF-16
/// with BOM, and Windows-1252 as the fallback for files that are not valid UTF-8.
public enum TextDecoder {
    public struct Decoded: Sendable {
        public var scalars: [Unicode.Scalar]
        public var encoding: String
        public var notices: [String]
    }

    /// Decodes `bytes`, or throws when they are not text at all.
    public static func decode(_ bytes: [UInt8], path: String) throws(TenderLintError) -> Decoded {
        if let kind = binarySignature(bytes) {
            throw .notText(path, kind)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let decoded = decodeUTF8Leniently(bytes.dropFirst(3))
            guard decoded.errors == 0 else {
                throw .unreadable(path, "filen börjar som UTF-8 men innehåller ogiltiga byte")
            }
            return try checked(decoded.scalars, encoding: "utf-8-bom", notices: [], path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try checked(decodeUTF16(bytes, path: path), encoding: bytes[0] == 0xFF ? "utf-16le" : "utf-16be",
                               notices: [], path: path)
        }
        // Valid UTF-8; mostly UTF-8 with a few bad bytes (a paste from elsewhere): keep UTF-8 and
        // say so; no multi-byte UTF-8 at all: a Windows-1252 file from a Swedish Windows machine.
        let lenient = decodeUTF8Leniently(bytes[...])
        if lenient.errors == 0 {
            return try checked(lenient.scalars, encoding: "utf-8", notices: [], path: path)
        }
        if lenient.multiByte > 0, lenient.errors * 2 <= lenient.multiByte {
            return try checked(
                lenient.scalars, encoding: "utf-8",
                notices: ["\(lenient.errors) ogiltiga byte i UTF-8-texten ersattes med �"], path: path)
        }
        return try checked(
            bytes.map(windows1252), encoding: "windows-1252",
            notices: ["filen är inte giltig UTF-8 och lästes som Windows-1252"], path: path)
    }

    private static func checked(
        _ scalars: [Unicode.Scalar], encoding: String, notices: [String], path: String
    ) throws(TenderLintError) -> Decoded {
        // Text never holds NUL, and only a trace of other control characters.
        var controls = 0
        for scalar in scalars where scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" {
            if scalar.value == 0 { throw .notText(path, "den innehåller nolltecken") }
            if scalar.value != 0x0C { controls += 1 }
        }
        if controls > 8 && controls * 100 > scalars.count {
            throw .notText(path, "den innehåller många styrtecken")
        }
        return Decoded(scalars: scalars, encoding: encoding, notices: notices)
    }

    /// UTF-8 straight into scalars, each invalid byte replaced by U+FFFD; counts the valid
    /// multi-byte scalars and the invalid bytes, so one pass tells valid UTF-8 (no errors),
    /// UTF-8 with a few bad bytes, and another encoding apart.
    static func decodeUTF8Leniently(_ bytes: ArraySlice<UInt8>) -> (scalars: [Unicode.Scalar], multiByte: Int, errors: Int) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var multiByte = 0, errors = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                index += 1
                continue
            }
            var iterator = bytes[index...].makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) {
                multiByte += 1
                scalars.append(scalar)
                index += UTF8.width(scalar)
            } else {
                errors += 1
                scalars.append("\u{FFFD}")
                index += 1
            }
        }
        return (scalars, multiByte, errors)
    }

    private static func decodeUTF16(_ bytes: [UInt8], path: String) throws(TenderLintError) -> [Unicode.Scalar] {
        let littleEndian = bytes[0] == 0xFF
        guard bytes.count % 2 == 0 else { throw .unreadable(path, "UTF-16-filen har ett udda antal byte") }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index + 1 < bytes.count {
            let low = UInt16(bytes[index]), high = UInt16(bytes[index + 1])
            units.append(littleEndian ? (high << 8 | low) : (low << 8 | high))
            index += 2
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return scalars
            case .error: throw .unreadable(path, "ogiltig UTF-16")
            }
        }
    }

    /// Recognises common binary formats by their first bytes, to say what the file is.
    private static func binarySignature(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "det är ett ZIP-arkiv, t.ex. en DOCX- eller ODT-fil" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return "det är en OLE-fil, t.ex. ett äldre Word-dokument (.doc); spara det som .docx"
        }
        if bytes.starts(with: Array("%PDF".utf8)) { return "det är en PDF-fil; tenderlint läser inte PDF" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) || bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "det är en bild" }
        return nil
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte < 0xA0 { return Unicode.Scalar(windows1252High[Int(byte) - 0x80])! }
        return Unicode.Scalar(byte)
    }
}
