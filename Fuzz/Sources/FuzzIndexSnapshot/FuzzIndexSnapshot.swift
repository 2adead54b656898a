import BinaryCoding
import Foundation
import FullTextSearch

/// libFuzzer entry point: arbitrary bytes to `SearchIndex(decoding:)`. Hostile bytes must give a
/// `BinaryDecodingError`, never a crash or an out-of-bounds read (AddressSanitizer checks every access);
/// an input that decodes must answer queries and suggestions, and encode to bytes that decode again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    run(UnsafeRawBufferPointer(start: start, count: count))
}

private func decode(_ bytes: UnsafeRawBufferPointer) -> SearchIndex? {
    var reader = BinaryReader(bytes)
    return try? SearchIndex(decoding: &reader)
}

private func encode(_ index: SearchIndex) -> [UInt8] {
    var writer = BinaryWriter()
    index.encode(into: &writer)
    return writer.bytes
}

private func run(_ input: UnsafeRawBufferPointer) -> CInt {
    guard let index = decode(input) else { return 0 }
    for query in queries {
        let results = index.search(query, limit: 5, offset: 1, explain: true)
        if results.hits.count > 5 || results.total < results.hits.count {
            fatalError("inconsistent results for \(query.debugDescription)")
        }
    }
    let signals = RankingSignals(
        similarities: (0..<index.documentCount).map { Float($0 % 7) / 7 },
        priors: (0..<index.documentCount).map { 1 + Double($0 % 3) / 10 }
    )
    _ = index.search("grooming games", filters: ["audience": ["parents"]], signals: signals)
    for prefix in ["g", "gr", "online ch", "é"] { _ = index.suggestions(prefix: prefix, limit: 5) }
    let reencoded = encode(index)
    guard reencoded.withUnsafeBytes(decode) != nil else {
        fatalError("an index decoded from \(input.count) bytes encodes to bytes that do not decode")
    }
    return 0
}

private let queries = [
    "grooming", "online games", "\"online games\"", "cyber*", "groomng", "audience:parents chat",
    "csam -police", "sexting OR nudes", "child sexual abuse material", "", "x",
]

/// Small indexes whose encodings seed the corpus (written by `FUZZ_WRITE_SEEDS=DIR`, see `Scripts/fuzz`), so
/// that the fuzzer starts from valid encodings of the current format version.
private func seedIndexes() throws -> [SearchIndex] {
    let schema = try IndexSchema(
        textFields: [.init(name: "title", weight: 3), .init(name: "body", weight: 1)],
        keywordFields: ["audience"],
        snippetField: "body",
        titleField: "title"
    )
    let documents = [
        SearchDocument(
            id: "a", text: ["title": "Grooming in online games", "body": "An adult may groom a child in chat."],
            keywords: ["audience": ["parents"]]),
        SearchDocument(
            id: "b", text: ["title": "Reporting CSAM", "body": "Platforms must report child sexual abuse material."],
            keywords: ["audience": ["industry"]]),
        SearchDocument(
            id: "c", text: ["title": "Café privacy", "body": "Naïve settings share nudes; sexting risks."],
            keywords: ["audience": ["parents", "children"]]),
    ]
    let thesaurus = Thesaurus([["csam", "child sexual abuse material"], ["sexting", "nudes"]])
    let analyzer = try Analyzer(language: "english")
    return [
        SearchIndex(documents: documents, schema: schema, analyzer: analyzer, thesaurus: thesaurus),
        SearchIndex(documents: Array(documents.prefix(1)), schema: schema, analyzer: analyzer),
        SearchIndex(documents: [], schema: schema, analyzer: analyzer),
    ]
}

// SwiftPM links debug executables on Linux with `main` aliased to `<Target>_main` (for testable executables),
// so libFuzzer's own `main` is never used: this entry point hands over to libFuzzer's driver.
@_cdecl("FuzzIndexSnapshot_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    if let directory = ProcessInfo.processInfo.environment["FUZZ_WRITE_SEEDS"] {
        do {
            for (number, index) in try seedIndexes().enumerated() {
                try Data(encode(index)).write(
                    to: URL(fileURLWithPath: directory).appendingPathComponent("index-\(number)"))
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            return 1
        }
    }
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, count in
        run(UnsafeRawBufferPointer(start: data, count: count))
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
