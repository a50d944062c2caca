/// Bounds on what reading one file may cost, so a hostile file (a zip bomb, a huge part)
/// gets a clear error instead of exhausting memory. Set under `limits:` in `.tenderlint.yml`.
public struct ReadLimits: Sendable, Equatable {
    /// The file on disk, in bytes.
    public var maxFileSize = 100 * 1_048_576
    /// All parts read from one ZIP package together, decompressed.
    public var maxUncompressedSize = 512 * 1_048_576
    /// One part, decompressed.
    public var maxEntrySize = 256 * 1_048_576
    /// Decompressed to compressed size of one part (checked for parts over 1 MB). Word and
    /// LibreOffice parts compress 5 to 20 times; zip bombs, thousands of times.
    public var maxCompressionRatio = 100
    /// Entries in one ZIP package.
    public var maxEntries = 10_000

    public init() {}

    package static let keys = ["maxFileSize", "maxUncompressedSize", "maxEntrySize", "maxCompressionRatio", "maxEntries"]
}
