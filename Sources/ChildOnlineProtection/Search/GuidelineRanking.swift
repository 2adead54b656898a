internal import FullTextSearch
internal import Foundation
internal import SentenceEmbedding

/// How the knowledge base ranks a query: the lexical engine fused with sentence-embedding similarity.
enum GuidelineRanking {
    /// Fusion weights, tuned on the development questions only (`Benchmarks`' retrieval-quality report).
    static let fusion: RankFusion = {
        let v = (ProcessInfo.processInfo.environment["COP_FUSION"] ?? "").split(separator: ",").compactMap { Double($0) }
        if v.count == 6 { return RankFusion(k: v[0], lexicalWeight: v[1], semanticWeight: v[2], similarityWeight: v[3], semanticDepth: Int(v[4]), minimumSimilarity: Float(v[5])) }
        return RankFusion(k: 60, lexicalWeight: 1, semanticWeight: 1, similarityWeight: 0, semanticDepth: 100, minimumSimilarity: 0.15)
    }()
}

extension KnowledgeBase {
    /// The similarities and priors for one query, and whether meaning-level ranking is on.
    func rankingSignals(for query: GuidelineQuery) -> (signals: RankingSignals?, status: SemanticSearchStatus) {
        guard query.semantic else { return (nil, .off(reason: "turned off for this query")) }
        let encoder: SentenceEncoder
        switch SemanticEngine.encoder {
        case .success(let loaded): encoder = loaded
        case .failure(let error): return (nil, .off(reason: error.description))
        }
        let text = SemanticEngine.meaningText(of: query.text)
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else {
            return (nil, .off(reason: "the query has no words to compare by meaning"))
        }
        let similarities = semanticIndex.similarities(to: encoder.encode(text), encoder: encoder)
        return (RankingSignals(similarities: similarities, fusion: GuidelineRanking.fusion), .on(model: SentenceEncoder.defaultModelName))
    }
}
