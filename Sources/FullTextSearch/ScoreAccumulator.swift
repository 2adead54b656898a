/// Per-document score sums and covered-concept bits for one query, sized to the collection.
struct ScoreAccumulator {
    private(set) var scores: [Double]
    private(set) var coveredConcepts: [UInt64]
    /// Documents with a nonzero concept mask, in the order first reached.
    private(set) var touched: [Int32] = []

    init(documentCount: Int) {
        scores = Array(repeating: 0, count: documentCount)
        coveredConcepts = Array(repeating: 0, count: documentCount)
    }

    mutating func add(_ score: Double, document: Int, concept: Int) {
        if coveredConcepts[document] == 0 { touched.append(Int32(clamping: document)) }
        scores[document] += score
        coveredConcepts[document] |= 1 << UInt64(concept)
    }

    /// The final score of a document: its sum times the share of concepts it covers.
    func finalScore(document: Int, conceptCount: Int) -> Double {
        scores[document] * Double(coveredConcepts[document].nonzeroBitCount) / Double(max(1, conceptCount))
    }
}
