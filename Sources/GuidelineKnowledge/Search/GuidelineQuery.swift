/// A typed search request: free text in the query syntax plus filters that need no syntax.
///
/// The text may use the full query syntax: `"exact phrases"`, `-exclusion`, `OR`, `cyber*`, and the
/// filters `audience:`, `risk:`, `topic:`, `kind:`, `age:`, `category:`, `confidence:`. Any string is accepted.
public struct GuidelineQuery: Sendable, Hashable {
    /// The question or keywords.
    public var text: String
    /// Only records of these guideline sets (any of them); empty means all.
    public var audiences: Set<Audience>
    /// Only records linked to one of these risks; empty means all.
    public var risks: Set<RiskID>
    /// Only records linked to one of these topics; empty means all.
    public var topics: Set<String>
    /// Only records of these kinds; empty means all.
    public var kinds: Set<RecordKind>
    /// Only records for one of these age bands (children's records); empty means all.
    public var ageBands: Set<AgeBand>
    /// Only records linked to a risk of one of these 4C categories; empty means all.
    public var categories: Set<RiskCategory>
    /// Only records of one of these confidence levels (sections, recommendations, checklist items: risks,
    /// harms, topics and terms have none and never match); empty means all.
    public var confidences: Set<Provenance.Confidence>
    /// The most hits to return.
    public var limit: Int
    /// How many of the best hits to skip (paging).
    public var offset: Int
    /// Whether each hit carries an explanation of its score.
    public var explain: Bool
    /// Only advice for these readers within parents and educators (`parents`, `educators`); records of
    /// other guideline sets carry no readers and are left out by this filter. Empty means all.
    public var readers: Set<Reader>
    /// The child's age, when the caller knows it (an app knows its user's age): advice for that age band
    /// ranks first and advice tagged only for other ages ranks lower. Overrides an age read from the query.
    public var childAge: Int?
    /// Whether, without an audience filter, the likely asker is read from the query and preferred (softly;
    /// see ``AskerInference``). An audience filter always wins.
    public var infersAsker: Bool
    /// Whether to rank by meaning as well as by words when a sentence-embedding model is installed
    /// (see ``SemanticSearchStatus``); `false` ranks by words only.
    public var semantic: Bool

    /// Creates a query. Every filter is optional.
    public init(
        _ text: String,
        audiences: Set<Audience> = [],
        risks: Set<RiskID> = [],
        topics: Set<String> = [],
        kinds: Set<RecordKind> = [],
        ageBands: Set<AgeBand> = [],
        categories: Set<RiskCategory> = [],
        confidences: Set<Provenance.Confidence> = [],
        limit: Int = 10,
        offset: Int = 0,
        explain: Bool = false,
        semantic: Bool = true,
        readers: Set<Reader> = [],
        childAge: Int? = nil,
        infersAsker: Bool = true
    ) {
        self.text = text
        self.audiences = audiences
        self.risks = risks
        self.topics = topics
        self.kinds = kinds
        self.ageBands = ageBands
        self.categories = categories
        self.confidences = confidences
        self.limit = limit
        self.offset = offset
        self.explain = explain
        self.semantic = semantic
        self.readers = readers
        self.childAge = childAge
        self.infersAsker = infersAsker
    }

    /// The typed filters as keyword-field conditions of the index.
    var filters: [String: Set<String>] {
        let all: [String: Set<String>] = [
            GuidelineIndex.Keyword.audience: Set(audiences.map(\.rawValue)),
            GuidelineIndex.Keyword.risk: Set(risks.map(\.rawValue)),
            GuidelineIndex.Keyword.topic: topics,
            GuidelineIndex.Keyword.kind: Set(kinds.map(\.rawValue)),
            GuidelineIndex.Keyword.age: Set(ageBands.map(\.rawValue)),
            GuidelineIndex.Keyword.category: Set(categories.map(\.rawValue)),
            GuidelineIndex.Keyword.reader: Set(readers.map(\.rawValue)),
            GuidelineIndex.Keyword.confidence: Set(confidences.map(\.rawValue)),
        ]
        return all.filter { !$0.value.isEmpty }
    }
}
