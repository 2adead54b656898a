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
        let semanticPart =
            semantic.map { "semantic \(Self.format(Double($0.similarity))) (#\($0.rank))" } ?? "semantic none"
        return "\(lexicalPart) + \(semanticPart) × prior \(Self.format(prior))"
    }

    private static func format(_ value: Double) -> String {
        "\((value * 1000).rounded() / 1000)"
    }
}

/// The fused ranking of one query.
///
/// Ranks are kept in arrays indexed by document number rather than in dictionaries: a query matching most
/// of the collection then costs one sort of its matches and a few linear passes, with no hashing, and the
/// ``FusionDetail`` of a document is made only for the hits returned (see ``detail(for:)``).
struct FusedRanking {
    /// Candidates with their fused scores: the lexical matches in ranking order, then the semantic
    /// candidates that matched no word, by document number.
    private(set) var documents: [ScoredDocument] = []
    /// The lexical matches in ranking order.
    private let lexical: [ScoredDocument]
    /// Per document, its 1-based lexical rank, or 0 when it matched no word.
    private var lexicalRanks: [Int32]
    /// Per document, its 1-based rank among the semantic candidates, or 0 when it is not one.
    private var semanticRanks: [Int32]
    private let similarities: [Float]
    private let priors: [Double]

    /// - Parameters:
    ///   - lexical: every lexical match with its score.
    ///   - signals: the caller's similarities and priors.
    ///   - eligible: the documents passing the filters and exclusions, or `nil` for all of them.
    ///   - documentCount: the collection size.
    /// - Complexity: O(*m* log *m* + *n*) for *m* lexical matches and *n* documents.
    init(lexical: [ScoredDocument], signals: RankingSignals, eligible: DocumentSet?, documentCount: Int) {
        let fusion = signals.fusion
        self.priors = signals.priors.count == documentCount ? signals.priors : []
        self.similarities = signals.similarities.count == documentCount ? signals.similarities : []
        self.lexical = lexical.sorted { $0.ranksBefore($1) }
        lexicalRanks = Array(repeating: 0, count: documentCount)
        semanticRanks = Array(repeating: 0, count: documentCount)
        for (rank, scored) in self.lexical.enumerated() {
            lexicalRanks[Int(scored.document)] = Int32(clamping: rank + 1)
        }
        if !similarities.isEmpty {
            var candidates: [ScoredDocument] = []
            for document in 0..<Int32(clamping: documentCount)
            where (eligible?.contains(document) ?? true) && similarities[Int(document)] >= fusion.minimumSimilarity {
                candidates.append(ScoredDocument(document: document, score: Double(similarities[Int(document)])))
            }
            for (rank, scored) in candidates.topRanked(max(0, fusion.semanticDepth)).enumerated() {
                semanticRanks[Int(scored.document)] = Int32(clamping: rank + 1)
            }
        }
        documents.reserveCapacity(self.lexical.count)
        for scored in self.lexical {
            documents.append(ScoredDocument(document: scored.document, score: fusedScore(Int(scored.document), fusion)))
        }
        for document in semanticRanks.indices where semanticRanks[document] > 0 && lexicalRanks[document] == 0 {
            documents.append(ScoredDocument(document: Int32(document), score: fusedScore(document, fusion)))
        }
    }

    /// `lexicalWeight / (k + lexical rank) + semanticWeight / (k + semantic rank) + similarityWeight ×
    /// similarity`, times the prior; a ranking the document is missing from adds nothing.
    private func fusedScore(_ document: Int, _ fusion: RankFusion) -> Double {
        var score = 0.0
        let lexicalRank = lexicalRanks[document]
        if lexicalRank > 0 { score += fusion.lexicalWeight / (fusion.k + Double(lexicalRank)) }
        let semanticRank = semanticRanks[document]
        if semanticRank > 0 {
            score += fusion.semanticWeight / (fusion.k + Double(semanticRank))
            score += fusion.similarityWeight * Double(similarities[document])
        }
        return score * (priors.isEmpty ? 1 : priors[document])
    }

    /// How a candidate was scored, for its explanation.
    /// - Complexity: O(1).
    func detail(for document: Int32) -> FusionDetail {
        let lexicalRank = Int(lexicalRanks[Int(document)])
        let semanticRank = Int(semanticRanks[Int(document)])
        return FusionDetail(
            lexical: lexicalRank > 0 ? (lexical[lexicalRank - 1].score, lexicalRank) : nil,
            semantic: semanticRank > 0 ? (similarities[Int(document)], semanticRank) : nil,
            prior: priors.isEmpty ? 1 : priors[Int(document)]
        )
    }
}
