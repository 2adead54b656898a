internal import FullTextSearch

/// The knowledge base's lookup tables, so every lookup is a dictionary access. Each half is made on its first
/// use: a search looks its hits up by ID and never pays for the relation lists, and a process that only
/// exports records pays for neither.
struct RelationIndex: Sendable {
    /// Each record's position in its array, by ID.
    struct Positions: Sendable {
        let section: [String: Int]
        let recommendation: [String: Int]
        let risk: [RiskID: Int]
        let harm: [String: Int]
        let topic: [String: Int]
        let term: [String: Int]
        let checklist: [String: Int]
    }

    /// Positions of linked records, in reading order.
    struct Links: Sendable {
        /// Recommendation positions by risk.
        var recommendationsByRisk: [RiskID: [Int]] = [:]
        /// Recommendation positions by topic.
        var recommendationsByTopic: [String: [Int]] = [:]
        /// Recommendation positions by checklist.
        var recommendationsByChecklist: [String: [Int]] = [:]
        /// Risk positions by harm.
        var risksByHarm: [String: [Int]] = [:]
    }

    private let positionTables: MadeOnFirstUse<Positions>
    private let linkTables: MadeOnFirstUse<Links>

    /// The tables of these records, made when first read. The closures hold the arrays, never a knowledge
    /// base (which holds this index).
    init(
        sections: [Section], recommendations: [Recommendation], risks: [Risk], harms: [Harm], topics: [Topic],
        terms: [Term], checklists: [Checklist]
    ) {
        positionTables = MadeOnFirstUse {
            Positions(
                section: Self.positions(sections.map(\.id)),
                recommendation: Self.positions(recommendations.map(\.id)), risk: Self.positions(risks.map(\.id)),
                harm: Self.positions(harms.map(\.id)), topic: Self.positions(topics.map(\.id)),
                term: Self.positions(terms.map(\.id)), checklist: Self.positions(checklists.map(\.id)))
        }
        linkTables = MadeOnFirstUse { Self.links(recommendations: recommendations, risks: risks) }
    }

    /// Which halves have been made: (positions, links).
    var made: (positions: Bool, links: Bool) { (positionTables.isMade, linkTables.isMade) }

    /// Each record's position by ID (made on the first lookup).
    var positions: Positions { positionTables.value }
    /// The linked records (made on the first relation lookup).
    var links: Links { linkTables.value }

    private static func positions<ID: Hashable>(_ ids: [ID]) -> [ID: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func links(recommendations: [Recommendation], risks: [Risk]) -> Links {
        var links = Links()
        for position in recommendations.indices {
            for risk in recommendations[position].riskIDs {
                links.recommendationsByRisk[risk, default: []].append(position)
            }
            for topic in recommendations[position].topicIDs {
                links.recommendationsByTopic[topic, default: []].append(position)
            }
            if let checklist = recommendations[position].checklistID {
                links.recommendationsByChecklist[checklist, default: []].append(position)
            }
        }
        for position in risks.indices {
            for harm in risks[position].harmIDs { links.risksByHarm[harm, default: []].append(position) }
        }
        return links
    }
}
