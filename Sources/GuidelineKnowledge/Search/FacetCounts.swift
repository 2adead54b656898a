internal import FullTextSearch

/// The facet counts of one result list: counted already (read from JSON), or counted from the word index's
/// results when first read. Compared and hashed by the counts.
enum FacetCounts: Sendable, Hashable {
    case counted([String: [FacetCount]])
    case countedWhenRead(SearchResults)

    var counts: [String: [FacetCount]] {
        switch self {
        case .counted(let counts): counts
        case .countedWhenRead(let results): results.facets
        }
    }

    static func == (lhs: FacetCounts, rhs: FacetCounts) -> Bool {
        lhs.counts == rhs.counts
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(counts)
    }
}
