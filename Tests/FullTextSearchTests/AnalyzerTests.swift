import FullTextSearch
import Testing

@Suite struct AnalyzerTests {
    let analyzer: Analyzer

    init() throws {
        analyzer = try Analyzer(language: "english")
    }

    @Test("token ranges point at the original words in non-ASCII text")
    func offsetsOnNonASCIIText() {
        let text = "Café 😀 Straße, مرحبا بالعالم — naïve e\u{301}cole"
        let tokens = analyzer.tokens(in: text)
        #expect(
            tokens.map { String(text[$0.range]) } == [
                "Café", "Straße", "مرحبا", "بالعالم", "naïve", "e\u{301}cole",
            ]
        )
        let utf8 = Array(text.utf8)
        for token in tokens {
            let bytes = Array(utf8[token.utf8Range])
            #expect(String(decoding: bytes, as: UTF8.self) == String(text[token.range]))
        }
        #expect(tokens.map(\.position) == Array(0..<6))
    }

    @Test(
        "folding removes case, diacritics and width differences",
        arguments: [
            ("Café", "cafe"), ("CAFE", "cafe"), ("Straße", "strasse"), ("naïve", "naive"), ("ＡＢＣ", "abc"),
            ("e\u{301}cole", "ecole"), ("don’t", "don't"),
        ]
    )
    func folding(input: String, expected: String) {
        #expect(analyzer.fold(input) == expected)
    }

    @Test("café and cafe produce the same term")
    func diacriticInsensitiveTerms() {
        #expect(analyzer.terms(in: "café") == analyzer.terms(in: "CAFE"))
    }

    @Test("emoji, punctuation and control characters separate words and are not tokens")
    func separators() {
        #expect(analyzer.tokens(in: "grooming😀online\u{0}chat!!!").map(\.surface) == ["grooming", "online", "chat"])
        #expect(analyzer.tokens(in: "😀 ... \u{7}").isEmpty)
    }

    @Test("stop words are dropped from terms but keep their positions")
    func stopWords() {
        let tokens = analyzer.tokens(in: "the safety of the children")
        #expect(tokens.filter(\.isStopWord).map(\.surface) == ["the", "of", "the"])
        #expect(analyzer.terms(in: "the safety of the children") == ["safeti", "children"])
        #expect(tokens.last?.position == 4)
    }

    @Test(
        "inflections share a Snowball stem",
        arguments: [("bullying", "bullied"), ("grooming", "groomed"), ("games", "game")]
    )
    func stemming(first: String, second: String) {
        #expect(analyzer.stem(first) == analyzer.stem(second))
    }

    @Test("other languages are available and unknown ones are rejected with the valid names")
    func languages() throws {
        #expect(Analyzer.availableLanguages.contains("english"))
        #expect(Analyzer.availableLanguages.contains("french"))
        let french = try Analyzer(language: "french")
        #expect(french.stem("enfants") == french.stem("enfant"))
        #expect(throws: AnalyzerError.self) { try Analyzer(language: "klingon") }
        do {
            _ = try Analyzer(language: "klingon")
        } catch {
            #expect(error.description.contains("klingon"))
            #expect(error.description.contains("english"))
        }
    }

    @Test("an invalid schema is rejected with the offending field")
    func schemaValidation() {
        #expect(throws: SchemaError.notATextField("summary", textFields: ["title"])) {
            try IndexSchema(textFields: [.init(name: "title")], snippetField: "summary")
        }
        #expect(throws: SchemaError.duplicateField("title")) {
            try IndexSchema(textFields: [.init(name: "title")], keywordFields: ["title"], snippetField: "title")
        }
        #expect(throws: SchemaError.invalidWeight(field: "title", weight: 0)) {
            try IndexSchema(textFields: [.init(name: "title", weight: 0)], snippetField: "title")
        }
    }
}
