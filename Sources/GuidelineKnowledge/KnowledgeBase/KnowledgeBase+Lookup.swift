/// Lookups by ID, audience, risk, topic and checklist, and relations in both directions.
/// Every lookup is a dictionary access plus the size of its answer (the tables are made by the first lookup).
extension KnowledgeBase {
    /// The guideline set of `audience`, if the content describes it.
    public func guidelineSet(_ audience: Audience) -> GuidelineSet? {
        guidelineSets.first { $0.id == audience }
    }

    /// The section with `id`.
    public func section(id: String) -> Section? { index.positions.section[id].map { sections[$0] } }
    /// The recommendation or checklist item with `id`.
    public func recommendation(id: String) -> Recommendation? {
        index.positions.recommendation[id].map { recommendations[$0] }
    }
    /// The risk with `id`.
    public func risk(_ id: RiskID) -> Risk? { index.positions.risk[id].map { risks[$0] } }
    /// The harm with `id`.
    public func harm(id: String) -> Harm? { index.positions.harm[id].map { harms[$0] } }
    /// The topic with `id`.
    public func topic(id: String) -> Topic? { index.positions.topic[id].map { topics[$0] } }
    /// The glossary term with `id`.
    public func term(id: String) -> Term? { index.positions.term[id].map { terms[$0] } }
    /// The checklist with `id`.
    public func checklist(id: String) -> Checklist? { index.positions.checklist[id].map { checklists[$0] } }
    /// The checklist named `name`: its ID (`checklist-user-generated-content`) or its ID without the
    /// `checklist-` prefix (`user-generated-content`), ignoring case; only among `audience`'s checklists
    /// when `audience` is given.
    /// - Complexity: O(n) in the number of checklists.
    public func checklist(named name: String, for audience: Audience? = nil) -> Checklist? {
        let wanted = name.lowercased()
        return checklists.first { checklist in
            (audience == nil || checklist.audience == audience)
                && (checklist.id == wanted || checklist.id == "checklist-" + wanted)
        }
    }

    /// The chapters (top-level sections) of a guideline set, in reading order.
    public func chapters(of audience: Audience) -> [Section] {
        sections.filter { $0.audience == audience && $0.parentID == nil }
    }

    /// Every recommendation and checklist item of one guideline set, in reading order.
    /// - Complexity: O(n) in the number of recommendations.
    public func recommendations(for audience: Audience) -> [Recommendation] {
        recommendations.filter { $0.audience == audience }
    }

    /// The recommendations that address `risk`, of one audience or (when `audience` is nil) of all.
    /// - Complexity: O(k), k the number of recommendations linked to the risk.
    public func recommendations(addressing risk: RiskID, for audience: Audience? = nil) -> [Recommendation] {
        index.links.recommendationsByRisk[risk, default: []].map { recommendations[$0] }.filter {
            audience == nil || $0.audience == audience
        }
    }

    /// The recommendations that address the topic `topicID`, of one audience or of all.
    /// - Complexity: O(k), k the number of recommendations linked to the topic.
    public func recommendations(onTopic topicID: String, for audience: Audience? = nil) -> [Recommendation] {
        index.links.recommendationsByTopic[topicID, default: []].map { recommendations[$0] }.filter {
            audience == nil || $0.audience == audience
        }
    }

    /// For one risk, what each guideline set asks: every audience with its recommendations (possibly none).
    public func crossAudienceView(of risk: RiskID) -> [(audience: Audience, recommendations: [Recommendation])] {
        let linked = recommendations(addressing: risk)
        return Audience.allCases.map { audience in (audience, linked.filter { $0.audience == audience }) }
    }

    /// The checklists of one guideline set.
    public func checklists(for audience: Audience) -> [Checklist] {
        checklists.filter { $0.audience == audience }
    }

    /// The items of a checklist, in reading order.
    public func items(of checklistID: String) -> [Recommendation] {
        index.links.recommendationsByChecklist[checklistID, default: []].map { recommendations[$0] }
    }

    /// The harms a risk can lead to.
    public func harms(of risk: RiskID) -> [Harm] {
        (self.risk(risk)?.harmIDs ?? []).compactMap { harm(id: $0) }
    }

    /// The risks that can lead to a harm.
    public func risks(leadingTo harmID: String) -> [Risk] {
        index.links.risksByHarm[harmID, default: []].map { risks[$0] }
    }

    /// The section that holds a recommendation.
    public func section(of recommendation: Recommendation) -> Section? {
        section(id: recommendation.sectionID)
    }

    /// The risks a recommendation addresses.
    public func risks(of recommendation: Recommendation) -> [Risk] {
        recommendation.riskIDs.compactMap { risk($0) }
    }
}
