@testable import FullTextSearch
import Testing

@Suite struct RawWordTableTests {
    private func withBytes<Result>(_ word: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Array(word.utf8).withUnsafeBufferPointer(body)
    }

    @Test("every stored word is found with its value across many rehashes; absent words are not")
    func storesAndFinds() {
        var table = RawWordTable()
        let words = (0..<5_000).map { "word\($0)" } + ["", "é", "e\u{0301}", "grooming", "Grooming"]
        for (value, word) in words.enumerated() {
            withBytes(word) { table.insert($0, value: Int32(value)) }
        }
        for (value, word) in words.enumerated() {
            #expect(withBytes(word) { table.value(for: $0) } == Int32(value))
        }
        for absent in ["word5000", "groom", "GROOMING", "é "] {
            #expect(withBytes(absent) { table.value(for: $0) } == nil)
        }
    }

    @Test("keys are bytes: canonically equivalent spellings are different keys")
    func bytesNotCanonicalEquivalence() {
        var table = RawWordTable()
        withBytes("caf\u{00E9}") { table.insert($0, value: 1) }
        #expect(withBytes("cafe\u{0301}") { table.value(for: $0) } == nil)
        #expect(withBytes("caf\u{00E9}") { table.value(for: $0) } == 1)
    }
}
