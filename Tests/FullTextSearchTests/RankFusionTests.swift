import FullTextSearch
import Testing

@Suite struct RankFusionTests {
    /// The fusion formula computed from the public results: the lexical ranking (every match), the
    /// similarities and the priors, as documented on ``RankFusion``.
    private static func expectedFusion(
        index: SearchIndex,
        query: String,
        signals: RankingSignals,
        filters: [String: Set<String>]
    ) -> [(id: String, score: Double)] {
        let fusion = signals.fusion
        let lexical = index.search(query, filters: filters, limit: index.documentCount)
        var lexicalRanks: [String: Int] = [:]
        for (rank, hit) in lexical.hits.enumerated() { lexicalRanks[hit.documentID] = rank + 1 }
        let eligible = Set(index.search("", filters: filters, limit: index.documentCount).hits.map(\.documentID))
        let candidates = index.documentIDs.indices.filter { number in
            (filters.isEmpty || eligible.contains(index.documentIDs[number]))
                && signals.similarities[number] >= fusion.minimumSimilarity
        }
        let semantic = candidates.sorted {
            (signals.similarities[$0], -$0) > (signals.similarities[$1], -$1)
        }.prefix(fusion.semanticDepth)
        var semanticRanks: [String: Int] = [:]
        for (rank, number) in semantic.enumerated() { semanticRanks[index.documentIDs[number]] = rank + 1 }
        var scored: [(id: String, score: Double)] = []
        for (number, id) in index.documentIDs.enumerated() where lexicalRanks[id] != nil || semanticRanks[id] != nil {
            var score = 0.0
            if let rank = lexicalRanks[id] { score += fusion.lexicalWeight / (fusion.k + Double(rank)) }
            if let rank = semanticRanks[id] {
                score += fusion.semanticWeight / (fusion.k + Double(rank))
                score += fusion.similarityWeight * Double(signals.similarities[number])
            }
            scored.append((id, score * signals.priors[number]))
        }
        return scored.sorted { ($0.score, $1.id) > ($1.score, $0.id) }
    }

    @Test(
        "fused results follow the documented formula: ranks, similarities and priors",
        arguments: ["grooming games", "privacy settings", "csam", "nothing-matches-this", "cyber*", "groomng"]
    )
    func fusedOrderAndScores(query: String) throws {
        let index = try IndexSnapshotCorpus.index()
        for seed in [1, 2, 3] as [UInt64] {
            var signals = IndexSnapshotCorpus.signals(documentCount: index.documentCount, seed: seed)
            signals.fusion = RankFusion(similarityWeight: seed == 2 ? 0.05 : 0, semanticDepth: seed == 3 ? 5 : 100)
            for filters in [[:], ["audience": ["parents"]]] as [[String: Set<String>]] {
                let expected = Self.expectedFusion(index: index, query: query, signals: signals, filters: filters)
                let results = index.search(query, filters: filters, limit: 15, explain: true, signals: signals)
                #expect(results.total == expected.count)
                #expect(results.hits.map(\.documentID) == expected.prefix(15).map(\.id))
                #expect(results.hits.map(\.score) == expected.prefix(15).map(\.score))
                for hit in results.hits {
                    let fusion = try #require(hit.explanation?.fusion)
                    let number = try #require(index.documentIDs.firstIndex(of: hit.documentID))
                    #expect(fusion.prior == signals.priors[number])
                }
            }
        }
    }
}
