import FullTextSearch
import Testing

@Suite struct RankingTests {
    let index: SearchIndex

    init() throws {
        index = try TestCorpus.index()
    }

    @Test("a match in the title ranks above the same match in the body")
    func titleAboveBody() {
        let results = index.search("sextortion")
        #expect(results.ids == ["j-sextortion", "k-threats"])
        #expect(results.hits[0].score > results.hits[1].score)
    }

    @Test("covering more distinct query terms beats repeating one term")
    func coordination() throws {
        let results = index.search("grooming chat games")
        #expect(results.ids.first == "b-grooming")
        let games = try #require(results.ids.firstIndex(of: "l-games"))
        let grooming = try #require(results.ids.firstIndex(of: "b-grooming"))
        #expect(grooming < games)
    }

    @Test("a natural-language question finds documents that do not contain every word")
    func naturalLanguageQuestion() {
        let results = index.search("what should teachers do when a pupil is bullied in games?")
        #expect(results.ids.first == "a-bullying")
        #expect(results.total > 1)
    }

    @Test("the explanation adds up to the score and names fields")
    func explanation() throws {
        let results = index.search("bullying school", explain: true)
        let hit = try #require(results.hits.first)
        let explanation = try #require(hit.explanation)
        #expect(abs(explanation.score - hit.score) < 1e-9)
        let sum = explanation.contributions.map(\.score).reduce(0, +)
        #expect(abs(sum - explanation.baseScore) < 1e-9)
        #expect(explanation.description.contains("body"))
        #expect(explanation.description.contains("bullying"))
        let direct = try #require(
            index.explain(Query(terms: [.word("bullying"), .word("school")]), documentID: hit.documentID)
        )
        #expect(abs(direct.score - hit.score) < 1e-9)
    }

    @Test("paging returns consecutive slices of one ranking")
    func paging() {
        let all = index.search("games bullying online", limit: 100)
        let first = index.search("games bullying online", limit: 2)
        let second = index.search("games bullying online", limit: 2, offset: 2)
        #expect(first.ids + second.ids == Array(all.ids.prefix(4)))
        #expect(first.total == all.total)
    }
}
