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
    /// - Complexity: O(c x k²) for c candidates and an input of k characters (at most 64 are compared).
    public func closeIDs(to id: String, among candidates: [String]? = nil, limit: Int = 3) -> [String] {
        let typed = Array(id.lowercased().prefix(64))
        guard !typed.isEmpty, limit > 0 else { return [] }
        let typedText = String(typed)
        let tolerance = max(2, typed.count / 3)
        let ranked = (candidates ?? allIDs).compactMap { candidate -> (rank: Int, id: String)? in
            if typed.count >= 3, candidate.contains(typedText) { return (tolerance + 1, candidate) }
            guard abs(candidate.count - typed.count) <= tolerance else { return nil }
            let distance = Suggestion.editDistance(typed, Array(candidate))
            return distance <= tolerance ? (distance, candidate) : nil
        }
        var seen: Set<String> = []
        return ranked.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.map(\.id).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }
}
