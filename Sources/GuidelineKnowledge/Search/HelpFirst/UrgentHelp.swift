/// The "get help now" block that comes before the ranked hits when a query shows a child in danger now.
public struct UrgentHelp: Sendable, Hashable {
    /// What the query was recognised as.
    public let situation: UrgentSituation
    /// The block's heading.
    public var title: String { situation.title }
    /// The knowledge base's own records with the urgent steps, in order.
    public let steps: [Record]
}

extension KnowledgeBase {
    /// The urgent steps for a query, or `nil` when it shows no child in danger now or comes from a
    /// policy-maker (a researcher of sextortion law needs no emergency block).
    /// - Complexity: O(n) in the query's words.
    func urgentHelp(for query: GuidelineQuery, ranking: RankingContext) -> UrgentHelp? {
        guard let situation = UrgencyDetector.situation(in: ranking.words, neighbours: ranking.urgencyNeighbours)
        else { return nil }
        let audience = query.audiences.count == 1 ? query.audiences.first : ranking.asker?.audience
        if audience == .policyMakers { return nil }
        let steps = situation.stepIDs(askerIsChild: audience == .children).compactMap { record(id: $0) }
        return steps.isEmpty ? nil : UrgentHelp(situation: situation, steps: steps)
    }
}
