import ChildOnlineProtection
import FuzzDriver
import GuidelineCompiler

/// libFuzzer entry point. The input is compiled twice:
/// - as content: arbitrary bytes as one Markdown content file, plus a second file that links into it,
///   compiled by the content compiler;
/// - as a layer over the bundled baseline: split at its first NUL byte into a manifest file and a layer file
///   (without a NUL, a valid manifest is used and the whole input is the layer file), compiled by the layer
///   compiler and applied to the bundled guidelines.
/// Any input must yield diagnostics, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzDriver.input(data, count)
    let bytes = Array(input)
    compileAsContent(bytes)
    applyAsLayer(bytes)
    return 0
}

private func compileAsContent(_ bytes: [UInt8]) {
    let files = [
        ContentFile(path: "fuzz/input.md", bytes: bytes),
        ContentFile(path: "fuzz/catalogues/topics.md", text: topics),
    ]
    let compilation = ContentCompiler.compile(files, root: "fuzz")
    // Touch the results so nothing is optimised away, and check a cheap invariant.
    let base = compilation.knowledgeBase
    checkLocations(compilation.diagnostics)
    if let first = base.records.first {
        // By words only: the target is the compiler; the encoder under ASan would cost seconds per input.
        _ = base.search(GuidelineQuery(first.title, limit: 3, semantic: false))
    }
}

private func applyAsLayer(_ bytes: [UInt8]) {
    let manifestBytes: [UInt8]
    let layerBytes: [UInt8]
    if let split = bytes.firstIndex(of: 0) {
        manifestBytes = Array(bytes[..<split])
        layerBytes = Array(bytes[(split + 1)...])
    } else {
        manifestBytes = Array(manifest.utf8)
        layerBytes = bytes
    }
    let compilation = Adaptation.compile(
        [
            ContentFile(path: "layer/adaptation.md", bytes: manifestBytes),
            ContentFile(path: "layer/input.md", bytes: layerBytes),
        ],
        root: "layer"
    )
    checkLocations(compilation.diagnostics)
    // Applying re-indexes the merged records (seconds per input under the sanitizer until applying a layer
    // stops rebuilding the baseline's index), so a layer with nothing to apply is not applied.
    guard let adaptation = compilation.adaptation, let baseline else { return }
    let content =
        adaptation.changes.count + adaptation.additions.count + adaptation.terms.count + adaptation.services.count
        + adaptation.laws.count
    guard content > 0 || !adaptation.manifest.stacksOn.isEmpty else { return }
    let applied = baseline.adapting([adaptation])
    checkLocations(applied.diagnostics)
    let merged = applied.knowledgeBase
    // Every service and law the merge kept must be found by its ID, with its layer's ID.
    for (id, layer) in merged.services.map({ ($0.id, $0.layerID) }) + merged.laws.map({ ($0.id, $0.layerID) })
    where merged.record(id: id)?.layer != layer {
        fatalError("record \(id) lost its layer")
    }
    // By words only: encoding the layer's new texts by meaning would take seconds per input under the sanitizer.
    if let first = adaptation.services.first {
        _ = merged.search(GuidelineQuery(first.name, limit: 3, semantic: false))
    }
    _ = LayerDiff(adaptation, against: baseline).json()
}

private func checkLocations(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics where diagnostic.location.file.isEmpty {
        fatalError("diagnostic without a file: \(diagnostic)")
    }
}

/// The bundled guidelines, compiled once for every input.
private let baseline: KnowledgeBase? = try? KnowledgeBase.bundled()

private let manifest = """
    # Fuzzland
    - Layer: adaptation
    - ID: fz
    - Jurisdiction: FZ
    - Language: en
    - Base: itu-cop-2020
    - Base version: 1
    - Maintainer: fuzz
    - Sources: https://example.org/
    """

private let topics = """
    # Topics
    - Catalogue: topics

    ## Gaming
    - ID: gaming
    - Aliases: online games, [link](../input.md#gaming)

    Playing games online. See [input](../input.md) and [self](topics.md#gaming).
    """

/// libFuzzer's driver over ``fuzz(_:_:)`` (see `FuzzDriver` for why each target defines this symbol).
@_cdecl("FuzzContentCompiler_main")
public func fuzzerMain(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput: fuzz)
}
