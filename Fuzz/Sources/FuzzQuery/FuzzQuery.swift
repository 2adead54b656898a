import ChildOnlineProtection
import FullTextSearch

/// libFuzzer entry point: arbitrary bytes (decoded as UTF-8, invalid bytes replaced) as query text for
/// the bundled knowledge base: search, typed search with filters, suggestions and the bare parser.
/// Any string must yield results and notes, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    run(UnsafeRawBufferPointer(start: start, count: count))
}

private func run(_ input: UnsafeRawBufferPointer) -> CInt {
    let text = String(decoding: input, as: UTF8.self)
    let results = knowledgeBase.search(text, limit: 5)
    if results.hits.count > 5 || results.total < results.hits.count {
        fatalError("inconsistent results for \(text.debugDescription)")
    }
    let typed = GuidelineQuery(text, audiences: [.parentsEducators], kinds: [.recommendation], limit: 3, offset: 1, explain: true)
    _ = knowledgeBase.search(typed)
    _ = knowledgeBase.suggestions(prefix: text, limit: 5)
    _ = parser.parse(text)
    return 0
}

private let knowledgeBase: KnowledgeBase = {
    do {
        return try KnowledgeBase.bundled()
    } catch {
        fatalError("the bundled content does not compile: \(error)")
    }
}()

private let parser = QueryParser(keywordFields: ["audience", "risk", "topic", "kind", "age", "category"])

// SwiftPM links debug executables on Linux with `main` aliased to `FuzzQuery_main` (for testable
// executables), so libFuzzer's own `main` is never used: this entry point hands over to libFuzzer's driver.
@_cdecl("FuzzQuery_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    // Compile the bundled content before fuzzing starts, so its cost is not charged to the first input.
    _ = knowledgeBase.records.count
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
