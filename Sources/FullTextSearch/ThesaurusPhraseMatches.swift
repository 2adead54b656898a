/// The phrase matches of thesaurus entries, computed once when an index is built: the same groups come up
/// query after query, and matching a dozen alias phrases per query word is most of a query's work otherwise.
///
/// Stored flat, as the postings are: one array of document numbers and one of frequencies for all entries,
/// each entry's matches a slice of them, found by the entry's number (no hash table to build on decoding).
struct ThesaurusPhraseMatches: Sendable {
    /// The number of text fields (frequencies per matching document).
    let fieldCount: Int
    /// Per thesaurus entry, the number of its stored matches, or -1 when none are stored (a one-word entry, an
    /// entry with a word that is not indexed, or one left to query time by the budget). Entries with the same
    /// phrase share one stored match list.
    let storedMatches: [Int32]
    /// Per stored match list, where its documents start in ``documents``; one extra trailing element.
    let starts: [Int32]
    /// Per stored match list, its matching documents in increasing order, list after list.
    let documents: [Int32]
    /// Per matching document of ``documents`` and field, the number of occurrences, packed.
    let frequencies: PackedIntegers

    /// The most candidate documents the build visits. Each phrase visits every document holding its rarest
    /// word, so precomputing them all would cost thesaurus entries × documents; phrases beyond the budget are
    /// matched when a query uses them (what they cost then is bounded by their group's size). The bundled
    /// content needs a small fraction of it.
    static let precomputationBudget = 1_000_000

    /// Matches the phrase of every entry of `thesaurus` of two or more indexed words, within the budget.
    init(of thesaurus: AnalyzedThesaurus, in inverted: InvertedIndex) {
        var storedMatches = [Int32](repeating: -1, count: thesaurus.count)
        var stored: [AnalyzedPhrase: Int32] = [:]
        var starts: [Int32] = [0]
        var documents: [Int32] = []
        var frequencies: [Int32] = []
        var budget = Self.precomputationBudget
        for (entry, analyzed) in thesaurus.entries.enumerated() {
            if let known = stored[analyzed.phrase] {
                storedMatches[entry] = known
                continue
            }
            let ids = analyzed.phrase.terms.compactMap(inverted.termID(of:))
            guard ids.count > 1, ids.count == analyzed.phrase.terms.count else { continue }
            let work = ids.map(inverted.documentFrequency).min() ?? 0
            guard work <= budget else { continue }
            budget -= work
            let matches = inverted.matches(ofPhrase: ids, offsets: analyzed.phrase.offsets)
            documents += matches.documents
            frequencies += matches.frequencies
            stored[analyzed.phrase] = Int32(starts.count - 1)
            storedMatches[entry] = Int32(starts.count - 1)
            starts.append(Int32(clamping: documents.count))
        }
        self.init(
            fieldCount: inverted.fieldCount, storedMatches: storedMatches, starts: starts,
            documents: documents, frequencies: PackedIntegers(frequencies))
    }

    /// Matches from their parts, which must agree (what a decoder checks).
    init(
        fieldCount: Int, storedMatches: [Int32], starts: [Int32], documents: [Int32], frequencies: PackedIntegers
    ) {
        self.fieldCount = fieldCount
        self.storedMatches = storedMatches
        self.starts = starts
        self.documents = documents
        self.frequencies = frequencies
    }

    /// The stored matches of thesaurus entry `entry`, not copied; `nil` if none are stored.
    func matches(ofEntry entry: Int) -> ClauseMatches? {
        let list = Int(storedMatches[entry])
        guard list >= 0 else { return nil }
        let range = Int(starts[list])..<Int(starts[list + 1])
        return ClauseMatches(
            documents: documents[range],
            frequencies: frequencies[(range.lowerBound * fieldCount)..<(range.upperBound * fieldCount)])
    }
}
