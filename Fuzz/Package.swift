// swift-tools-version: 6.1
// libFuzzer targets for the content compiler (which runs the Markdown parser on every input that is
// valid UTF-8), the Markdown pre-parse limits, `cop`'s terminal output sanitiser, the query parser and search, and the
// search index decoder.
// Not built by the root package: `Scripts/fuzz` builds them with `-sanitize=fuzzer,address`.
import PackageDescription

/// The fuzz entry point is `LLVMFuzzerTestOneInput`; libFuzzer supplies `main`, so the targets are parsed
/// as libraries (no top-level code). Only these targets get the flag: the root package's build tool
/// (`ContentEmbedder`) has a `main.swift`.
let fuzzTargetSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])]
let fuzzTargetLinking: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "cop-guidelines-fuzz",
    dependencies: [
        .package(name: "cop-guidelines", path: "..")
    ],
    targets: [
        // The libFuzzer driver hand-over every target shares (`LLVMFuzzerRunDriver` from `<Target>_main`).
        .target(name: "FuzzDriver"),

        .executableTarget(
            name: "FuzzContentCompiler",
            dependencies: [
                "FuzzDriver",
                .product(name: "ChildOnlineProtection", package: "cop-guidelines"),
                .product(name: "GuidelineCompiler", package: "cop-guidelines"),
            ],
            swiftSettings: fuzzTargetSettings,
            linkerSettings: fuzzTargetLinking
        ),
        // `cop`'s output sanitiser and styled text, compiled from `Sources/cop/Output` (symbolic links).
        .executableTarget(
            name: "FuzzTerminalOutput",
            dependencies: ["FuzzDriver"],
            swiftSettings: fuzzTargetSettings,
            linkerSettings: fuzzTargetLinking
        ),
        // The Markdown layer's pre-parse limits, compiled from `Sources/CmarkTree` (a symbolic link).
        .executableTarget(
            name: "FuzzMarkdownInputCheck",
            dependencies: ["FuzzDriver"],
            swiftSettings: fuzzTargetSettings,
            linkerSettings: fuzzTargetLinking
        ),
        // The knowledge-base snapshot reader, on whole files and on payloads behind a valid checksum.
        .executableTarget(
            name: "FuzzSnapshot",
            dependencies: [
                "FuzzDriver",
                .product(name: "ChildOnlineProtection", package: "cop-guidelines"),
                .product(name: "BinaryCoding", package: "cop-guidelines"),
            ],
            swiftSettings: fuzzTargetSettings,
            linkerSettings: fuzzTargetLinking
        ),
        .executableTarget(
            name: "FuzzQuery",
            dependencies: [
                "FuzzDriver",
                .product(name: "ChildOnlineProtection", package: "cop-guidelines"),
                .product(name: "FullTextSearch", package: "cop-guidelines"),
            ],
            swiftSettings: fuzzTargetSettings,
            linkerSettings: fuzzTargetLinking
        ),
        // Arbitrary bytes as an encoded `SearchIndex`: decoding must reject them or give an index that works.
        .executableTarget(
            name: "FuzzIndexSnapshot",
            dependencies: [.product(name: "FullTextSearch", package: "cop-guidelines")],
            swiftSettings: fuzzTargetSettings,
            linkerSettings: fuzzTargetLinking
        ),
    ]
)
