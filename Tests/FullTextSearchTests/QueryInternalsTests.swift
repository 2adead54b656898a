@testable import FullTextSearch
import Testing

/// The per-query structures behind `search`: bitmaps and ranks of documents, facet ordering, label
/// deduplication and the snippet pattern index.
@Suite struct QueryInternalsTests {
    @Test(
        "a document set inserts, removes, intersects and lists members across word boundaries",
        arguments: [0, 1, 63, 64, 65, 130])
    func documentSet(count: Int) {
        var set = DocumentSet(documentCount: count)
        let members = (0..<count).filter { $0 % 3 == 0 || $0 == count - 1 }.map { Int32($0) }
        set.insert(contentsOf: members)
        #expect(set.members == members)
        #expect(set.count == members.count)
        let full = DocumentSet(documentCount: count, isFull: true)
        #expect(full.count == count)
        #expect(full.members == (0..<count).map { Int32($0) })
        var intersection = full
        intersection.formIntersection(set)
        #expect(intersection.members == members)
        if let first = members.first {
            intersection.remove(first)
            #expect(!intersection.contains(first))
            #expect(intersection.members == Array(members.dropFirst()))
        }
    }

    @Test("a member's rank is its position among the members; non-members have none")
    func documentRanks() {
        var set = DocumentSet(documentCount: 200)
        let members: [Int32] = [0, 5, 63, 64, 100, 127, 128, 199]
        set.insert(contentsOf: members)
        let ranks = DocumentRanks(set)
        #expect(ranks.count == members.count)
        for (rank, member) in members.enumerated() {
            #expect(ranks.rank(of: member) == rank)
        }
        #expect(ranks.rank(of: 1) == nil)
        #expect(ranks.rank(of: 198) == nil)
    }

    @Test("facets sort by count, then by value in String order, whatever the order values were first seen")
    func facetOrder() throws {
        let values = ["b", "a", "C", "é", "e\u{301}x", "ab"]
        let documents = values.enumerated().flatMap { number, value in
            // "ab" twice, the others once: ties are broken by value.
            (0..<(value == "ab" ? 2 : 1)).map { copy in
                SearchDocument(id: "\(number)-\(copy)", text: ["body": "word"], keywords: ["tag": [value]])
            }
        }
        let schema = try IndexSchema(textFields: [.init(name: "body")], keywordFields: ["tag"], snippetField: "body")
        let index = SearchIndex(documents: documents, schema: schema, analyzer: try Analyzer())
        let facets = try #require(index.search("word").facets["tag"])
        let expected =
            [FacetCount(value: "ab", count: 2)]
            + values.filter { $0 != "ab" }.sorted().map { FacetCount(value: $0, count: 1) }
        #expect(facets == expected)
    }

    @Test("a hit lists each matched label once, in the order of its first alternative")
    func labelsOnce() throws {
        let index = try TestCorpus.index()
        // "games" twice: two concepts with the same label.
        let hit = try #require(index.search("games games online").hits.first { $0.documentID == "b-grooming" })
        #expect(hit.matchedTerms == ["games", "online"])
    }

    @Test("phrase and term patterns sharing a first term are all highlighted")
    func sharedFirstTerm() throws {
        let index = try TestCorpus.index()
        let hit = try #require(index.search(#""school approach" school"#).hits.first { $0.documentID == "g-school" })
        #expect(hit.matchedTerms == ["school approach", "school"])
        #expect(hit.snippet.highlightedTexts == ["school", "school approach"])
    }
}
