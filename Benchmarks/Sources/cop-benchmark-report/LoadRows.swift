import ChildOnlineProtection
import COPBenchmarkSupport
import GuidelineCompiler
import Foundation

// Loading without Markdown: the bundled snapshot (records, vectors, word index) decoded in process against
// the raw cmark-gfm parse of the same content, and applying an example layer against that load.

@MainActor func snapshotLoadRows(files: [ContentFile], rounds: Int) {
    log("load: snapshot decode vs raw cmark-gfm parse; applying the gb layer vs the snapshot load")
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
    var apply: [Double] = []
    var loaded = KnowledgeBase()
    for round in 0..<(rounds + 2) {
        let r = nanoseconds { _ = RawCmarkParse.parseAll(bytes) }
        let d = nanoseconds {
            loaded = snapshot.withUnsafeBytes { raw in (try? KnowledgeBase(snapshot: raw)) ?? KnowledgeBase() }
        }
        let a = nanoseconds { _ = try? loaded.adapted(by: [layer]) }
        guard round >= 2 else { continue }  // warm-up
        raw.append(r)
        decode.append(d)
        apply.append(a)
    }
    let decodeRatio = medianRatio(decode, raw)
    add(
        """
        Bundled snapshot decode (\(String(format: "%.1f", Double(snapshot.count) / 1_048_576)) MiB: records, vectors, \
        word index) vs raw cmark-gfm parse, p50
        """,
        ours: ms(Percentiles(decode).median), baseline: ms(Percentiles(raw).median), ratio: ratio(decodeRatio),
        target: "< 0.5x", met: decodeRatio < 0.5)
    let applyRatio = medianRatio(apply, decode)
    add(
        """
        Apply the gb layer (\(layer.changes.count) changes, \(layer.services.count) services) vs the snapshot \
        load, p50
        """,
        ours: ms(Percentiles(apply).median), baseline: ms(Percentiles(decode).median), ratio: ratio(applyRatio),
        target: "< 0.1x", met: applyRatio < 0.1)
}
