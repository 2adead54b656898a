/// Signals a caller adds to the lexical ranking of one query: how similar each document is to the query by
/// meaning (for example the cosine of sentence embeddings) and a prior per document (a soft preference such
/// as "the asker is probably a parent"). Both are indexed by document number, the order of
/// ``SearchIndex/documentIDs``.
public struct RankingSignals: Sendable, Hashable {
    /// Similarity of each document to the query, higher is closer; empty for none.
    public var similarities: [Float]
    /// A multiplier of each document's fused score (1 is neutral); empty for none.
    public var priors: [Double]
    /// How the two rankings are combined.
    public var fusion: RankFusion

    /// Creates signals. An array whose length is not the index's document count is ignored.
    public init(similarities: [Float] = [], priors: [Double] = [], fusion: RankFusion = RankFusion()) {
        self.similarities = similarities
        self.priors = priors
        self.fusion = fusion
    }
}

/// Weighted reciprocal-rank fusion of the lexical ranking with a similarity ranking, plus a share of the
/// raw similarity: `lexicalWeight / (k + lexical rank) + semanticWeight / (k + semantic rank)
/// + similarityWeight × similarity`, times the document's prior. Ranks start at 1; a document missing from
/// a ranking gets nothing from it. Only the `semanticDepth` most similar eligible documents with at least
/// `minimumSimilarity` join the candidates, so a query about nothing in the collection stays short.
public struct RankFusion: Sendable, Hashable {
    public var k: Double
    public var lexicalWeight: Double
    public var semanticWeight: Double
    public var similarityWeight: Double
    public var semanticDepth: Int
    public var minimumSimilarity: Float

    public init(
        k: Double = 60, lexicalWeight: Double = 1, semanticWeight: Double = 1, similarityWeight: Double = 0,
        semanticDepth: Int = 100, minimumSimilarity: Float = 0.15
    ) {
        self.k = k
        self.lexicalWeight = lexicalWeight
        self.semanticWeight = semanticWeight
        self.similarityWeight = similarityWeight
        self.semanticDepth = semanticDepth
        self.minimumSimilarity = minimumSimilarity
    }
}

/// How fusion scored one document, for explanations.
public struct FusionDetail: Sendable, Hashable {
    /// The lexical score and its rank (1 = best), or `nil` when the document matched no query word.
    public let lexical: (score: Double, rank: Int)?
    /// The similarity and its rank among the eligible documents, or `nil` when it was not a semantic candidate.
    public let semantic: (similarity: Float, rank: Int)?
    /// The prior the fused score was multiplied by.
    public let prior: Double

    public static func == (lhs: FusionDetail, rhs: FusionDetail) -> Bool {
        lhs.lexical?.score == rhs.lexical?.score && lhs.lexical?.rank == rhs.lexical?.rank
            && lhs.semantic?.similarity == rhs.semantic?.similarity && lhs.semantic?.rank == rhs.semantic?.rank
            && lhs.prior == rhs.prior
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lexical?.score)
        hasher.combine(lexical?.rank)
        hasher.combine(semantic?.similarity)
        hasher.combine(semantic?.rank)
        hasher.combine(prior)
    }

    /// One line: `lexical 3.21 (#2) + semantic 0.61 (#1) × prior 1.2`.
    public var description: String {
        let lexicalPart = lexical.map { "lexical \(Self.format($0.score)) (#\($0.rank))" } ?? "lexical none"
        let semanticPart = semantic.map { "semantic \(Self.format(Double($0.similarity))) (#\($0.rank))" } ?? "semantic none"
        return "\(lexicalPart) + \(semanticPart) × prior \(Self.format(prior))"
    }

    private static func format(_ value: Double) -> String {
        "\((value * 1000).rounded() / 1000)"
    }
}

/// The fused ranking of one query.
struct FusedRanking {
    /// Candidates with their fused scores, in no particular order.
    var documents: [ScoredDocument]
    /// Per candidate document, how it was scored.
    var details: [Int32: FusionDetail]

    /// - Parameters:
    ///   - lexical: every lexical match with its score.
    ///   - signals: the caller's similarities and priors.
    ///   - eligible: the documents passing the filters and exclusions, or `nil` for all of them.
    ///   - documentCount: the collection size.
    /// - Complexity: O(*m* log *m* + *n*) for *m* lexical matches and *n* documents.
    init(lexical: [ScoredDocument], signals: RankingSignals, eligible: DocumentSet?, documentCount: Int) {
        let fusion = signals.fusion
        let priors = signals.priors.count == documentCount ? signals.priors : []
        var lexicalRanks: [Int32: (score: Double, rank: Int)] = [:]
        for (rank, scored) in lexical.sorted(by: { $0.ranksBefore($1) }).enumerated() {
            lexicalRanks[scored.document] = (scored.score, rank + 1)
        }
        var semanticRanks: [Int32: (similarity: Float, rank: Int)] = [:]
        if signals.similarities.count == documentCount {
            let candidates = (0..<Int32(documentCount)).filter { document in
                (eligible?.contains(document) ?? true) && signals.similarities[Int(document)] >= fusion.minimumSimilarity
            }
            let best = candidates.map { ScoredDocument(document: $0, score: Double(signals.similarities[Int($0)])) }
                .topRanked(max(0, fusion.semanticDepth))
            for (rank, scored) in best.enumerated() {
                semanticRanks[scored.document] = (Float(scored.score), rank + 1)
            }
        }
        var documents: [ScoredDocument] = []
        var details: [Int32: FusionDetail] = [:]
        for document in Set(lexicalRanks.keys).union(semanticRanks.keys) {
            let lexicalPart = lexicalRanks[document]
            let semanticPart = semanticRanks[document]
            var score = 0.0
            if let lexicalPart { score += fusion.lexicalWeight / (fusion.k + Double(lexicalPart.rank)) }
            if let semanticPart {
                score += fusion.semanticWeight / (fusion.k + Double(semanticPart.rank))
                score += fusion.similarityWeight * Double(semanticPart.similarity)
            }
            let prior = priors.isEmpty ? 1 : priors[Int(document)]
            documents.append(ScoredDocument(document: document, score: score * prior))
            details[document] = FusionDetail(lexical: lexicalPart, semantic: semanticPart, prior: prior)
        }
        self.documents = documents
        self.details = details
    }
}
