import Benchmark
import ChildOnlineProtection
import COPBenchmarkSupport

/// Query latency over the fixed query set, ours ranked by words only (`semantic: false`) beside SQLite FTS5
/// on the same records: one benchmark per query class and engine (each iteration runs every query of the
/// class once). Hybrid queries (words and meaning) are in the Semantic suite.
let benchmarks: @Sendable () -> Void = {
    let latency = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
        warmupIterations: SmokeMode.warmup(10),
        maxDuration: SmokeMode.maxDuration(.seconds(2)),
        maxIterations: SmokeMode.maxIterations(5_000)
    )

    for kind in BenchmarkQuery.Kind.allCases {
        let queries = BenchmarkQuery.all.filter { $0.kind == kind }

        Benchmark("Query \(kind.rawValue) x\(queries.count): ours, lexical", configuration: latency) {
            benchmark, base in
            for _ in benchmark.scaledIterations {
                for query in queries { blackHole(base.search(query.lexical)) }
            }
        } setup: {
            setUpOrExit {
                try ContentCorpus.compile(ContentCorpus.files())
            }
        }

        Benchmark("Query \(kind.rawValue) x\(queries.count): FTS5", configuration: latency) { benchmark, holder in
            for _ in benchmark.scaledIterations {
                for query in queries { blackHole(holder.index.search(query.match, filters: query.filters)) }
            }
        } setup: {
            setUpOrExit {
                try FTS5Holder(records: ContentCorpus.compile(ContentCorpus.files()).records)
            }
        }
    }
}

/// Carries the (non-Sendable) FTS5 connection through package-benchmark's set-up state; the benchmark
/// uses it from one thread only.
final class FTS5Holder: @unchecked Sendable {
    let index: FTS5Index
    init(records: [Record]) throws { index = try FTS5Index(records: records) }
}
