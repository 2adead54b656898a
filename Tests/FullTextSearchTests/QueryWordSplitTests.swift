import Testing

@testable import FullTextSearch

/// ASCII queries are split byte by byte: the words must be exactly those of the general, character-based split.
@Suite struct QueryWordSplitTests {
    @Test("the ASCII split gives the same words as the Unicode split, on 5,000 random ASCII texts")
    func asciiSplitMatchesUnicodeSplit() {
        // Letters, digits, inner punctuation, separators, quotes, operators and control characters.
        for text in RandomASCIIText.samples(from: "aZ09-'._ \t\r\n\"*:()+,!?/\\@#\u{0}\u{7F}") {
            #expect(QueryParser.asciiWords(in: text) == QueryParser.unicodeWords(in: text), "\(Array(text.utf8))")
        }
        #expect(QueryParser.words(in: "--don't  e-mail..v1.2 _x_ \r\n") == ["don't", "e-mail..v1.2", "x"])
        #expect(QueryParser.words(in: "café’s crème") == ["café’s", "crème"])
    }
}
