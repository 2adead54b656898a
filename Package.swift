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
        // Reading and searching the bundled knowledge base: links no Markdown parser.
        .library(name: "ChildOnlineProtection", targets: ["ChildOnlineProtection"]),
        // Compiling custom content and layers from Markdown (links cmark-gfm).
        .library(name: "GuidelineCompiler", targets: ["GuidelineCompiler"]),
        .library(name: "GuidelineKnowledge", targets: ["GuidelineKnowledge"]),
        .library(name: "FullTextSearch", targets: ["FullTextSearch"]),
        .library(name: "SentenceEmbedding", targets: ["SentenceEmbedding"]),
        .library(name: "BinaryCoding", targets: ["BinaryCoding"]),
        .executable(name: "cop", targets: ["cop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // C libraries from Debian, wrapped once each. Nothing outside `CmarkTree`, `FullTextSearch` and
        // `SentenceEmbedding` touches their C APIs.
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

        // The COP model, knowledge base, layers applied, search, exports and snapshots. Parses no Markdown:
        // it must never depend on `CmarkTree` (`PackageGraphTests` checks).
        .target(
            name: "GuidelineKnowledge",
            dependencies: ["FullTextSearch", "SentenceEmbedding", "BinaryCoding"],
            swiftSettings: strictSwift
        ),

        // The Markdown content and layer compilers, and loading content and layers from folders.
        .target(
            name: "GuidelineCompiler",
            dependencies: ["GuidelineKnowledge", "CmarkTree"],
            swiftSettings: strictSwift
        ),

        // The bundled content's snapshot and record vectors, compiled from Content/en by `Scripts/bundle-content`
        // (checked in as Content/snapshot/en.snapshot and Content/vectors/en.vectors) and embedded in the program's
        // read-only data with C23 `#embed`: no build tool, nothing compiled twice, nothing copied at run time.
        .target(name: "CBundledContent"),

        // What apps import: the knowledge base API with the bundled content, loaded from the embedded snapshot.
        // It does not link the compiler.
        .target(
            name: "ChildOnlineProtection",
            dependencies: ["GuidelineKnowledge", "BinaryCoding", "CBundledContent"],
            swiftSettings: strictSwift
        ),

        .executableTarget(
            name: "cop",
            dependencies: [
                "ChildOnlineProtection",
                "GuidelineCompiler",
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
            dependencies: ["ChildOnlineProtection", "GuidelineKnowledge", "GuidelineCompiler", "BinaryCoding"],
            exclude: ["Fixtures"],
            swiftSettings: strictSwift
        ),
        // Reads this manifest (`swift package dump-package`): what apps link to read the bundled guidelines
        // must not reach the Markdown parser.
        .testTarget(name: "PackageGraphTests", swiftSettings: strictSwift),
        .testTarget(
            name: "copTests",
            dependencies: ["cop", "ChildOnlineProtection", "GuidelineKnowledge"],
            swiftSettings: strictSwift
        ),
    ],
    // C23, for `#embed` in CBundledContent.
    cLanguageStandard: .c2x
)
