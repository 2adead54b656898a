/// "Did you mean ...?" for IDs a user typed: what the CLI names when an ID is unknown.
extension KnowledgeBase {
    /// Every ID a user can look up: records (risks, harms, topics, terms, sections, recommendations)
    /// and checklists.
    public var allIDs: [String] {
        records.map(\.id) + checklists.map(\.id)
    }

    /// The IDs closest to `id`, best first: IDs within a small edit distance (a typo), then IDs that
    /// contain what was typed (`grooming` finds `pe-grooming-warning-signs`). Ties are ordered by ID.
    /// - Parameters:
    ///   - id: what the user typed.
    ///   - candidates: the IDs to choose from; every ID of the knowledge base by default.
    ///   - limit: the most IDs to return.
    /// - Complexity: O(c x k) for c candidates and an input of k characters (at most 64 are compared; the
    ///   edit distance stops at a small bound).
    public func closeIDs(to id: String, among candidates: [String]? = nil, limit: Int = 3) -> [String] {
        DidYouMean.candidates(closeTo: id, among: candidates ?? allIDs, limit: limit, includingContaining: true)
    }
}
