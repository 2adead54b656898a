/// Position tables built once with the knowledge base, so every lookup is a dictionary access.
struct RelationIndex: Sendable {
    var sectionPosition: [String: Int] = [:]
    var recommendationPosition: [String: Int] = [:]
    var riskPosition: [RiskID: Int] = [:]
    var harmPosition: [String: Int] = [:]
    var topicPosition: [String: Int] = [:]
    var termPosition: [String: Int] = [:]
    var checklistPosition: [String: Int] = [:]
    /// Recommendation positions by risk, in reading order.
    var recommendationsByRisk: [RiskID: [Int]] = [:]
    /// Recommendation positions by topic, in reading order.
    var recommendationsByTopic: [String: [Int]] = [:]
    /// Recommendation positions by checklist, in reading order.
    var recommendationsByChecklist: [String: [Int]] = [:]
    /// Risk positions by harm.
    var risksByHarm: [String: [Int]] = [:]

    init(
        sections: [Section], recommendations: [Recommendation], risks: [Risk], harms: [Harm], topics: [Topic],
        terms: [Term], checklists: [Checklist]
    ) {
        sectionPosition = Self.positions(sections.map(\.id))
        recommendationPosition = Self.positions(recommendations.map(\.id))
        riskPosition = Self.positions(risks.map(\.id))
        harmPosition = Self.positions(harms.map(\.id))
        topicPosition = Self.positions(topics.map(\.id))
        termPosition = Self.positions(terms.map(\.id))
        checklistPosition = Self.positions(checklists.map(\.id))
        for (position, recommendation) in recommendations.enumerated() {
            for risk in recommendation.riskIDs { recommendationsByRisk[risk, default: []].append(position) }
            for topic in recommendation.topicIDs { recommendationsByTopic[topic, default: []].append(position) }
            if let checklist = recommendation.checklistID {
                recommendationsByChecklist[checklist, default: []].append(position)
            }
        }
        for (position, risk) in risks.enumerated() {
            for harm in risk.harmIDs { risksByHarm[harm, default: []].append(position) }
        }
    }

    private static func positions<ID: Hashable>(_ ids: [ID]) -> [ID: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
