import Synchronization

/// The matches of thesaurus entries, computed on first use and kept for the life of the index.
///
/// Expanding a word to its thesaurus group matches every other entry of the group as a phrase, and the same
/// groups come up query after query; the answer depends only on the (immutable) index, so it is computed
/// once. Safe to use from many tasks at once; the lock is held only to read or store an entry.
final class SynonymMatchCache: Sendable {
    private let matches = Mutex<[Int: ClauseMatches?]>([:])

    /// The cached matches of thesaurus entry `entry`, or `compute()` stored for next time.
    func matches(ofEntry entry: Int, compute: () -> ClauseMatches?) -> ClauseMatches? {
        if let cached = matches.withLock({ $0[entry] }) { return cached }
        let computed = compute()
        matches.withLock { $0[entry] = .some(computed) }
        return computed
    }
}
