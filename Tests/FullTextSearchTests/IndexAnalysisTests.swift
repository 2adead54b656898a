@testable import FullTextSearch
import Testing

/// The byte-level tokenizer and the index build's analysis path (``WordTable``) on mixed ASCII and
/// non-ASCII text: the same words, ranges, surface forms and terms as ``Analyzer/tokens(in:)``.
@Suite struct IndexAnalysisTests {
    static let mixedText =
        "l’enfant don't x\u{200D}y 東京タワー e\u{301}cole ''a'' b''c ＡＢＣ１２３ Ⅻ½ x\u{20DD}z "
        + "\u{301}mark "
        + "Rock'n'Roll trail\u{200C} کتاب\u{200C}ها 😀ok"

    static let texts = [
        mixedText,
        "Café 😀 Straße, مرحبا بالعالم — naïve e\u{301}cole",
        "The SAFETY of the Children; safety and CHILDREN, the children's safety",
        "",
        "'''",
        "trailing joiner'",
    ]

    let analyzer: Analyzer

    init() throws {
        analyzer = try Analyzer(language: "english")
    }

    @Test("words, joiners, marks and ranges in mixed ASCII and non-ASCII text")
    func mixedTextWords() {
        let text = Self.mixedText
        let tokens = analyzer.tokens(in: text)
        #expect(
            tokens.map { String(text[$0.range]) } == [
                "l’enfant", "don't", "x\u{200D}y", "東京タワー", "e\u{301}cole", "a", "b", "c",
                "ＡＢＣ１２３", "Ⅻ½",
                "x\u{20DD}z", "mark", "Rock'n'Roll", "trail", "کتاب\u{200C}ها", "ok",
            ]
        )
        #expect(
            tokens.map(\.utf8Range) == [
                0..<10, 11..<16, 17..<22, 23..<38, 39..<46, 49..<50, 53..<54, 56..<57, 58..<76, 77..<82, 83..<88,
                91..<95, 96..<107, 108..<113, 117..<132, 137..<139,
            ]
        )
        #expect(tokens.prefix(3).map(\.surface) == ["l'enfant", "don't", "xy"])
        #expect(tokens[4].surface == "ecole")
        #expect(tokens[8].surface == "abc123")
    }

    @Test("the index build analyzes text as Analyzer.tokens(in:) does", arguments: texts)
    func indexAnalysisMatchesTokens(text: String) {
        var words = WordTable(analyzer: analyzer)
        // Twice, so that the second pass takes every word from the table.
        for _ in 0..<2 {
            let analyzed = words.analyze(text)
            let tokens = analyzer.tokens(in: text)
            #expect(analyzed.terms.map { $0 < 0 ? nil : words.terms[Int($0)] } == tokens.map(\.term))
            #expect(zip(analyzed.starts, analyzed.ends).map { Int($0)..<Int($1) } == tokens.map(\.utf8Range))
        }
    }

    @Test("the dictionary counts the surface forms of indexed words, not stop words")
    func surfaceCounts() throws {
        var words = WordTable(analyzer: analyzer)
        let analyzed = words.analyze("The SAFETY of the Children; safety and CHILDREN, the children's safety")
        words.countOccurrences(in: analyzed)
        words.countOccurrences(in: analyzed)
        let counts = Dictionary(uniqueKeysWithValues: words.dictionaryEntries.map { ($0.surface, $0.count) })
        #expect(counts == ["safety": 6, "children": 4, "children's": 2])
        let terms = Set(words.dictionaryEntries.filter { $0.surface.hasPrefix("children") }.map(\.term))
        #expect(terms.count == 1)
    }
}
