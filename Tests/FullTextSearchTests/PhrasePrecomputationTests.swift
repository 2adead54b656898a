@testable import FullTextSearch
import Testing

/// Thesaurus phrase matches are precomputed at build time only up to a work budget; phrases beyond it are
/// matched when a query uses them, with the same result.
@Suite struct PhrasePrecomputationTests {
    /// 1,200 documents that all hold the same 40 words, and a thesaurus of every ordered pair of them in
    /// groups of ten: each pair phrase costs 1,200 candidate documents, 1,560 × 1,200 in all, over the budget.
    static func index() throws -> SearchIndex {
        let words = (0..<40).map { "w\(Character(UnicodeScalar(UInt8(97 + $0 % 26))))\($0 / 26)" }
        let text = (words + words).joined(separator: " ")
        let documents = (0..<1_200).map { TestCorpus.document("d\($0)", title: "Doc \($0)", body: text) }
        let pairs = words.flatMap { first in words.filter { $0 != first }.map { first + " " + $0 } }
        let groups = stride(from: 0, to: pairs.count, by: 10).map { Array(pairs[$0..<min($0 + 10, pairs.count)]) }
        return SearchIndex(
            documents: documents, schema: try TestCorpus.schema(), analyzer: try Analyzer(),
            thesaurus: Thesaurus(groups))
    }

    @Test("the build stays within the budget, and every phrase left out is matched at query time the same way")
    func budget() throws {
        let index = try Self.index()
        let entries = index.analyzedThesaurus.entries
        #expect(entries.count == 1_560)
        let precomputed = entries.indices.filter { index.thesaurusPhraseMatches.matches(ofEntry: $0) != nil }
        #expect(
            precomputed.count == ThesaurusPhraseMatches.precomputationBudget / 1_200,
            "as many phrases as the budget pays for")
        let deferred = entries.indices.filter { index.thesaurusPhraseMatches.matches(ofEntry: $0) == nil }
        #expect(deferred.count == entries.count - precomputed.count)
        for entry in [deferred.first, deferred.last].compactMap({ $0 }) {
            let clause = try #require(index.synonymAlternative(entry))
            // Every document holds every pair of adjacent words of its text, so each pair phrase that occurs
            // in the text matches all of them, whether precomputed or not.
            let fresh = try #require(
                index.inverted.phraseClause(
                    entries[entry].phrase, weight: index.configuration.synonymWeight, label: entries[entry].text,
                    known: nil))
            #expect(clause.matches.documents.elementsEqual(fresh.matches.documents))
            #expect(clause.weight == fresh.weight && clause.label == fresh.label)
        }
        // A query whose group was left to query time still finds its synonyms.
        let last = try #require(deferred.last)
        #expect(!index.search(entries[last].text, limit: 3).hits.isEmpty)
    }
}
