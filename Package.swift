// swift-tools-version: 6.1
import PackageDescription

let strictSwift: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "cop-guidelines",
    products: [
        .library(name: "ChildOnlineProtection", targets: ["ChildOnlineProtection"]),
        .library(name: "FullTextSearch", targets: ["FullTextSearch"]),
        .library(name: "SentenceEmbedding", targets: ["SentenceEmbedding"]),
        .executable(name: "cop", targets: ["cop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C libraries from Debian, wrapped once each. Nothing outside `CmarkTree` and `FullTextSearch`
        // touches their C APIs.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),

        // Layer 1: cmark-gfm's syntax tree as immutable Swift values with text ranges.
        .target(name: "CmarkTree", dependencies: ["CCmarkGFM"], swiftSettings: strictSwift),

        // Bounds-checked binary reading and writing, for snapshot files.
        .target(name: "BinaryCoding", swiftSettings: strictSwift),

        // Generic full-text search engine: knows nothing about child online protection.
        .target(name: "FullTextSearch", dependencies: ["CStemmer", "BinaryCoding"], swiftSettings: strictSwift),

        // Generic on-device sentence embeddings (a BERT encoder over OpenBLAS): knows nothing about COP.
        .target(name: "SentenceEmbedding", dependencies: ["COpenBLAS"], swiftSettings: strictSwift),

        // The COP model, content compiler, knowledge base and query API, with the bundled content.
        .target(
            name: "ChildOnlineProtection",
            dependencies: ["CmarkTree", "FullTextSearch", "SentenceEmbedding"],
            swiftSettings: strictSwift,
            plugins: ["EmbedContentPlugin"]
        ),

        // Build-time tool: turns Content/en/*.md into Swift string literals compiled into the library.
        .executableTarget(name: "ContentEmbedder", swiftSettings: strictSwift),
        .plugin(
            name: "EmbedContentPlugin",
            capability: .buildTool(),
            dependencies: ["ContentEmbedder"]
        ),

        .executableTarget(
            name: "cop",
            dependencies: [
                "ChildOnlineProtection",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSwift
        ),

        .testTarget(name: "CmarkTreeTests", dependencies: ["CmarkTree", "FullTextSearch"], swiftSettings: strictSwift),
        .testTarget(name: "BinaryCodingTests", dependencies: ["BinaryCoding"], swiftSettings: strictSwift),
        .testTarget(name: "FullTextSearchTests", dependencies: ["FullTextSearch"], swiftSettings: strictSwift),
        .testTarget(
            name: "SentenceEmbeddingTests",
            dependencies: ["SentenceEmbedding"],
            exclude: ["Fixtures"],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "ChildOnlineProtectionTests",
            dependencies: ["ChildOnlineProtection"],
            exclude: ["Fixtures"],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "copTests",
            dependencies: ["cop", "ChildOnlineProtection"],
            swiftSettings: strictSwift
        ),
    ]
)
