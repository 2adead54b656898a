internal import FullTextSearch
internal import SentenceEmbedding

/// How the knowledge base ranks a query: the lexical engine fused with sentence-embedding similarity, and
/// soft preferences for the likely asker and the child's age.
enum GuidelineRanking {
    /// Plain reciprocal rank fusion (k = 60, equal weights). A grid over k, the weights and a share of the
    /// raw similarity on the development questions moved nDCG@5 by at most ±0.02, within the noise of 34
    /// questions, so the standard setting stays.
    static let fusion = RankFusion(
        k: 60, lexicalWeight: 1, semanticWeight: 1, similarityWeight: 0, semanticDepth: 100, minimumSimilarity: 0.15)

    /// The multiplier for records of the inferred asker's guideline set (1.3 to 2 scored alike on the
    /// development questions without a filter; 1 scored 0.07 lower).
    static let askerBoost = 1.5
    /// The multiplier for records tagged with the child's age band, and for those tagged only with others.
    static let ageMatch = 1.2
    static let ageMismatch = 0.6
}

/// What the ranking of one query used besides its words.
struct RankingContext {
    /// The query's words, read once for asker inference and help first.
    var words: QueryWords
    var signals: RankingSignals?
    var semantic: SemanticSearchStatus
    var asker: AskerInference?
    /// The help-first detector's labelled examples nearest to the query by meaning (none when semantic
    /// search is off).
    var urgencyNeighbours: [(example: Int, similarity: Float)]
}

extension KnowledgeBase {
    /// The similarities and priors for one query, whether meaning-level ranking is on, and the inferred asker.
    func rankingContext(for query: GuidelineQuery, in index: GuidelineSearchIndex) -> RankingContext {
        let words = QueryWords(query.text)
        let asker = query.infersAsker ? AskerInference(words: words) : nil
        let preferred = query.audiences.isEmpty ? asker?.audience : nil
        let band = query.childAge.flatMap(AgeBand.init(age:)) ?? asker?.ageBand
        let priors = priors(of: index.documentProfiles, preferring: preferred, ageBand: band)
        let (vector, status) = queryVector(for: query, in: index.meaning)
        let similarities = vector.map { index.meaning.similarities(to: $0, encoder: $1) } ?? []
        let signals =
            similarities.isEmpty && priors.isEmpty
            ? nil : RankingSignals(similarities: similarities, priors: priors, fusion: GuidelineRanking.fusion)
        let neighbours = vector.map { index.meaning.urgencyNeighbours(of: $0.vector, encoder: $0.encoder) } ?? []
        return RankingContext(
            words: words, signals: signals, semantic: status, asker: asker, urgencyNeighbours: neighbours)
    }

    /// Each record's prior: the asker's guideline set first, advice for the child's age band first.
    /// Empty when there is nothing to prefer.
    private func priors(
        of profiles: MadeOnFirstUse<[DocumentProfile]>, preferring audience: Audience?, ageBand: AgeBand?
    ) -> [Double] {
        guard audience != nil || ageBand != nil else { return [] }
        return profiles.value.map { profile in
            var prior = 1.0
            if let audience, profile.audience == audience || profile.servesEveryAsker {
                prior *= GuidelineRanking.askerBoost
            }
            if let ageBand, !profile.ageBands.isEmpty {
                prior *= profile.ageBands.contains(ageBand) ? GuidelineRanking.ageMatch : GuidelineRanking.ageMismatch
            }
            return prior
        }
    }

    /// The query's sentence vector with the encoder, or none with the reason.
    private func queryVector(for query: GuidelineQuery, in meaning: SemanticIndex) -> (
        (vector: [Float], encoder: SentenceEncoder)?, SemanticSearchStatus
    ) {
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
        if case .failure(let error)? = meaning.store?.result {
            return (nil, .off(reason: "the snapshot's record vectors do not decode (\(error))"))
        }
        let pending = meaning.pendingEncodings
        guard pending <= SemanticIndex.maximumTextsEncodedOnFirstSearch else {
            return (
                nil,
                .off(
                    reason:
                        """
                        \(pending) record texts of this content have no sentence vectors; write them with 'cop vectors \
                        --content DIR --output FILE' and set COP_RECORD_VECTORS=FILE
                        """
                )
            )
        }
        return ((encoder.encode(text), encoder), .on(model: SentenceEncoder.defaultModelName))
    }
}

/// What the ranking priors look at for one indexed document, gathered once per knowledge base.
struct DocumentProfile: Sendable {
    let audience: Audience?
    let ageBands: [AgeBand]
    /// A national service (an adaptation's helpline or hotline) is for whoever asks: it gets the asker's boost.
    var servesEveryAsker = false

    /// One profile per ID of `documentIDs` (neutral for an ID without a record).
    /// - Complexity: O(n) in the number of records and IDs (each record's profile is made once; no record is
    ///   copied).
    static func profiles(records: [Record], documentIDs: [String]) -> [DocumentProfile] {
        var byID: [String: DocumentProfile] = [:]
        byID.reserveCapacity(records.count)
        for record in records where byID[record.id] == nil {
            byID[record.id] = DocumentProfile(
                audience: record.audience, ageBands: record.ageBands, servesEveryAsker: record.kind == .service)
        }
        return documentIDs.map { byID[$0] ?? DocumentProfile(audience: nil, ageBands: []) }
    }
}
