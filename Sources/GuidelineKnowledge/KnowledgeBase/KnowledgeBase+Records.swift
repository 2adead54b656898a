/// Every entity in the flat ``Record`` shape: what search indexes and `cop export` prints.
extension KnowledgeBase {
    /// Every searchable record: risks, harms, topics, terms, sections, then recommendations and checklist items.
    /// - Complexity: O(n) in the number of entities.
    public var records: [Record] {
        recordsLater()
    }

    /// Makes ``records`` when called, holding this knowledge base's records and layers but not the knowledge
    /// base itself: its search cache may keep the closure (the search index's deferred tables), and holding the
    /// knowledge base there would be a reference cycle that is never freed.
    var recordsLater: @Sendable () -> [Record] {
        let (layering, risks, harms, topics, terms) = (layering, risks, harms, topics, terms)
        let (sections, recommendations) = (sections, recommendations)
        return {
            layering.merged(
                Record.all(
                    risks: risks, harms: harms, topics: topics, terms: terms, sections: sections,
                    recommendations: recommendations))
        }
    }

    /// The record with `id`, of any kind.
    public func record(id: String) -> Record? {
        unlayeredRecord(id: id).map(layering.decorate) ?? layering.addedRecord(id: id)
    }

    /// The record with `id` as the compiled content has it, without the layers' notes and layer IDs.
    func unlayeredRecord(id: String) -> Record? {
        // The tables once, not once per kind: a search looks up every hit this way.
        let positions = index.positions
        if let risk = RiskID(rawValue: id), let position = positions.risk[risk] { return Record(risks[position]) }
        if let position = positions.harm[id] { return Record(harms[position]) }
        if let position = positions.topic[id] { return Record(topics[position]) }
        if let position = positions.term[id] { return Record(terms[position]) }
        if let position = positions.section[id] { return Record(sections[position]) }
        return positions.recommendation[id].map { Record(recommendations[$0]) }
    }
}

extension Record {
    /// Every entity as a record: risks, harms, topics, terms, sections, then recommendations.
    static func all(
        risks: [Risk], harms: [Harm], topics: [Topic], terms: [Term], sections: [Section],
        recommendations: [Recommendation]
    ) -> [Record] {
        risks.map(Record.init) + harms.map(Record.init) + topics.map(Record.init) + terms.map(Record.init)
            + sections.map(Record.init) + recommendations.map(Record.init)
    }

    init(_ risk: Risk) {
        self.init(
            id: risk.id.rawValue, kind: .risk, audience: nil, title: risk.title, text: risk.definition,
            aliases: risk.aliases.map(\.text), risks: [risk.id], topics: [], ageBands: [], readers: [], questions: [],
            provenance: nil, location: risk.location)
    }

    init(_ harm: Harm) {
        self.init(
            id: harm.id, kind: .harm, audience: nil, title: harm.title, text: harm.definition, aliases: [], risks: [],
            topics: [], ageBands: [], readers: [], questions: [], provenance: nil, location: harm.location)
    }

    init(_ topic: Topic) {
        self.init(
            id: topic.id, kind: .topic, audience: nil, title: topic.title, text: topic.definition,
            aliases: topic.aliases.map(\.text), risks: [], topics: [topic.id], ageBands: [], readers: [], questions: [],
            provenance: nil, location: topic.location)
    }

    init(_ term: Term) {
        self.init(
            id: term.id, kind: .term, audience: nil, title: term.title, text: term.definition,
            aliases: term.aliases.map(\.text), risks: term.relatedRiskIDs, topics: term.relatedTopicIDs, ageBands: [],
            readers: [], questions: [], provenance: nil, location: term.location)
    }

    init(_ section: Section) {
        self.init(
            id: section.id, kind: .section, audience: section.audience, title: section.title, text: section.text,
            aliases: [], risks: section.riskIDs, topics: section.topicIDs, ageBands: section.ageBands,
            readers: section.readers, questions: [], provenance: section.provenance, location: section.location)
    }

    init(_ recommendation: Recommendation) {
        self.init(
            id: recommendation.id, kind: recommendation.kind, audience: recommendation.audience,
            title: recommendation.title, text: recommendation.text,
            aliases: [], risks: recommendation.riskIDs, topics: recommendation.topicIDs,
            ageBands: recommendation.ageBands, readers: recommendation.readers,
            questions: recommendation.questions, provenance: recommendation.provenance,
            location: recommendation.location
        )
    }
}
