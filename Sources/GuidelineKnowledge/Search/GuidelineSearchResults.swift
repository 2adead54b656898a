/// The answer to a ``GuidelineQuery``: one page of ranked hits, the total, and facet counts.
///
/// `Codable` in the JSON shape `cop search --json` prints (see <doc:JSONOutput>), both ways; `Equatable`, so
/// two searches can be compared.
public struct GuidelineSearchResults: Sendable, Hashable {
    /// The query text as given.
    public let query: String
    /// How many records match (all pages).
    public let total: Int
    /// The requested page of hits, best first; equal scores ordered by ID.
    public let hits: [GuidelineHit]
    /// Counts over all matching records per facet: `audience`, `risk`, `topic`, `kind`, `age`, `category`,
    /// `confidence`.
    ///
    /// Counted when read, not when searching: a caller that shows no facets does not pay for them. Read it
    /// once and keep the value rather than reading it in a loop.
    /// - Complexity: O(*n* / 64 + *m*) for *n* records and *m* facet values of the matching records.
    public var facets: [String: [FacetCount]] { facetCounts.counts }
    private let facetCounts: FacetCounts
    /// What the query parser changed or cut (an unbalanced quote, an over-long query, an unknown field).
    public let notes: [QueryNote]
    /// Whether the hits were also ranked by meaning, and if not, why not.
    public let semantic: SemanticSearchStatus
    /// Who the query was read as coming from, and the child's age it gives; `nil` when the caller turned
    /// inference off. Used as a soft preference only when the query had no audience filter.
    public let asker: AskerInference?
    /// The urgent steps that come before the ranked hits when the query shows a child in danger now.
    public let urgentHelp: UrgentHelp?
    /// Whether the inferred asker's guideline set was preferred (the query had no audience filter).
    public let appliesAsker: Bool

    init(
        query: String, total: Int, hits: [GuidelineHit], facets: FacetCounts, notes: [QueryNote],
        semantic: SemanticSearchStatus, asker: AskerInference?, urgentHelp: UrgentHelp?, appliesAsker: Bool
    ) {
        self.query = query
        self.total = total
        self.hits = hits
        self.facetCounts = facets
        self.notes = notes
        self.semantic = semantic
        self.asker = asker
        self.urgentHelp = urgentHelp
        self.appliesAsker = appliesAsker
    }
}

/// One ranked record with a highlighted snippet.
///
/// The record carries everything a caller shows or cites: its ``Record/provenance`` (where the advice comes
/// from and how sure the content is of it) and its ``Record/location`` (file and line), with no second lookup.
/// `Codable` in the shape of one element of `results` in `cop search --json`.
public struct GuidelineHit: Sendable, Hashable {
    /// The matching record.
    public let record: Record
    /// The relevance score: with semantic search on, the fusion of the word ranking (BM25F times query
    /// coverage) and the meaning ranking; otherwise the word score. Only comparable within one result list.
    public let score: Double
    /// An excerpt of the record's text with the matched words highlighted (stemmed and synonym matches too).
    public let snippet: GuidelineSnippet
    /// Why the record scored as it did, when the query asked for explanations.
    public let explanation: String?

    /// Where the record's advice comes from and how sure the content is of it; `nil` for risks, harms,
    /// topics and terms.
    public var provenance: Provenance? { record.provenance }
}
