/// One page of ranked results, with the total and facet counts over all matching documents.
public struct SearchResults: Sendable, Hashable {
    /// The number of documents that match (before `offset` and `limit`).
    public let total: Int
    /// The requested page of hits, best first; equal scores are ordered by document identifier.
    public let hits: [SearchHit]
    /// For each keyword field of the schema, the values held by matching documents with their counts,
    /// most frequent first, then by value. Counted over all matches, not only this page.
    public let facets: [String: [FacetCount]]
    /// Notes from parsing and resolving the query (truncation, unknown fields, ignored operators).
    public let notes: [QueryNote]
}

/// A matching document.
public struct SearchHit: Sendable, Hashable {
    /// The document's identifier.
    public let documentID: String
    /// The document's score: BM25F summed over matched alternatives, times the share of query clauses covered.
    /// Browsing (an empty query) scores every document 0.
    public let score: Double
    /// What matched, as the query spelled it: typed words and phrases, thesaurus entries, and the indexed
    /// words a prefix or a misspelling expanded to.
    public let matchedTerms: [String]
    /// A window of the snippet field's original text around the best matches, with highlights.
    public let snippet: Snippet
    /// Per-term, per-field score contributions, when the search asked for explanations.
    public let explanation: Explanation?
}
