import ChildOnlineProtection
import FuzzDriver

/// libFuzzer entry point: arbitrary bytes as one Markdown content file, plus a second file that links
/// into it, compiled by the content compiler. Any input must yield diagnostics, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzDriver.input(data, count)
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

/// libFuzzer's driver over ``fuzz(_:_:)`` (see `FuzzDriver` for why each target defines this symbol).
@_cdecl("FuzzContentCompiler_main")
public func fuzzerMain(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput: fuzz)
}
