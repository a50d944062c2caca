// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "tenderlint",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tenderlint", targets: ["tenderlint"]),
        .executable(name: "tenderlint-server", targets: ["tenderlint-server"]),
        .library(name: "TenderLint", targets: ["TenderLint"]),
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
        .target(
            name: "TenderLint",
            dependencies: [
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "tenderlint",
            dependencies: [
                "TenderLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TenderLintServer",
            dependencies: [
                "TenderLint",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "tenderlint-server",
            dependencies: [
                "TenderLintServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "tenderlint-bench",
            dependencies: ["TenderLint", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(
            name: "tenderlint-fuzz",
            dependencies: ["TenderLint"]
        ),
        .target(
            name: "TenderLintTestSupport",
            dependencies: ["TenderLint"]
        ),
        .testTarget(
            name: "TenderLintTests",
            dependencies: [
                "TenderLint", "TenderLintTestSupport", "tenderlint", "TenderLintServer",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
