import Testing

@testable import FullTextSearch

/// ASCII queries are lexed byte by byte: the lexemes must be exactly those of the character-by-character lexer.
@Suite struct QueryLexerTests {
    @Test("the byte lexer gives the same lexemes as the character lexer, on 5,000 random ASCII texts")
    func byteLexerMatchesCharacterLexer() {
        // Quotes, minus signs, colons, separators, control characters, letters and operators.
        for text in RandomASCIIText.samples(from: "ab9-\"\" :: \t\r\n*()OR\u{0}\u{7F}'.") {
            #expect(
                QueryLexer.lexemes(ofUnits: Array(text.utf8)) == QueryLexer.lexemes(ofUnits: Array(text)),
                "\(Array(text.utf8))")
        }
    }

    @Test("phrases, negations, quoted filters and a dangling minus, in ASCII and in other text")
    func lexemeKinds() {
        let ascii = QueryLexer.lexemes(of: #"-grooming "online game" risk:"sexual extortion" - x"#)
        #expect(
            ascii == [
                QueryLexeme(kind: .bare("grooming"), negated: true),
                QueryLexeme(kind: .quoted("online game", closed: true), negated: false),
                QueryLexeme(
                    kind: .quotedFilter(field: "risk", value: "sexual extortion", closed: true), negated: false),
                QueryLexeme(kind: .danglingMinus, negated: false),
                QueryLexeme(kind: .bare("x"), negated: false),
            ])
        #expect(
            QueryLexer.lexemes(of: "“café crème” -thé")
                == [
                    QueryLexeme(kind: .quoted("café crème", closed: true), negated: false),
                    QueryLexeme(kind: .bare("thé"), negated: true),
                ])
    }
}
