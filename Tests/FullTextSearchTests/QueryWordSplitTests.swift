import Testing

@testable import FullTextSearch

/// ASCII queries are split byte by byte: the words must be exactly those of the general, character-based split.
@Suite struct QueryWordSplitTests {
    @Test("the ASCII split gives the same words as the Unicode split, on 5,000 random ASCII texts")
    func asciiSplitMatchesUnicodeSplit() {
        var generator = SystemRandomNumberGenerator()
        // Letters, digits, inner punctuation, separators, quotes, operators and control characters.
        let alphabet = Array("aZ09-'._ \t\r\n\"*:()+,!?/\\@#\u{0}\u{7F}".utf8)
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(QueryParser.asciiWords(in: text) == QueryParser.unicodeWords(in: text), "\(bytes)")
        }
        #expect(QueryParser.words(in: "--don't  e-mail..v1.2 _x_ \r\n") == ["don't", "e-mail..v1.2", "x"])
        #expect(QueryParser.words(in: "café’s crème") == ["café’s", "crème"])
    }
}
