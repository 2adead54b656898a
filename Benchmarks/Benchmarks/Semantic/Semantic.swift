import Benchmark
import ChildOnlineProtection
import COPBenchmarkSupport
import Foundation
import SentenceEmbedding

/// Semantic search: encoding one query with the Swift sentence encoder, a hybrid query (words and meaning)
/// beside the same query ranked by words only, loading the model, and the memory of a loaded model. Every
/// iteration of a latency benchmark is one query of the fixed set, in turn, so the percentiles are per query.
/// Registers nothing, and says why, when no model is installed.
let benchmarks: @Sendable () -> Void = {
    let model: URL
    switch SemanticModel.locate() {
    case .success(let folder): model = folder
    case .failure(let skip):
        print("Semantic benchmarks \(skip)")
        return
    }
    let queries = BenchmarkQuery.all
    let latency = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
        warmupIterations: SmokeMode.warmup(queries.count),
        maxDuration: SmokeMode.maxDuration(.seconds(5)),
        maxIterations: SmokeMode.maxIterations(100 * queries.count)
    )

    Benchmark("Encode one query (SentenceEncoder.encode), \(queries.count) in turn", configuration: latency) {
        _, state in
        blackHole(state.encoder.encode(queries[state.turn.next(queries.count)].text))
    } setup: {
        setUpOrExit {
            EncoderState(encoder: try SentenceEncoder(modelDirectory: model))
        }
    }

    for semantic in [true, false] {
        let name = semantic ? "Hybrid query (semantic on)" : "Lexical-only query (semantic off)"
        Benchmark("\(name), \(queries.count) in turn", configuration: latency) { _, state in
            let query = queries[state.turn.next(queries.count)]
            blackHole(state.base.search(semantic ? query.ours : query.lexical))
        } setup: {
            setUpOrExit {
                try SearchState.loaded(warmingUpWith: queries[0].ours)
            }
        }
    }

    // One load per iteration: the weights (about 87 MiB) read, checked and laid out.
    Benchmark(
        "Model load (SentenceEncoder(modelDirectory:))",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
            warmupIterations: SmokeMode.warmup(1),
            maxDuration: SmokeMode.maxDuration(.seconds(10)),
            maxIterations: SmokeMode.maxIterations(30)
        )
    ) { _ in
        blackHole(try? SentenceEncoder(modelDirectory: model))
    }

    // The model loaded and one query encoded, kept alive until the iteration ends: peak resident memory
    // (the process baseline included) and the bytes allocated.
    Benchmark(
        "Memory with the model loaded (load, encode one query)",
        configuration: .init(
            metrics: [.mallocCountTotal, .mallocBytesCount, .peakMemoryResident, .peakMemoryResidentDelta],
            warmupIterations: SmokeMode.warmup(0),
            maxDuration: SmokeMode.maxDuration(.seconds(10)),
            maxIterations: SmokeMode.maxIterations(10)
        )
    ) { _ in
        let encoder = try? SentenceEncoder(modelDirectory: model)
        blackHole(encoder?.encode(queries[12].text))
    }
}

/// Which query of the set comes next; the benchmark runs on one thread.
final class Turn: @unchecked Sendable {
    private var index = 0

    /// The next index below `count`, wrapping around.
    func next(_ count: Int) -> Int {
        defer { index = (index + 1) % count }
        return index
    }
}

struct EncoderState: Sendable {
    let encoder: SentenceEncoder
    let turn = Turn()
}

struct SearchState: Sendable {
    let base: KnowledgeBase
    let turn = Turn()

    /// The bundled knowledge base, and one semantic query run: it loads the process-wide encoder and the
    /// record vectors, which no timed query should pay for. (Content compiled from Markdown has no record
    /// vectors of its own, so its queries would be ranked by words only.)
    /// - Throws: ``SkipReason`` with the query's own status when the query was not ranked by meaning.
    static func loaded(warmingUpWith query: GuidelineQuery) throws -> SearchState {
        let base = try KnowledgeBase.bundled()
        let status = base.search(query).semantic
        guard status.isOn else { throw SkipReason(status.description) }
        return SearchState(base: base)
    }
}
