@_spi(Benchmarking) import ChildOnlineProtection
import COPBenchmarkSupport
import GuidelineCompiler
import Foundation

// Loading without Markdown, against the raw cmark-gfm parse of the same content: what `bundled()` loads (the
// embedded snapshot, its word index decoded by `prepareSearch()`), and a snapshot file of the same content
// (records, vectors, word index) decoded with every check; applying an example layer against that load.

@MainActor func snapshotLoadRows(files: [ContentFile], rounds: Int) {
    log("load: bundled() and a snapshot file's decode vs raw cmark-gfm parse; the gb layer vs the snapshot load")
    let bytes = files.map(\.bytes)
    let snapshot: [UInt8]
    let layer: Adaptation
    do {
        snapshot = try KnowledgeBase.bundled().snapshot()
        layer = try Adaptation(contentsOf: RepositoryPaths.root.appending(path: "Examples/Adaptations/gb"))
    } catch {
        addSkipped("Snapshot load and layer apply", SkipReason("\(error)"))
        return
    }
    var raw: [Double] = []
    var decode: [Double] = []
    var builtIn: [Double] = []
    var apply: [Double] = []
    var loaded = KnowledgeBase()
    for round in 0..<(rounds + 2) {
        let r = nanoseconds { _ = RawCmarkParse.parseAll(bytes) }
        let d = nanoseconds {
            loaded = snapshot.withUnsafeBytes { raw in (try? KnowledgeBase(snapshot: raw)) ?? KnowledgeBase() }
        }
        let b = nanoseconds { (try? KnowledgeBase.loadingBundledAgain())?.prepareSearch() }
        let a = nanoseconds { _ = try? loaded.adapted(by: [layer]) }
        guard round >= 2 else { continue }  // warm-up
        raw.append(r)
        decode.append(d)
        builtIn.append(b)
        apply.append(a)
    }
    let builtInRatio = medianRatio(builtIn, raw)
    add(
        "What bundled() loads, with its search index ready (prepareSearch()), vs raw cmark-gfm parse, p50",
        ours: ms(Percentiles(builtIn).median), baseline: ms(Percentiles(raw).median), ratio: ratio(builtInRatio),
        target: "< 0.5x", met: builtInRatio < 0.5)
    let decodeRatio = medianRatio(decode, raw)
    add(
        """
        Snapshot file of the same content decoded with every check \
        (\(String(format: "%.1f", Double(snapshot.count) / 1_048_576)) MiB: records, vectors, word index) \
        vs raw cmark-gfm parse, p50
        """,
        ours: ms(Percentiles(decode).median), baseline: ms(Percentiles(raw).median), ratio: ratio(decodeRatio),
        target: "", met: nil)
    let applyRatio = medianRatio(apply, decode)
    add(
        """
        Apply the gb layer (\(layer.changes.count) changes, \(layer.services.count) services) vs the snapshot \
        load, p50
        """,
        ours: ms(Percentiles(apply).median), baseline: ms(Percentiles(decode).median), ratio: ratio(applyRatio),
        target: "< 0.1x", met: applyRatio < 0.1)
}
