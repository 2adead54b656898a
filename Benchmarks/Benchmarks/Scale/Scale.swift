import Benchmark
import ChildOnlineProtection
import COPBenchmarkSupport
import GuidelineCompiler

/// Scale: the content replicated 1x, 10x and 100x (see `ContentReplication`): loading, and the query set's
/// latency (each iteration runs every query of the set once).
let benchmarks: @Sendable () -> Void = {
    for copies in [1, 10, 100] {
        let limits = ContentReplication.limits(copies: copies)
        Benchmark(
            "Load \(copies)x content",
            configuration: .init(
                metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                warmupIterations: SmokeMode.warmup(copies >= 100 ? 0 : 1),
                maxDuration: SmokeMode.maxDuration(.seconds(copies >= 100 ? 60 : 10)),
                maxIterations: SmokeMode.maxIterations(copies >= 100 ? 3 : 30)
            )
        ) { benchmark, files in
            for _ in benchmark.scaledIterations {
                blackHole(ContentCompiler.compile(files, root: ContentCorpus.root, limits: limits))
            }
        } setup: {
            setUpOrExit {
                let files = ContentReplication.replicate(try ContentCorpus.files(), copies: copies)
                // The timed loop does not look at diagnostics: content that does not compile whole fails here.
                _ = try ContentCorpus.compile(files, limits: limits)
                return files
            }
        }

        Benchmark(
            "Query set x\(BenchmarkQuery.all.count) over \(copies)x content",
            configuration: .init(
                metrics: [.wallClock, .cpuTotal, .mallocCountTotal],
                warmupIterations: SmokeMode.warmup(2),
                maxDuration: SmokeMode.maxDuration(.seconds(5)),
                maxIterations: SmokeMode.maxIterations(1_000)
            )
        ) { benchmark, base in
            for _ in benchmark.scaledIterations {
                for query in BenchmarkQuery.all { blackHole(base.search(query.lexical)) }
            }
        } setup: {
            setUpOrExit {
                try ContentCorpus.compile(
                    ContentReplication.replicate(try ContentCorpus.files(), copies: copies), limits: limits)
            }
        }
    }
}
