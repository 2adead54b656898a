/// One page of ranked results, with the total and facet counts over all matching documents.
public struct SearchResults: Sendable, Hashable {
    /// The number of documents that match (before `offset` and `limit`).
    public let total: Int
    /// The requested page of hits, best first; equal scores are ordered by document identifier.
    public let hits: [SearchHit]
    /// For each keyword field of the schema, the values held by matching documents with their counts,
    /// most frequent first, then by value. Counted over all matches, not only this page.
    ///
    /// Counted when read, not when searching: a caller that shows no facets does not pay for them. Read it
    /// once and keep the value if it is needed more than once.
    /// - Complexity: O(*d* × *v* + *u* log *u*) for *d* matching documents with *v* values each and *u*
    ///   distinct values.
    public var facets: [String: [FacetCount]] { facetSource.facetCounts() }
    /// Notes from parsing and resolving the query (truncation, unknown fields, ignored operators).
    public let notes: [QueryNote]
    /// The matching documents and the keyword index that ``facets`` counts over.
    let facetSource: FacetSource

    init(total: Int, hits: [SearchHit], facetSource: FacetSource, notes: [QueryNote]) {
        self.total = total
        self.hits = hits
        self.facetSource = facetSource
        self.notes = notes
    }

    /// Whether two results have the same total, hits, notes and facet counts.
    /// - Complexity: That of counting both results' ``facets``.
    public static func == (lhs: SearchResults, rhs: SearchResults) -> Bool {
        lhs.total == rhs.total && lhs.hits == rhs.hits && lhs.notes == rhs.notes && lhs.facets == rhs.facets
    }

    /// Hashes the total, hits, notes and facet counts.
    /// - Complexity: That of counting ``facets``.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(total)
        hasher.combine(hits)
        hasher.combine(notes)
        hasher.combine(facets)
    }
}

/// What facet counting needs, kept by ``SearchResults`` until ``SearchResults/facets`` is read: the keyword
/// index (its arrays are shared, not copied) and the matching documents as a bitmap.
struct FacetSource: Sendable {
    let keywords: KeywordIndex
    let matches: DocumentSet

    func facetCounts() -> [String: [FacetCount]] {
        keywords.facetCounts(for: matches)
    }
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
