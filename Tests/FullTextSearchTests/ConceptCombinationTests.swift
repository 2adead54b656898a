@testable import FullTextSearch
import Testing

/// Synonyms are alternatives of one concept: a document is worth its best match, not the sum of every
/// synonym it happens to contain.
@Suite struct ConceptCombinationTests {
    static let thesaurus = Thesaurus([["csam", "child sexual abuse material", "abuse imagery", "indecent images"]])

    static func index() throws -> SearchIndex {
        let documents = [
            SearchDocument(
                id: "a-glossary",
                text: [
                    "title": "Terms",
                    "body":
                        """
                    CSAM, child sexual abuse material, abuse imagery and indecent images all name the same thing, \
                    in streams or not.
                    """,
                ]),
            SearchDocument(
                id: "b-live",
                text: [
                    "title": "Stop live streams of csam",
                    "body": "Cut off live streams that show the abuse of a child and report them.",
                ]),
            SearchDocument(id: "c-other", text: ["title": "Cooking", "body": "Nothing relevant here."]),
        ]
        let schema = try IndexSchema(
            textFields: [.init(name: "title", weight: 3), .init(name: "body", weight: 1)], snippetField: "body",
            titleField: "title")
        return SearchIndex(documents: documents, schema: schema, analyzer: try Analyzer(), thesaurus: thesaurus)
    }

    @Test("a document that lists many synonyms does not outrank one that matches the whole question")
    func synonymsDoNotAddUp() throws {
        let results = try Self.index().search("streams csam", explain: true)
        #expect(results.hits.first?.documentID == "b-live", "\(results.hits.compactMap(\.explanation))")
    }

    @Test("a concept scores its best alternative plus a small share of the others")
    func combination() {
        var combination = ConceptCombination()
        combination.add(2, isPart: false)
        combination.add(1, isPart: false)
        combination.add(0.5, isPart: true)
        combination.add(0.5, isPart: true)
        // Best alternative 2; the parts together are 1 < 2; the rest (1 + 0.5 + 0.5) adds a tenth.
        #expect(abs(combination.score - 2.2) < 1e-9)
    }

    @Test("the explanation's base score is the sum of the concepts' combined scores")
    func explanationMatchesScore() throws {
        let index = try Self.index()
        let hit = try #require(index.search("csam", explain: true).hits.first)
        let explanation = try #require(hit.explanation)
        #expect(abs(explanation.score - hit.score) < 1e-9)
    }
}
