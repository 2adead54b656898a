import ChildOnlineProtection

/// libFuzzer entry point: arbitrary bytes as one Markdown content file, plus a second file that links
/// into it, compiled by the content compiler. Any input must yield diagnostics, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    run(UnsafeRawBufferPointer(start: start, count: count))
}

private func run(_ input: UnsafeRawBufferPointer) -> CInt {
    let bytes = Array(input)
    let files = [
        ContentFile(path: "fuzz/input.md", bytes: bytes),
        ContentFile(path: "fuzz/catalogues/topics.md", text: topics),
    ]
    let compilation = ContentCompiler.compile(files, root: "fuzz")
    // Touch the results so nothing is optimised away, and check a cheap invariant.
    let base = compilation.knowledgeBase
    for diagnostic in compilation.diagnostics where diagnostic.location.file.isEmpty {
        fatalError("diagnostic without a file: \(diagnostic)")
    }
    if let first = base.records.first {
        _ = base.search(first.title, limit: 3)
    }
    return 0
}

private let topics = """
    # Topics
    - Catalogue: topics

    ## Gaming
    - ID: gaming
    - Aliases: online games, [link](../input.md#gaming)

    Playing games online. See [input](../input.md) and [self](topics.md#gaming).
    """

// SwiftPM links debug executables on Linux with `main` aliased to `FuzzContentCompiler_main` (for testable
// executables), so libFuzzer's own `main` is never used: this entry point hands over to libFuzzer's driver.
@_cdecl("FuzzContentCompiler_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, count in
        run(UnsafeRawBufferPointer(start: data, count: count))
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
