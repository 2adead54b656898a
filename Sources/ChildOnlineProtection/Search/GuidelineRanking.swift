internal import Foundation
internal import FullTextSearch
internal import SentenceEmbedding

/// How the knowledge base ranks a query: the lexical engine fused with sentence-embedding similarity, and
/// soft preferences for the likely asker and the child's age.
enum GuidelineRanking {
    /// Fusion weights, tuned on the development questions only (see the README's retrieval-quality section).
    static let fusion: RankFusion = {
        let v = (ProcessInfo.processInfo.environment["COP_FUSION"] ?? "").split(separator: ",").compactMap { Double($0) }
        if v.count == 6 { return RankFusion(k: v[0], lexicalWeight: v[1], semanticWeight: v[2], similarityWeight: v[3], semanticDepth: Int(v[4]), minimumSimilarity: Float(v[5])) }
        return RankFusion(k: 60, lexicalWeight: 1, semanticWeight: 1, similarityWeight: 0, semanticDepth: 100, minimumSimilarity: 0.15)
    }()

    /// The multiplier for records of the inferred asker's guideline set.
    static let askerBoost: Double = Double(ProcessInfo.processInfo.environment["COP_ASKER"] ?? "") ?? 1.5
    /// The multiplier for records tagged with the child's age band, and for those tagged only with others.
    static let ageMatch = 1.2
    static let ageMismatch = 0.6
}

/// What the ranking of one query used besides its words.
struct RankingContext {
    var signals: RankingSignals?
    var semantic: SemanticSearchStatus
    var asker: AskerInference?
}

extension KnowledgeBase {
    /// The similarities and priors for one query, whether meaning-level ranking is on, and the inferred asker.
    func rankingContext(for query: GuidelineQuery) -> RankingContext {
        let asker = query.infersAsker ? AskerInference(query: query.text) : nil
        let preferred = query.audiences.isEmpty ? asker?.audience : nil
        let band = query.childAge.flatMap(AgeBand.init(age:)) ?? asker?.ageBand
        let priors = priors(preferring: preferred, ageBand: band)
        let (similarities, status) = similarities(for: query)
        let signals = similarities.isEmpty && priors.isEmpty
            ? nil : RankingSignals(similarities: similarities, priors: priors, fusion: GuidelineRanking.fusion)
        return RankingContext(signals: signals, semantic: status, asker: asker)
    }

    /// Each record's prior: the asker's guideline set first, advice for the child's age band first.
    /// Empty when there is nothing to prefer.
    private func priors(preferring audience: Audience?, ageBand: AgeBand?) -> [Double] {
        guard audience != nil || ageBand != nil else { return [] }
        return searchIndex.documentIDs.map { id in
            guard let record = record(id: id) else { return 1 }
            var prior = 1.0
            if let audience, record.audience == audience { prior *= GuidelineRanking.askerBoost }
            if let ageBand, !record.ageBands.isEmpty {
                prior *= record.ageBands.contains(ageBand) ? GuidelineRanking.ageMatch : GuidelineRanking.ageMismatch
            }
            return prior
        }
    }

    /// Each record's similarity to the query by meaning, or none with the reason.
    private func similarities(for query: GuidelineQuery) -> ([Float], SemanticSearchStatus) {
        guard query.semantic else { return ([], .off(reason: "turned off for this query")) }
        let encoder: SentenceEncoder
        switch SemanticEngine.encoder {
        case .success(let loaded): encoder = loaded
        case .failure(let error): return ([], .off(reason: error.description))
        }
        let text = SemanticEngine.meaningText(of: query.text)
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else {
            return ([], .off(reason: "the query has no words to compare by meaning"))
        }
        return (semanticIndex.similarities(to: encoder.encode(text), encoder: encoder), .on(model: SentenceEncoder.defaultModelName))
    }
}
