import ChildOnlineProtection
import COPBenchmarkSupport
import BinaryCoding
import FullTextSearch

/// Section 2: lexical query latency per class, interleaved query by query: ours through `KnowledgeBase.search`
/// (what a caller gets, with the asker and urgency checks), the generic `SearchIndex` alone (the engine's
/// share), and SQLite FTS5 on the same records; then each typo query against the same word spelt right.
@MainActor func queryRows(base: KnowledgeBase, fts5: FTS5Index, rounds: Int) {
    log("queries: ours (lexical) vs the index alone vs FTS5")
    let index = SearchIndexBuild(base).build().wordIndex
    var oursSamples: [BenchmarkQuery.Kind: [Double]] = [:]
    var indexSamples: [BenchmarkQuery.Kind: [Double]] = [:]
    var fts5Samples: [BenchmarkQuery.Kind: [Double]] = [:]
    var typoSamples: [Double] = []
    var spelledSamples: [Double] = []
    for round in 0..<(rounds + 5) {
        for query in BenchmarkQuery.all {
            let filters = indexFilters(query.ours)
            var o = 0.0
            var f = 0.0
            var i = 0.0
            if round % 2 == 0 {
                o = nanoseconds { _ = base.search(query.lexical) }
                f = nanoseconds { _ = fts5.search(query.match, filters: query.filters) }
                i = nanoseconds { _ = index.search(query.text, filters: filters, limit: 10) }
            } else {
                i = nanoseconds { _ = index.search(query.text, filters: filters, limit: 10) }
                f = nanoseconds { _ = fts5.search(query.match, filters: query.filters) }
                o = nanoseconds { _ = base.search(query.lexical) }
            }
            var typo = 0.0
            var spelled = 0.0
            if let correction = query.correction {
                var right = query.lexical
                right.text = correction
                if round % 2 == 0 {
                    typo = nanoseconds { _ = base.search(query.lexical) }
                    spelled = nanoseconds { _ = base.search(right) }
                } else {
                    spelled = nanoseconds { _ = base.search(right) }
                    typo = nanoseconds { _ = base.search(query.lexical) }
                }
            }
            guard round >= 5 else { continue }
            oursSamples[query.kind, default: []].append(o)
            indexSamples[query.kind, default: []].append(i)
            fts5Samples[query.kind, default: []].append(f)
            if query.correction != nil {
                typoSamples.append(typo)
                spelledSamples.append(spelled)
            }
        }
    }
    var allOurs: [Double] = []
    var allFTS5: [Double] = []
    for kind in BenchmarkQuery.Kind.allCases {
        let o = Percentiles(oursSamples[kind] ?? [])
        let f = Percentiles(fts5Samples[kind] ?? [])
        let i = Percentiles(indexSamples[kind] ?? [])
        allOurs += o.sorted
        allFTS5 += f.sorted
        let count = BenchmarkQuery.all.filter { $0.kind == kind }.count
        add(
            "Lexical query p50, \(kind.rawValue) (\(count) queries): FTS5 / ours",
            ours: us(o.median), baseline: us(f.median), ratio: ratio(f.median / o.median), target: "≥ 5x",
            met: f.median >= 5 * o.median)
        add(
            "Lexical query p99, \(kind.rawValue): FTS5 / ours",
            ours: us(o(99)), baseline: us(f(99)), ratio: ratio(f(99) / o(99)), target: "≥ 2x",
            met: f(99) >= 2 * o(99))
        add(
            "SearchIndex alone p50 / p99, \(kind.rawValue): FTS5 / index",
            ours: "\(us(i.median)) / \(us(i(99)))", baseline: "\(us(f.median)) / \(us(f(99)))",
            ratio: "\(ratio(f.median / i.median)) / \(ratio(f(99) / i(99)))", target: "", met: nil)
    }
    let allO = Percentiles(allOurs)
    let allF = Percentiles(allFTS5)
    add(
        "Lexical query p50, all \(BenchmarkQuery.all.count) queries: FTS5 / ours", ours: us(allO.median),
        baseline: us(allF.median),
        ratio: ratio(allF.median / allO.median), target: "≥ 5x", met: allF.median >= 5 * allO.median)
    add(
        "Lexical query p99, all \(BenchmarkQuery.all.count) queries: FTS5 / ours", ours: us(allO(99)),
        baseline: us(allF(99)),
        ratio: ratio(allF(99) / allO(99)), target: "≥ 2x", met: allF(99) >= 2 * allO(99))
    let typoRatio = medianRatio(typoSamples, spelledSamples)
    add(
        "Typo query vs the same word spelt right (\(typoSamples.count / max(1, rounds)) pairs), median of ratios",
        ours: us(Percentiles(typoSamples).median), baseline: us(Percentiles(spelledSamples).median),
        ratio: ratio(typoRatio), target: "≤ 1.5x", met: typoRatio <= 1.5)
}

/// The keyword filters of a typed query, as the library index's keyword fields.
func indexFilters(_ query: GuidelineQuery) -> [String: Set<String>] {
    let all: [String: Set<String>] = [
        "audience": Set(query.audiences.map(\.rawValue)),
        "risk": Set(query.risks.map(\.rawValue)),
        "kind": Set(query.kinds.map(\.rawValue)),
        "age": Set(query.ageBands.map(\.rawValue)),
    ]
    return all.filter { !$0.value.isEmpty }
}

/// The search index of the bundled content: built from the records vs decoded from its binary encoding
/// (`SearchIndex.encode(into:)` / `init(decoding:)`), interleaved, and the encoding's size.
@MainActor func indexSnapshotRows(base: KnowledgeBase, rounds: Int) {
    log("index: build vs decode")
    let build = SearchIndexBuild(base)
    var writer = BinaryWriter()
    build.build().wordIndex.encode(into: &writer)
    let bytes = writer.bytes
    var built: [Double] = []
    var decoded: [Double] = []
    for round in 0..<(rounds + 2) {
        let b = nanoseconds { _ = build.build() }
        let d = nanoseconds { _ = decodeIndex(bytes) }
        guard round >= 2 else { continue }
        built.append(b)
        decoded.append(d)
    }
    let decodeRatio = medianRatio(decoded, built)
    add(
        """
        Search index: decode its encoding (\(String(format: "%.2f", Double(bytes.count) / 1_048_576)) MiB) vs build \
        from the records, p50
        """,
        ours: ms(Percentiles(decoded).median), baseline: ms(Percentiles(built).median), ratio: ratio(decodeRatio),
        target: "much faster", met: decodeRatio < 0.25)
}

/// Decodes an index encoded by `SearchIndex.encode(into:)`, or `nil` if the bytes are not one.
func decodeIndex(_ bytes: [UInt8]) -> SearchIndex? {
    bytes.withUnsafeBytes { buffer in
        var reader = BinaryReader(buffer)
        return try? SearchIndex(decoding: &reader)
    }
}
