// swift-tools-version: 6.1
// The benchmarks live in their own package (as swift-nio's do) so that library users never build
// package-benchmark and the root build stays lean. Run from the repository root:
//   swift package --package-path Benchmarks benchmark
//   Scripts/benchmark-report
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "cop-guidelines-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "cop-guidelines", path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // cmark-gfm called directly, for the raw-parse baseline. Its own module name, so that it never
        // clashes with the root package's (internal) `CCmarkGFM`.
        .systemLibrary(
            name: "CBenchCmark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The system SQLite (FTS5), the search baseline.
        .systemLibrary(
            name: "CBenchSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),

        // Everything the suites and the report share: content on disk, replication, the raw parse,
        // the FTS5 engine, the query set and the retrieval-quality scorer.
        .target(
            name: "COPBenchmarkSupport",
            dependencies: [
                "CBenchCmark",
                "CBenchSQLite",
                .product(name: "ChildOnlineProtection", package: "cop-guidelines"),
                .product(name: "GuidelineCompiler", package: "cop-guidelines"),
                .product(name: "FullTextSearch", package: "cop-guidelines"),
                .product(name: "SentenceEmbedding", package: "cop-guidelines"),
            ],
            swiftSettings: swiftSettings
        ),

        // The ratio table (ours vs baselines), interleaved timing in one process; `--smoke` for CI.
        // Depends on the `cop` executable so that a release build of this package builds it beside the
        // report (Benchmarks/.build/release/cop), for the start-up and size rows.
        .executableTarget(
            name: "cop-benchmark-report",
            dependencies: [
                "COPBenchmarkSupport",
                .product(name: "GuidelineCompiler", package: "cop-guidelines"),
                .product(name: "SentenceEmbedding", package: "cop-guidelines"),
                .product(name: "cop", package: "cop-guidelines"),
            ],
            swiftSettings: swiftSettings
        ),

        // package-benchmark suites (percentiles, mallocs, peak memory).
        .executableTarget(
            name: "Loading",
            dependencies: [
                "COPBenchmarkSupport",
                .product(name: "GuidelineCompiler", package: "cop-guidelines"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Loading",
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Search",
            dependencies: ["COPBenchmarkSupport", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/Search",
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Semantic",
            dependencies: [
                "COPBenchmarkSupport",
                .product(name: "SentenceEmbedding", package: "cop-guidelines"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Semantic",
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Scale",
            dependencies: [
                "COPBenchmarkSupport",
                .product(name: "GuidelineCompiler", package: "cop-guidelines"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Scale",
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
