import FullTextSearch

/// "Did you mean ...?": the known values closest to one that names nothing, for the compiler's diagnostics
/// and the IDs the CLI names (``KnowledgeBase/closeIDs(to:among:limit:)``).
///
/// Closeness is FullTextSearch's edit distance (``BoundedEditDistance``: insertions, deletions, substitutions
/// and adjacent transpositions, over Unicode scalars), compared without case.
package enum DidYouMean {
    /// How many scalars of a typed value are compared: a longer value is cut, so hostile input stays cheap.
    package static let comparedLength = 64

    /// The candidates closest to `typed`, best first, each once: those within a small edit distance (a typo:
    /// at most 2, or a third of the typed length), then, with `includingContaining`, those that contain what
    /// was typed (`grooming` finds `pe-grooming-warning-signs`; only for 3 characters or more). Ties are
    /// ordered by candidate.
    /// - Complexity: O(*c* × *k* × *t*) for *c* candidates, *k* typed scalars (at most ``comparedLength``)
    ///   and a tolerance of *t* edits.
    package static func candidates(
        closeTo typed: String, among candidates: some Sequence<String>, limit: Int, includingContaining: Bool
    ) -> [String] {
        let folded = String(typed.lowercased().unicodeScalars.prefix(comparedLength))
        let target = folded.unicodeScalars.map(\.value)
        guard !target.isEmpty, limit > 0 else { return [] }
        let tolerance = max(2, target.count / 3)
        var calculator = BoundedEditDistance()
        let ranked = candidates.compactMap { candidate -> (rank: Int, candidate: String)? in
            let candidateFolded = candidate.lowercased()
            if includingContaining, target.count >= 3, candidateFolded.contains(folded) {
                return (tolerance + 1, candidate)
            }
            let scalars = candidateFolded.unicodeScalars.map(\.value)
            return calculator.distance(target, scalars, bound: tolerance).map { ($0, candidate) }
        }
        var seen: Set<String> = []
        return ranked.sorted { ($0.rank, $0.candidate) < ($1.rank, $1.candidate) }
            .map(\.candidate)
            .filter { seen.insert($0).inserted }
            .prefix(limit)
            .map { $0 }
    }

    /// The one candidate closest to `value` by edit distance, if it is close enough to be a likely typo.
    package static func closest(to value: String, in candidates: [String]) -> String? {
        self.candidates(closeTo: value, among: candidates, limit: 1, includingContaining: false).first
    }
}
