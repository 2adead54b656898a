import ChildOnlineProtection
import FullTextSearch
import FuzzDriver

/// libFuzzer entry point: arbitrary bytes (decoded as UTF-8, invalid bytes replaced) as query text for
/// the bundled knowledge base: search, typed search with filters, suggestions and the bare parser.
/// Any string must yield results and notes, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzDriver.input(data, count)
    let text = String(decoding: input, as: UTF8.self)
    let results = knowledgeBase.search(text, limit: 5)
    if results.hits.count > 5 || results.total < results.hits.count {
        fatalError("inconsistent results for \(text.debugDescription)")
    }
    let typed = GuidelineQuery(
        text, audiences: [.parentsEducators], kinds: [.recommendation], limit: 3, offset: 1, explain: true)
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

/// libFuzzer's driver over ``fuzz(_:_:)`` (see `FuzzDriver` for why each target defines this symbol).
@_cdecl("FuzzQuery_main")
public func fuzzerMain(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    // Compile the bundled content before fuzzing starts, so its cost is not charged to the first input.
    FuzzDriver.run(argc, argv, prepare: { _ = knowledgeBase.records.count }, testOneInput: fuzz)
}
