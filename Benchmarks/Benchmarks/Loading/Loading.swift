import Benchmark
@_spi(Benchmarking) import ChildOnlineProtection
import COPBenchmarkSupport
import GuidelineCompiler
import FullTextSearch

/// Loading the bundled content: the raw cmark-gfm parse of the same bytes (the baseline), our full load
/// (parse, compile, index), what `bundled()` loads (with the search index), a snapshot file's decode, applying
/// an example layer, the index build alone, and the memory of a loaded knowledge base.
/// The content is read from disk in set-up; no timed part touches the file system.
let benchmarks: @Sendable () -> Void = {
    let timing = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
        warmupIterations: SmokeMode.warmup(2),
        maxDuration: SmokeMode.maxDuration(.seconds(5)),
        maxIterations: SmokeMode.maxIterations(200)
    )

    Benchmark("Raw cmark-gfm parse of Content/en (baseline)", configuration: timing) { benchmark, bytes in
        for _ in benchmark.scaledIterations {
            blackHole(RawCmarkParse.parseAll(bytes))
        }
    } setup: {
        setUpOrExit {
            RawCmarkParse.prepare()
            return try ContentCorpus.files().map(\.bytes)
        }
    }

    Benchmark("Full load of Content/en: parse, compile, index", configuration: timing) { benchmark, files in
        for _ in benchmark.scaledIterations {
            blackHole(
                GuidelineSearchIndex(indexing: ContentCompiler.compile(files, root: ContentCorpus.root).knowledgeBase))
        }
    } setup: {
        setUpOrExit {
            try ContentCorpus.files()
        }
    }

    Benchmark("What bundled() loads, with its search index ready (prepareSearch())", configuration: timing) {
        benchmark in
        for _ in benchmark.scaledIterations {
            blackHole((try? KnowledgeBase.loadingBundledAgain())?.prepareSearch())
        }
    }

    Benchmark("Snapshot file decode with every check: records, vectors, word index", configuration: timing) {
        benchmark, snapshot in
        for _ in benchmark.scaledIterations {
            blackHole(snapshot.withUnsafeBytes { raw in try? KnowledgeBase(snapshot: raw) })
        }
    } setup: {
        setUpOrExit {
            try KnowledgeBase.bundled().snapshot()
        }
    }

    Benchmark("Apply the gb example layer to the bundled knowledge base", configuration: timing) { benchmark, input in
        for _ in benchmark.scaledIterations {
            blackHole(try? input.base.adapted(by: [input.layer]))
        }
    } setup: {
        setUpOrExit {
            (
                base: try KnowledgeBase.bundled(),
                layer: try Adaptation(contentsOf: RepositoryPaths.root.appending(path: "Examples/Adaptations/gb"))
            )
        }
    }

    Benchmark("Index build alone (SearchIndex over KnowledgeBase.records)", configuration: timing) { benchmark, build in
        for _ in benchmark.scaledIterations {
            blackHole(build.build())
        }
    } setup: {
        setUpOrExit {
            SearchIndexBuild(try ContentCorpus.compile(ContentCorpus.files()))
        }
    }

    // One load per iteration, the knowledge base kept alive until the iteration ends: peak resident memory
    // and allocations of a loaded knowledge base (the process baseline is included in the peak).
    Benchmark(
        "Memory of a loaded knowledge base",
        configuration: .init(
            // No `.memoryLeaked`: the malloc interposer on Linux does not measure it (package-benchmark warns).
            metrics: [.mallocCountTotal, .mallocBytesCount, .peakMemoryResident, .peakMemoryResidentDelta],
            warmupIterations: SmokeMode.warmup(0),
            maxDuration: SmokeMode.maxDuration(.seconds(5)),
            maxIterations: SmokeMode.maxIterations(10)
        )
    ) { benchmark, files in
        let base = try? ContentCorpus.compile(files)
        blackHole(base?.records.count)
    } setup: {
        setUpOrExit {
            try ContentCorpus.files()
        }
    }
}
