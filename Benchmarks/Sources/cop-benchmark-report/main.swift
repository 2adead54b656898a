import ChildOnlineProtection
import COPBenchmarkSupport
import GuidelineCompiler
import BinaryCoding
import Foundation

// The ratio table: ours against the baselines, measured side by side in this one process, interleaved
// round by round so that load from other processes on the machine hits both sides alike.
//
//   cop-benchmark-report            the full report (a few minutes)
//   cop-benchmark-report --smoke    a few iterations of everything, for CI (checks that it all runs)
//   cop-benchmark-report --load     only the snapshot load and layer apply rows
//   cop-benchmark-report --queries  only the lexical query rows (ours vs FTS5 per class, typo vs spelt right)
//   cop-benchmark-report --semantic only the semantic search rows (encoder vs reference, start-up, memory,
//                                   sizes; a few minutes); with --smoke, a few iterations of those
//
// Semantic search rows need the sentence-embedding model (Scripts/install-model) and, for the reference
// encoder, the venv of Scripts/benchmark-reference-encoder (or COP_REFERENCE_PYTHON); without them those
// rows say "skipped (why)". The start-up rows run the `cop` built beside this report (or COP_BINARY).

// `--peak-memory PROGRAM ARGUMENTS...`: run PROGRAM, print its peak resident bytes and exit status. The
// memory rows run this report in this mode as a small go-between: on Linux a child's peak starts at its
// parent's, and this report, with 10x content loaded, is not small.
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--peak-memory" {
    exit(reportPeakMemory(of: Array(CommandLine.arguments.dropFirst(2))))
}

let smoke = CommandLine.arguments.contains("--smoke")

// `--profile load|index|index-query|index-decode|query|query-10x|hybrid|encode|snapshots`: run one part a few
// times, for `valgrind --tool=callgrind`. `index-query` is the generic SearchIndex alone; `index-decode` decodes its
// binary encoding; `query` is ranked by words only; `hybrid` by words and meaning; `encode` is the sentence encoder
// alone; `snapshots` writes snapshots of 1x, 10x and 100x content (below).
if let flag = CommandLine.arguments.firstIndex(of: "--profile"), flag + 1 < CommandLine.arguments.count {
    let mode = CommandLine.arguments[flag + 1]
    do {
        let files = try ContentCorpus.files()
        switch mode {
        case "load":
            for _ in 0..<2 { _ = ContentCompiler.compile(files, root: ContentCorpus.root) }
        case "raw":
            for _ in 0..<2 { _ = RawCmarkParse.parseAll(files.map(\.bytes)) }
        case "index":
            let build = SearchIndexBuild(try ContentCorpus.compile(files))
            for _ in 0..<2 { _ = build.build() }
        case "index-query":
            // The generic engine alone (no asker or urgency checks), on the library's own word index.
            let base = try ContentCorpus.compile(files)
            let index = SearchIndexBuild(base).build().wordIndex
            for _ in 0..<20 {
                for query in BenchmarkQuery.all {
                    _ = index.search(query.text, filters: indexFilters(query.ours), limit: 10)
                }
            }
        case "index-decode":
            var writer = BinaryWriter()
            SearchIndexBuild(try ContentCorpus.compile(files)).build().wordIndex.encode(into: &writer)
            for _ in 0..<5 { _ = decodeIndex(writer.bytes) }
        case "query", "query-10x":
            let copies = mode == "query" ? 1 : 10
            let base = try ContentCorpus.compile(
                ContentReplication.replicate(files, copies: copies), limits: ContentReplication.limits(copies: copies))
            for _ in 0..<20 { for query in BenchmarkQuery.all { _ = base.search(query.lexical) } }
        case "snapshots":
            // Not a profile itself: writes the snapshots of 1x, 10x and 100x content to the temporary folder, so
            // that `cop --snapshot FILE show grooming` profiles loading each one with every check.
            for copies in [1, 10, 100] {
                let base = try ContentCorpus.compile(
                    ContentReplication.replicate(files, copies: copies),
                    limits: ContentReplication.limits(copies: copies))
                let url = FileManager.default.temporaryDirectory.appending(path: "cop-\(copies)x.snapshot")
                try Data(try base.snapshot()).write(to: url)
                log(url.path(percentEncoded: false))
            }
        case "hybrid":
            let base = try ContentCorpus.compile(files)
            for _ in 0..<3 { for query in BenchmarkQuery.all { _ = base.search(query.ours) } }
        case "encode":
            let encoder = try SemanticModel.load().get()
            for _ in 0..<3 { for query in BenchmarkQuery.all { _ = encoder.encode(query.text) } }
        default:
            FileHandle.standardError.write(Data("unknown profile mode \(mode)\n".utf8))
            exit(2)
        }
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}

func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

func ms(_ nanoseconds: Double) -> String { String(format: "%.2f ms", nanoseconds / 1e6) }
func us(_ nanoseconds: Double) -> String { String(format: "%.1f µs", nanoseconds / 1e3) }
func ratio(_ value: Double) -> String { String(format: "%.2fx", value) }
func verdict(_ met: Bool) -> String { met ? "met" : "**missed**" }
/// The median of the per-round ratios `ours[i] / baseline[i]` (rounds are interleaved, so each ratio compares
/// measurements taken under the same machine load).
func medianRatio(_ ours: [Double], _ baseline: [Double]) -> Double {
    Percentiles(zip(ours, baseline).map(/)).median
}

struct Row {
    let measure: String
    let ours: String
    let baseline: String
    let ratio: String
    let target: String
    let verdict: String
}

var rows: [Row] = []
var failures = 0
/// Lines printed under the table: versions, thread counts, what was skipped.
var notes: [String] = []
@MainActor func add(_ measure: String, ours: String, baseline: String, ratio: String, target: String, met: Bool?) {
    if met == false { failures += 1 }
    rows.append(
        Row(
            measure: measure, ours: ours, baseline: baseline, ratio: ratio, target: target,
            verdict: met.map(verdict) ?? ""))
}
/// A row that could not be measured on this machine: "skipped (why)" instead of a figure.
@MainActor func addSkipped(_ measure: String, _ skip: SkipReason, target: String = "") {
    rows.append(Row(measure: measure, ours: skip.description, baseline: "", ratio: "", target: target, verdict: ""))
}

/// Prints the table, a summary line and the notes.
@MainActor func printTable(summary: String) {
    print("| measure | ours | baseline | ratio | target | |")
    print("|---|---:|---:|---:|---|---|")
    for row in rows {
        print("| \(row.measure) | \(row.ours) | \(row.baseline) | \(row.ratio) | \(row.target) | \(row.verdict) |")
    }
    print("")
    print(summary)
    if !notes.isEmpty { print("") }
    for note in notes { print("- \(note)") }
}

/// Sections 5 and 6: semantic search speed against the reference, start-up, memory and sizes.
@MainActor func semanticSections(base: KnowledgeBase) {
    semanticSpeedRows(base: base, smoke: smoke)
    startUpRows(smoke: smoke)
    sizeRows()
}

if CommandLine.arguments.contains("--queries") {
    do {
        let base = try ContentCorpus.compile(ContentCorpus.files())
        let rounds = smoke ? 5 : 400
        queryRows(base: base, fts5: try FTS5Index(records: base.records), rounds: rounds)
        indexSnapshotRows(base: base, rounds: smoke ? 3 : 40)
        printTable(
            summary: smoke
                ? "Smoke run: figures are not meaningful."
                : """
                Query rows only, \(rounds) rounds of \(BenchmarkQuery.all.count) queries, interleaved; \(failures) \
                target(s) missed.
                """
        )
    } catch {
        log("error: \(error)")
        exit(1)
    }
    exit(0)
}

if CommandLine.arguments.contains("--load") {
    snapshotLoadRows(files: (try? ContentCorpus.files()) ?? [], rounds: smoke ? 3 : 40)
    printTable(
        summary: smoke ? "Smoke run: figures are not meaningful." : "Load rows only; \(failures) target(s) missed.")
    exit(0)
}

if CommandLine.arguments.contains("--scale") {
    do {
        try scaleRows(files: try ContentCorpus.files())
        printTable(
            summary: smoke ? "Smoke run: figures are not meaningful." : "Scale rows only; \(failures) target(s) missed."
        )
    } catch {
        log("error: \(error)")
        exit(1)
    }
    exit(0)
}

if CommandLine.arguments.contains("--semantic") {
    do {
        semanticSections(base: try ContentCorpus.compile(ContentCorpus.files()))
        printTable(
            summary: smoke
                ? "Smoke run: figures are not meaningful." : "Semantic rows only; \(failures) target(s) missed.")
    } catch {
        log("error: \(error)")
        exit(1)
    }
    exit(0)
}

do {
    let files = try ContentCorpus.files()
    let bytes = files.map(\.bytes)
    RawCmarkParse.prepare()

    // 1. Load vs raw parse, and the index build alone.
    log("load: raw cmark-gfm parse vs full load vs index build")
    let loadRounds = smoke ? 3 : 40
    var raw: [Double] = []
    var load: [Double] = []
    var indexOnly: [Double] = []
    var fts5Build: [Double] = []
    let base = try ContentCorpus.compile(files)
    let build = SearchIndexBuild(base)
    for round in 0..<(loadRounds + 2) {
        let r = nanoseconds { _ = RawCmarkParse.parseAll(bytes) }
        let l = nanoseconds {
            _ = GuidelineSearchIndex(indexing: ContentCompiler.compile(files, root: ContentCorpus.root).knowledgeBase)
        }
        let i = nanoseconds { _ = build.build() }
        let f = nanoseconds { _ = try? FTS5Index(records: base.records) }
        guard round >= 2 else { continue }  // warm-up
        raw.append(r)
        load.append(l)
        indexOnly.append(i)
        fts5Build.append(f)
    }
    let rawP = Percentiles(raw)
    let loadP = Percentiles(load)
    let indexP = Percentiles(indexOnly)
    let fts5BuildP = Percentiles(fts5Build)
    let loadRatio = medianRatio(load, raw)
    let megabytes = Double(ContentCorpus.byteCount(files)) / 1_048_576
    add(
        "Load \(files.count) files (\(String(format: "%.2f", megabytes)) MiB): full load vs raw cmark-gfm parse, p50",
        ours: ms(loadP.median), baseline: ms(rawP.median), ratio: ratio(loadRatio), target: "≤ 3x",
        met: loadRatio <= 3)
    add(
        "Full load vs raw cmark-gfm parse + FTS5 index build of the same records, p50",
        ours: ms(loadP.median), baseline: ms(rawP.median + fts5BuildP.median),
        ratio: ratio(medianRatio(load, zip(raw, fts5Build).map(+))), target: "", met: nil)
    add(
        "Index build alone vs FTS5 index build (create, insert, optimize) of the same records, p50",
        ours: ms(indexP.median), baseline: ms(fts5BuildP.median), ratio: ratio(medianRatio(indexOnly, fts5Build)),
        target: "", met: nil)

    // 2. Query latency per class, ours (ranked by words only) vs FTS5, same records.
    let fts5 = try FTS5Index(records: base.records)
    let queryRounds = smoke ? 5 : 400
    snapshotLoadRows(files: files, rounds: loadRounds)
    queryRows(base: base, fts5: fts5, rounds: queryRounds)
    indexSnapshotRows(base: base, rounds: loadRounds)

    // 3. Scale: 1x, 10x, 100x.
    try scaleRows(files: files)

    // 4. Retrieval quality on the development questions.
    log("retrieval quality")
    let questions = try RetrievalQuality.questions()
    let oursQuality = RetrievalQuality.ours(questions, base: base, semantic: false)
    let fts5Quality = RetrievalQuality.fts5(questions, base: base, index: fts5)
    add(
        "Recall@5 on \(questions.count) dev questions (ours lexical vs FTS5)",
        ours: String(format: "%.2f", oursQuality.recallAt5), baseline: String(format: "%.2f", fts5Quality.recallAt5),
        ratio: ratio(oursQuality.recallAt5 / max(fts5Quality.recallAt5, 1e-9)), target: "≥ 0.90 and above FTS5",
        met: oursQuality.recallAt5 >= 0.9 && oursQuality.recallAt5 > fts5Quality.recallAt5)
    add(
        "MRR@5 on \(questions.count) dev questions (ours lexical vs FTS5)",
        ours: String(format: "%.2f", oursQuality.mrr), baseline: String(format: "%.2f", fts5Quality.mrr),
        ratio: ratio(oursQuality.mrr / max(fts5Quality.mrr, 1e-9)), target: "above FTS5",
        met: oursQuality.mrr > fts5Quality.mrr)
    for miss in oursQuality.misses { log("  ours (lexical) missed: \(miss)") }
    for miss in fts5Quality.misses { log("  FTS5 missed: \(miss)") }
    hybridQualityRows(questions, base: base, fts5: fts5Quality)

    // 5. Semantic search: the Swift encoder vs the reference, hybrid vs encoding alone; 6. start-up,
    // memory and size.
    semanticSections(base: base)

    printTable(
        summary: smoke
            ? "Smoke run (\(loadRounds) load rounds, \(queryRounds) query rounds): figures are not meaningful."
            : """
            \(loadRounds) load rounds, \(queryRounds) rounds of \(BenchmarkQuery.all.count) queries, interleaved; \
            \(failures) target(s) missed.
            """
    )
} catch {
    log("error: \(error)")
    exit(1)
}
