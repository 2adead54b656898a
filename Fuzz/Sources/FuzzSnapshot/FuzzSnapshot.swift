import BinaryCoding
import ChildOnlineProtection
import FuzzDriver

/// libFuzzer entry point for the knowledge-base snapshot reader. The first byte picks what the rest is:
/// - 1: a snapshot payload, wrapped here in a valid header with its true checksum, so the fuzzer reaches
///   the decoder of every part (a mutated file is otherwise refused at the checksum);
/// - anything else: a whole snapshot file, as `--snapshot FILE` would read it.
/// Any bytes must load or give a `SnapshotError`, never a crash, a hang or an out-of-bounds read; what loads
/// must answer a search.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzDriver.input(data, count)
    guard let mode = input.first else { return 0 }
    let rest = Array(input.dropFirst())
    let file = mode == 1 ? wrapped(payload: rest) : Array(input)
    let loaded = file.withUnsafeBytes { raw in Result { () throws(SnapshotError) in try KnowledgeBase(snapshot: raw) } }
    if case .success(let base) = loaded {
        _ = base.search(GuidelineQuery("grooming in games", limit: 3, semantic: false))
        _ = base.records.count
    }
    return 0
}

/// A snapshot header (signature, format version, length, checksum) around `payload`.
private func wrapped(payload: [UInt8]) -> [UInt8] {
    var header = BinaryWriter()
    for byte in "COPSNAP\0".utf8 { header.write(byte) }
    header.write(KnowledgeBaseSnapshot.formatVersion)
    header.write(UInt64(payload.count))
    header.write(payload.withUnsafeBytes(checksum64))
    return header.bytes + payload
}

/// libFuzzer's driver over ``fuzz(_:_:)`` (see `FuzzDriver` for why each target defines this symbol).
@_cdecl("FuzzSnapshot_main")
public func fuzzerMain(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    FuzzDriver.run(argc, argv, prepare: {}, testOneInput: fuzz)
}
