/// An error a user can act on: it names the file (and line and column where there is one)
/// and says in Swedish what is wrong. Errors are values; nothing in tenderlint traps on input.
public struct TenderLintError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String?
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String?, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: message`, leaving out what is unknown.
    public var description: String {
        var prefix = path ?? ""
        if let line { prefix += ":\(line)" }
        if let line, line > 0, let column { prefix += ":\(column)" }
        return prefix.isEmpty ? message : "\(prefix): \(message)"
    }
}

extension TenderLintError {
    package static func fileNotFound(_ path: String) -> TenderLintError {
        TenderLintError(path: path, message: "filen eller mappen finns inte")
    }

    package static func unreadable(_ path: String, _ reason: String) -> TenderLintError {
        TenderLintError(path: path, message: "filen kunde inte läsas: \(reason)")
    }

    package static func notText(_ path: String, _ what: String) -> TenderLintError {
        TenderLintError(path: path, message: "filen är inte en textfil (\(what))")
    }

    package static func tooLarge(_ path: String, bytes: Int, limit: Int) -> TenderLintError {
        TenderLintError(
            path: path,
            message: "filen är för stor (\(bytes / 1_048_576) MB; gränsen är \(limit / 1_048_576) MB)")
    }

    package static func noSupportedFiles(_ path: String) -> TenderLintError {
        TenderLintError(
            path: path,
            message: "mappen innehåller inga filer som tenderlint kan läsa ("
                + DocumentFormat.supportedExtensions.map { "." + $0 }.joined(separator: ", ") + ")")
    }

    package static func unsupportedFormat(_ path: String) -> TenderLintError {
        TenderLintError(
            path: path,
            message: "filformatet stöds inte; tenderlint läser "
                + DocumentFormat.supportedExtensions.map { "." + $0 }.joined(separator: ", "))
    }
}
