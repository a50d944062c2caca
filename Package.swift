// swift-tools-version: 6.0
import PackageDescription

// The library is a stack of targets; each imports only the ones below it, so the compiler keeps
// the layers apart (docs/architecture.md draws it):
//
//   TenderLintCore        document model, positions, source map, findings, errors, limits
//   TenderLintLanguage    Swedish tokens, sentences, quantities, legal citations, LIX
//   TenderLintReaders     text, Markdown, DOCX, ODT → Document             (Core, Language)
//   TenderLintRules       rule kinds, pack loading, template model, facts  (Core, Language)
//   TenderLintEngine      LintSession: discovery, reading, linting, configuration,
//                         suppressions, baseline, package stage            (Readers, Rules)
//   TenderLintReports     text, JSON, SARIF, GitHub, HTML, score           (Engine)
//   TenderLintAnnotation  DOCX/ODT copies with comments                    (Engine, Readers)
//
// The front ends (`tenderlint`, `tenderlint-server`, `tenderlint-bench`, `tenderlint-fuzz`) build
// a request, run a LintSession and hand the result to a reporter. C libraries are system-library
// targets used by the one target that needs them.
let package = Package(
    name: "tenderlint",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tenderlint", targets: ["tenderlint"]),
        .executable(name: "tenderlint-server", targets: ["tenderlint-server"]),
        .library(name: "TenderLint", targets: [
            "TenderLintCore", "TenderLintLanguage", "TenderLintReaders", "TenderLintRules", "TenderLintEngine",
            "TenderLintReports", "TenderLintAnnotation",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),
        .target(
            name: "TenderLintCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "TenderLintLanguage",
            dependencies: ["TenderLintCore", "CHunspell"]
        ),
        .target(
            name: "TenderLintReaders",
            dependencies: [
                "TenderLintCore", "TenderLintLanguage", "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "TenderLintRules",
            dependencies: ["TenderLintCore", "TenderLintLanguage", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "TenderLintEngine",
            dependencies: [
                "TenderLintCore", "TenderLintLanguage", "TenderLintReaders", "TenderLintRules",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "TenderLintReports",
            dependencies: ["TenderLintCore", "TenderLintLanguage", "TenderLintRules", "TenderLintEngine"]
        ),
        .target(
            name: "TenderLintAnnotation",
            dependencies: [
                "TenderLintCore", "TenderLintReaders", "TenderLintRules", "TenderLintEngine",
            ]
        ),
        .executableTarget(
            name: "tenderlint",
            dependencies: [
                "TenderLintCore", "TenderLintRules", "TenderLintEngine", "TenderLintReports", "TenderLintAnnotation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TenderLintServer",
            dependencies: [
                "TenderLintCore", "TenderLintRules", "TenderLintEngine", "TenderLintReports", "TenderLintAnnotation",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "tenderlint-server",
            dependencies: [
                "TenderLintServer", "TenderLintEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "tenderlint-bench",
            dependencies: [
                "TenderLintCore", "TenderLintLanguage", "TenderLintReaders", "TenderLintRules", "TenderLintEngine",
                "TenderLintAnnotation", "TenderLintEvaluation", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "tenderlint-fuzz",
            dependencies: ["TenderLintCore", "TenderLintReaders", "TenderLintRules", "TenderLintEngine", "TenderLintAnnotation"]
        ),
        // Scores the rules against the labelled evaluation set in Eval/ (bench and tests).
        .target(
            name: "TenderLintEvaluation",
            dependencies: [
                "TenderLintCore", "TenderLintReaders", "TenderLintRules", "TenderLintEngine",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "TenderLintTestSupport",
            dependencies: ["TenderLintCore", "TenderLintReaders", "TenderLintRules", "TenderLintEngine"]
        ),
        .testTarget(
            name: "TenderLintTests",
            dependencies: [
                "TenderLintCore", "TenderLintLanguage", "TenderLintReaders", "TenderLintRules", "TenderLintEngine",
                "TenderLintReports", "TenderLintAnnotation", "TenderLintTestSupport", "TenderLintEvaluation", "tenderlint",
                "TenderLintServer",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
