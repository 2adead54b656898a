import ChildOnlineProtection
import GuidelineCompiler
import Testing

/// The questions field and the confidence filter of the query API, over `Fixtures/questions`.
@Suite struct ConfidenceSearchTests {
    let base: KnowledgeBase

    init() throws {
        base = try KnowledgeBase(contentsOf: FixtureTests.fixtures.appendingPathComponent("questions"))
    }

    /// The hits by words only: these tests are about the lexical field and filter (semantic search adds
    /// candidates by meaning, tested on its own).
    func ids(_ query: GuidelineQuery) -> [String] {
        var lexical = query
        lexical.semantic = false
        return base.search(lexical).hits.map(\.record.id)
    }

    @Test("GuidelineQuery.confidences keeps records of the given levels; records without provenance never match")
    func confidenceFilter() {
        #expect(ids(GuidelineQuery("game", confidences: [.high])) == ["pe-games", "pe-games-play-first"])
        #expect(
            Set(ids(GuidelineQuery("grooming", confidences: [.generalPractice]))) == [
                "pe-games-ask", "in-chat-off-by-default",
            ])
        #expect(
            ids(GuidelineQuery("grooming", kinds: [.risk], confidences: [.high, .medium, .low, .generalPractice]))
                .isEmpty)
        #expect(ids(GuidelineQuery("grooming", kinds: [.risk])) == ["grooming"])
    }

    @Test("confidence is a facet over every match")
    func confidenceFacet() {
        let facet = base.search(GuidelineQuery("game", limit: 1, semantic: false)).facets["confidence"] ?? []
        #expect(
            Dictionary(uniqueKeysWithValues: facet.map { ($0.value, $0.count) }) == ["high": 2, "general-practice": 3])
    }

    @Test("the questions are their own searched field: a word only in a question finds its record")
    func questionsField() {
        #expect(ids(GuidelineQuery("row")) == ["pe-games-ask"])
        #expect(ids(GuidelineQuery("regulators expect")) == ["in-chat-off-by-default"])
    }
}
