/// The compiled COP guidelines: every guideline set, section, risk, harm, recommendation, checklist,
/// topic and glossary term, with their relations navigable both ways.
///
/// An immutable value, `Sendable`: share one instance between threads freely.
///
/// ```swift
/// let guidelines = try KnowledgeBase.bundled()
/// for recommendation in guidelines.recommendations(addressing: .grooming, for: .parentsEducators) {
///     print(recommendation.title)
/// }
/// ```
public struct KnowledgeBase: Sendable {
    /// The guideline sets, in declaration order of ``Audience`` (`Audience.allCases`).
    public let guidelineSets: [GuidelineSet]
    /// The risks, in taxonomy order.
    public let risks: [Risk]
    /// The harms, in content order.
    public let harms: [Harm]
    /// The topics, in content order.
    public let topics: [Topic]
    /// The glossary terms, in content order.
    public let terms: [Term]
    /// The checklists, in content order.
    public let checklists: [Checklist]
    /// Every section, in reading order (set by set, file by file).
    public let sections: [Section]
    /// Every recommendation and checklist item, in reading order.
    public let recommendations: [Recommendation]

    let index: RelationIndex
    /// Sentence vectors of record texts made ahead of time (from a snapshot), looked up by exact text.
    let storedVectors: StoredVectors?
    /// The search index, built on first search (or decoded from a snapshot), never by compiling content.
    let searchCache: SearchIndexCache
    /// The layers applied over the baseline and what they changed (empty for the baseline alone).
    let layering: Layering

    /// An empty knowledge base.
    public init() {
        self.init(parts: Parts())
    }

    init(
        parts: Parts, layering: Layering = Layering(), storedVectors: StoredVectors? = nil,
        searchCache: SearchIndexCache = SearchIndexCache()
    ) {
        self.init(
            relatedParts: parts.related(), layering: layering, storedVectors: storedVectors, searchCache: searchCache)
    }

    /// A knowledge base of parts whose relations are already computed (``Parts/related()``), as the built-in
    /// snapshot stores them.
    init(relatedParts parts: Parts, layering: Layering, storedVectors: StoredVectors?, searchCache: SearchIndexCache) {
        guidelineSets = parts.guidelineSets
        risks = parts.risks
        harms = parts.harms
        topics = parts.topics
        terms = parts.terms
        checklists = parts.checklists
        sections = parts.sections
        recommendations = parts.recommendations
        index = RelationIndex(
            sections: parts.sections, recommendations: parts.recommendations, risks: parts.risks,
            harms: parts.harms, topics: parts.topics, terms: parts.terms, checklists: parts.checklists)
        self.layering = layering
        self.storedVectors = storedVectors
        self.searchCache = searchCache
    }

    /// The stored sentence vectors of the records, decoded on first use (`nil` without any).
    var vectorStore: RecordVectorStore? { storedVectors?.store }

    /// The search index of this knowledge base: built on first use, then shared.
    var searchIndex: GuidelineSearchIndex { searchCache.index(for: self) }

    /// A knowledge base of the records the content compiler collected, with their relations computed.
    package init(parts: Parts) {
        self.init(parts: parts, layering: Layering())
    }

    /// What the compiler collects before relations are computed.
    package struct Parts {
        package var guidelineSets: [GuidelineSet]
        package var risks: [Risk]
        package var harms: [Harm]
        package var topics: [Topic]
        package var terms: [Term]
        package var checklists: [Checklist]
        package var sections: [Section]
        package var recommendations: [Recommendation]

        /// Parts holding the given records (none by default).
        package init(
            guidelineSets: [GuidelineSet] = [], risks: [Risk] = [], harms: [Harm] = [], topics: [Topic] = [],
            terms: [Term] = [], checklists: [Checklist] = [], sections: [Section] = [],
            recommendations: [Recommendation] = []
        ) {
            self.guidelineSets = guidelineSets
            self.risks = risks
            self.harms = harms
            self.topics = topics
            self.terms = terms
            self.checklists = checklists
            self.sections = sections
            self.recommendations = recommendations
        }
    }
}

extension KnowledgeBase.Parts {
    /// These parts with their relations computed: each section's subsections and recommendations, each
    /// guideline set's chapters (sets in ``Audience`` order), and the risks in taxonomy order.
    /// - Complexity: O(n log n) in the number of records.
    func related() -> Self {
        let sectionChildren = Dictionary(grouping: sections.filter { $0.parentID != nil }, by: { $0.parentID ?? "" })
        let sectionRecommendations = Dictionary(grouping: recommendations, by: \.sectionID)
        var related = self
        related.sections = sections.map { section in
            section.with(
                subsectionIDs: sectionChildren[section.id, default: []].map(\.id),
                recommendationIDs: sectionRecommendations[section.id, default: []].map(\.id)
            )
        }
        let chapters = Dictionary(grouping: related.sections.filter { $0.parentID == nil }, by: \.audience)
        related.guidelineSets =
            guidelineSets
            .map { $0.with(chapterIDs: chapters[$0.id, default: []].map(\.id)) }
            .sorted { $0.id < $1.id }
        related.risks = risks.sorted { isDeclared($0.id, before: $1.id) }
        return related
    }
}

extension Section {
    func with(subsectionIDs: [String], recommendationIDs: [String]) -> Section {
        Section(
            id: id, audience: audience, title: title, text: text, parentID: parentID, subsectionIDs: subsectionIDs,
            recommendationIDs: recommendationIDs, riskIDs: riskIDs, topicIDs: topicIDs, ageBands: ageBands,
            readers: readers, checklistID: checklistID, provenance: provenance, location: location
        )
    }
}

extension GuidelineSet {
    func with(chapterIDs: [String]) -> GuidelineSet {
        GuidelineSet(
            id: id, title: title, description: description, provenance: provenance, chapterIDs: chapterIDs,
            location: location)
    }
}
