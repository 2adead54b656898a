import FullTextSearch
import Testing

@Suite struct QueryParserTests {
    let parser = QueryParser(keywordFields: ["audience", "risk"])

    static let hostileInputs: [String] = [
        "", " ", "\t\n", "!!!???...", "\"", "\"\"", "\"\"\"", "-", "--", "- -", ":", "::", "audience:", "audience:\"",
        "risk:\"unclosed", "*", "**", "a*", "OR", "OR OR", "a OR", "OR b", "-OR", "-audience:industry", "😀😀😀",
        "👩‍👧‍👦 grooming", "مرحبا بالعالم", "\u{202E}gnimoorg\u{202C}", "שלום \"עולם",
        "\u{0}\u{1}\u{7F}\u{1B}[31m",
        "e\u{301}\u{301}\u{301}\u{301}", "a\u{200D}b", "\u{FEFF}", "(((", "grooming\"", "\\\"", "field:value:more",
        String(repeating: "a", count: 1_000_000), String(repeating: "grooming ", count: 10_000),
        String(repeating: "\u{301}", count: 100_000),
    ]

    @Test("any input yields a query quickly and the search runs", arguments: hostileInputs)
    func neverFails(input: String) throws {
        let parsed = parser.parse(input)
        #expect(parsed.query.clauses.count + parsed.query.exclusions.count <= parser.limits.maximumTerms)
        let index = try TestCorpus.index()
        let results = index.search(input)
        #expect(results.hits.count <= 10)
        #expect(results.total <= index.documentCount)
    }

    @Test("free words, phrases, exclusions, OR, prefix and filters")
    func syntax() {
        let parsed = parser.parse(
            #"grooming "online games" -adult -"secret chat" sexting OR nudes cyber* "#
                + #"Audience:parents audience:educators risk:grooming"#
        )
        #expect(parsed.notes.isEmpty)
        #expect(
            parsed.query.clauses == [
                .init(.word("grooming")), .init(.phrase("online games")),
                .init(anyOf: [.word("sexting"), .word("nudes")]), .init(.prefix("cyber")),
            ]
        )
        #expect(parsed.query.exclusions == [.word("adult"), .phrase("secret chat")])
        #expect(parsed.query.filters == ["audience": ["parents", "educators"], "risk": ["grooming"]])
    }

    @Test("an unbalanced quote makes the rest a phrase, with a note")
    func unbalancedQuote() {
        let parsed = parser.parse(#"bullying "at school"#)
        #expect(parsed.query.clauses == [.init(.word("bullying")), .init(.phrase("at school"))])
        #expect(parsed.notes.map(\.code) == [.unbalancedQuote])
    }

    @Test("an unknown field is searched as words, with a note")
    func unknownField() {
        let parsed = parser.parse("colour:red")
        #expect(parsed.query.clauses == [.init(.word("colour")), .init(.word("red"))])
        #expect(parsed.query.filters.isEmpty)
        #expect(parsed.notes.map(\.code) == [.unknownField])
    }

    @Test(
        "operators with nothing to apply to are noted",
        arguments: [
            ("-", QueryNote.Code.danglingOperator), ("OR grooming", .danglingOperator),
            ("grooming OR", .danglingOperator),
            ("*", .danglingOperator), ("audience:", .emptyFilterValue), ("-risk:csam", .negatedFilter),
            ("\"\"", .emptyPhrase),
        ]
    )
    func danglingOperators(input: String, code: QueryNote.Code) {
        #expect(parser.parse(input).notes.map(\.code).contains(code))
    }

    @Test("a huge input is truncated at the length limit, with a note")
    func lengthLimit() {
        let parsed = parser.parse(String(repeating: "x", count: 1_000_000))
        #expect(parsed.notes.map(\.code) == [.truncated])
        #expect(parsed.query.clauses == [.init(.word(String(repeating: "x", count: 1_000)))])
    }

    @Test("terms beyond the term limit are reported, not silently dropped")
    func termLimit() {
        let words = (0..<10_000).map { "word\($0)" }.joined(separator: " ")
        let parsed = parser.parse(words)
        #expect(parsed.query.clauses.count == 32)
        #expect(Set(parsed.notes.map(\.code)) == [.tooManyTerms, .truncated])
        let wide = QueryParser(keywordFields: [], limits: .init(maximumLength: 200_000, maximumTerms: 32))
        let note = wide.parse(words).notes.first { $0.code == .tooManyTerms }
        #expect(note?.message.contains("9968") == true)
        #expect(note?.message.contains("word32") == true)
    }

    @Test("punctuation inside bare words splits them; hyphens stay")
    func wordSplitting() {
        #expect(
            parser.parse("grooming,sextortion e-mail").query.clauses == [
                .init(.word("grooming")), .init(.word("sextortion")), .init(.word("e-mail")),
            ]
        )
    }
}
