/// Per-document score sums and covered-concept bits for one query, sized to the documents it matches
/// (not to the collection): each matching document has a slot, its rank among the matches.
struct ScoreAccumulator {
    /// The matching documents and their slots.
    let slots: DocumentRanks
    private var scores: [Double]
    private var coveredConcepts: [UInt64]

    /// - Complexity: O(*m*) for *m* matching documents.
    init(matching: DocumentRanks) {
        slots = matching
        scores = Array(repeating: 0, count: matching.count)
        coveredConcepts = Array(repeating: 0, count: matching.count)
    }

    /// Adds a concept's score to the document in `slot`.
    mutating func add(_ score: Double, slot: Int, concept: Int) {
        scores[slot] += score
        coveredConcepts[slot] |= 1 << UInt64(concept)
    }

    /// Every matching document, in increasing order, with its final score: its sum times the share of the
    /// `conceptCount` concepts it covers.
    /// - Complexity: O(*n* / 64 + *m*) for *n* documents in the collection and *m* matches.
    func scoredDocuments(conceptCount: Int) -> [ScoredDocument] {
        var result: [ScoredDocument] = []
        result.reserveCapacity(slots.count)
        slots.set.forEach { document in
            let slot = result.count
            let covered = Double(coveredConcepts[slot].nonzeroBitCount)
            result.append(
                ScoredDocument(document: document, score: scores[slot] * covered / Double(max(1, conceptCount))))
        }
        return result
    }
}
