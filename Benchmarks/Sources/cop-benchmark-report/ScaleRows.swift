import Foundation
import COPBenchmarkSupport
import ChildOnlineProtection
import GuidelineCompiler

/// Section 3: the content replicated 1x, 10x and 100x (10x and 1x in smoke runs): compiling it, loading its
/// snapshot, and the query set's p50 against FTS5's over the same records.
@MainActor func scaleRows(files: [ContentFile]) throws {
    log("scale")
    let scales = smoke ? [1, 10] : [1, 10, 100]
    var scaleLoad: [Int: Double] = [:]
    var scaleQuery: [Int: Double] = [:]
    var scaleFTS5: [Int: Double] = [:]
    var scaleBytes: [Int: Int] = [:]
    var snapshotLoad: [Int: Double] = [:]
    var snapshotBytes: [Int: Int] = [:]
    for copies in scales {
        log("  \(copies)x")
        let replicated = ContentReplication.replicate(files, copies: copies)
        let limits = ContentReplication.limits(copies: copies)
        scaleBytes[copies] = ContentCorpus.byteCount(replicated)
        // The first compilation is timed too: at 100x one load takes about a minute.
        var scaledBase: KnowledgeBase?
        var loads = [nanoseconds { scaledBase = try? ContentCorpus.compile(replicated, limits: limits) }]
        guard let scaled = scaledBase else { throw CorpusError(message: "the \(copies)x content does not compile") }
        let rounds = smoke ? 0 : (copies >= 100 ? 1 : (copies >= 10 ? 4 : 19))
        for _ in 0..<rounds {
            loads.append(
                nanoseconds { _ = ContentCompiler.compile(replicated, root: ContentCorpus.root, limits: limits) })
        }
        scaleLoad[copies] = Percentiles(loads).median
        let scaledFTS5 = try FTS5Index(records: scaled.records)
        var o: [Double] = []
        var f: [Double] = []
        for _ in 0..<(smoke ? 2 : 40) {
            for query in BenchmarkQuery.all {
                o.append(nanoseconds { _ = scaled.search(query.lexical) })
                f.append(nanoseconds { _ = scaledFTS5.search(query.match, filters: query.filters) })
            }
        }
        scaleQuery[copies] = Percentiles(o).median
        scaleFTS5[copies] = Percentiles(f).median
        // The same knowledge base as a snapshot (`cop compile`), loaded with every check.
        let snapshot = try scaled.snapshot()
        snapshotBytes[copies] = snapshot.count
        snapshotLoad[copies] =
            Percentiles(
                (0..<(smoke ? 1 : 5)).map { _ in
                    nanoseconds { _ = snapshot.withUnsafeBytes { try? KnowledgeBase(snapshot: $0) } }
                }
            ).median
    }
    let oneLoad = scaleLoad[1] ?? .nan
    let oneQuery = scaleQuery[1] ?? .nan
    let oneBytes = Double(scaleBytes[1] ?? 1)
    for copies in scales where copies > 1 {
        let bytesGrowth = Double(scaleBytes[copies] ?? 0) / oneBytes
        let loadGrowth = (scaleLoad[copies] ?? .nan) / oneLoad
        add(
            "Load \(copies)x content (\(String(format: "%.1f", bytesGrowth))x the bytes) vs 1x",
            ours: ms(scaleLoad[copies] ?? .nan), baseline: ms(oneLoad), ratio: ratio(loadGrowth),
            target: "≤ \(String(format: "%.1f", bytesGrowth))x (linear)", met: loadGrowth <= bytesGrowth * 1.1)
        let snapshotGrowth = Double(snapshotBytes[copies] ?? 0) / Double(snapshotBytes[1] ?? 1)
        let snapshotLoadGrowth = (snapshotLoad[copies] ?? .nan) / (snapshotLoad[1] ?? .nan)
        add(
            "Snapshot load, \(copies)x content (\(String(format: "%.1f", snapshotGrowth))x the snapshot bytes) vs 1x",
            ours: ms(snapshotLoad[copies] ?? .nan), baseline: ms(snapshotLoad[1] ?? .nan),
            ratio: ratio(snapshotLoadGrowth),
            target: "≤ \(String(format: "%.1f", snapshotGrowth))x (linear)",
            met: snapshotLoadGrowth <= snapshotGrowth * 1.1)
        let queryGrowth = (scaleQuery[copies] ?? .nan) / oneQuery
        add(
            "Lexical query p50 over \(copies)x content vs 1x (FTS5 at \(copies)x: \(us(scaleFTS5[copies] ?? .nan)))",
            ours: us(scaleQuery[copies] ?? .nan), baseline: us(oneQuery), ratio: ratio(queryGrowth),
            target: "far below \(copies)x", met: queryGrowth < Double(copies) / 4)
    }
}
