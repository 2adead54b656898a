import FullTextSearch
import Testing

/// Adversarial queries do bounded work, and whatever a limit cut is reported in the notes.
/// No timing assertions: the bounds are checked on what was expanded and reported.
@Suite struct QueryLimitsTests {
    /// A corpus built to blow up expansion: 1,000 words sharing the prefix `ab`, 25 words one edit away
    /// from the unindexed word `groomzq` (`groomz` + a letter other than `q`), and the same for `word0qz` …
    /// `word39qz` (`word<n>` + a letter other than `q` + `z`).
    static func adversarialIndex(configuration: SearchIndex.Configuration = .init()) throws -> SearchIndex {
        let letters = "abcdefghijklmnoprstuvwxyz".map(String.init)
        let prefixed = (0..<1_000).map { "ab\($0)x" }.joined(separator: " ")
        let near = letters.map { "groomz" + $0 }.joined(separator: " ")
        let documents =
            [
                TestCorpus.document("prefixed", title: "Prefixed words", body: prefixed),
                TestCorpus.document("near", title: "Near words", body: near),
            ]
            + (0..<40).map { number in
                TestCorpus.document(
                    "typos-\(number)", title: "Typos \(number)",
                    body: letters.map { "word\(number)" + $0 + "z" }.joined(separator: " "))
            }
        return SearchIndex(
            documents: TestCorpus.documents + documents,
            schema: try TestCorpus.schema(),
            analyzer: try Analyzer(language: "english"),
            configuration: configuration
        )
    }

    @Test("a prefix expands to at most the prefix limit, and the cut is reported")
    func prefixExpansionIsBounded() throws {
        let index = try Self.adversarialIndex()
        let limit = index.configuration.maximumPrefixExpansions
        let results = index.search("ab*")
        let hit = try #require(results.hits.first { $0.documentID == "prefixed" })
        #expect(hit.matchedTerms.count == limit)
        let notes = results.notes.filter { $0.code == .expansionLimited }
        #expect(notes.count == 1)
        #expect(notes.first?.message.contains("“ab*”") == true)
        #expect(notes.first?.message.contains("\(limit)") == true)
    }

    @Test("a prefix within the limit is not reported")
    func smallPrefixIsNotReported() throws {
        let index = try Self.adversarialIndex()
        #expect(!index.search("groomz*").notes.contains { $0.code == .expansionLimited })
        let unbounded = try Self.adversarialIndex(configuration: .init(maximumPrefixExpansions: .max))
        let results = unbounded.search("ab*")
        #expect(results.hits.first { $0.documentID == "prefixed" }?.matchedTerms.count == 1_000)
        #expect(!results.notes.contains { $0.code == .expansionLimited })
    }

    @Test("a misspelled word expands to at most the fuzzy limit, and the cut is reported")
    func fuzzyExpansionIsBounded() throws {
        let index = try Self.adversarialIndex()
        let limit = index.configuration.maximumFuzzyExpansions
        let results = index.search("groomzq")
        let hit = try #require(results.hits.first { $0.documentID == "near" })
        #expect(hit.matchedTerms.count == limit)
        let expansionMessage = results.notes.filter { $0.code == .expansionLimited }.map(\.message).first
        #expect(expansionMessage?.contains("“groomzq”") == true)
    }

    @Test("32 prefix terms of the worst kind: results come back, every expansion is bounded and reported")
    func manyPrefixes() throws {
        let index = try Self.adversarialIndex()
        let query = (0..<40).map { _ in "ab*" }.joined(separator: " ")
        let results = index.search(query, explain: true)
        #expect(results.total > 0)
        #expect(Set(results.notes.map(\.code)) == [.tooManyTerms, .expansionLimited])
        let hit = try #require(results.hits.first { $0.documentID == "prefixed" })
        let explanation = try #require(hit.explanation)
        #expect(explanation.totalConcepts <= index.parser.limits.maximumTerms)
        #expect(
            explanation.contributions.count <= index.parser.limits.maximumTerms
                * index.configuration.maximumPrefixExpansions)
        // Single-letter prefixes are searched as words, never expanded to the whole dictionary.
        let letters = index.search((0..<32).map { _ in "a*" }.joined(separator: " "))
        #expect(letters.notes.contains { $0.code == .danglingOperator })
        #expect(!letters.notes.contains { $0.code == .expansionLimited })
    }

    @Test("many typo-prone words: each expands to at most the fuzzy limit, all cuts named in one note")
    func manyTypos() throws {
        let index = try Self.adversarialIndex()
        let words = (0..<32).map { "word\($0)qz" }
        let results = index.search(words.joined(separator: " "), explain: true)
        #expect(results.total >= 32)
        let note = try #require(results.notes.first { $0.code == .expansionLimited })
        #expect(words.allSatisfy { note.message.contains("“\($0)”") })
        for hit in results.hits {
            #expect(hit.matchedTerms.count <= index.configuration.maximumFuzzyExpansions)
        }
    }

    @Test("a 1 MB query is cut at the length limit with a note, and still answered")
    func megabyteQuery() throws {
        let index = try TestCorpus.index()
        for text in [
            String(repeating: "grooming ", count: 120_000), String(repeating: "g", count: 1 << 20),
            String(repeating: "\"a ", count: 400_000),
        ] {
            let results = index.search(text)
            #expect(results.notes.contains { $0.code == .truncated })
            #expect(index.parser.parse(text).query.clauses.count <= index.parser.limits.maximumTerms)
        }
        #expect(index.search(String(repeating: "grooming ", count: 120_000)).total > 0)
        #expect(index.suggestions(prefix: String(repeating: "gro ", count: 250_000), limit: 5).count <= 5)
    }

    @Test("limits are documented values")
    func limitValues() throws {
        let index = try TestCorpus.index()
        #expect(index.parser.limits == QueryParser.Limits(maximumLength: 1_000, maximumTerms: 32))
        #expect(index.configuration.maximumPrefixExpansions == 50)
        #expect(index.configuration.maximumFuzzyExpansions == 8)
    }

    @Test("a limit and an offset whose sum overflows are saturated, not a crash")
    func overflowingPaging() throws {
        let index = try TestCorpus.index()
        let everything = index.search("games", limit: .max)
        #expect(everything.hits.count == everything.total)
        #expect(index.search("games", limit: .max, offset: .max).hits.isEmpty)
        #expect(index.search("games", limit: .max, offset: 1).hits.count == everything.total - 1)
        #expect(index.search("games", limit: .min, offset: .min).hits.isEmpty)
        #expect(index.suggestions(prefix: "ga", limit: .max).count > 0)
    }
}
