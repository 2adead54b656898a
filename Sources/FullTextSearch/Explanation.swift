/// Why a document got its score: each matched term's contribution per field, and the coordination factor.
///
/// ```text
/// doc-7: 2.3412 = 3.1216 × coordination 3/4
///   "bullying" ×1.00 idf 1.792: title 1.2087 (tf 1), body 0.4231 (tf 2)
/// ```
public struct Explanation: Sendable, Hashable, CustomStringConvertible {
    /// The part of the score one matched term earned in one field.
    public struct Contribution: Sendable, Hashable {
        /// The matched term as in ``SearchHit/matchedTerms``.
        public let term: String
        /// The weight of the term's alternative (1 for typed terms, less for synonyms, prefixes and typos).
        public let weight: Double
        /// The term's inverse document frequency.
        public let idf: Double
        /// The text field.
        public let field: String
        /// Occurrences of the term (or phrase) in the field.
        public let frequency: Int
        /// Score earned, before coordination.
        public let score: Double
    }

    /// The explained document.
    public let documentID: String
    /// The final score: ``baseScore`` × ``coveredConcepts`` / ``totalConcepts``.
    public let score: Double
    /// The sum over concepts of each concept's score: its best alternative (the words of a multi-word entry
    /// typed apart counting together) plus a tie-breaking share of the others; see ``Contribution``.
    public let baseScore: Double
    /// Query concepts (a word or phrase with its alternatives) the document matches.
    public let coveredConcepts: Int
    /// Query concepts that match any document.
    public let totalConcepts: Int
    /// Contributions by term, then field, in query order.
    public let contributions: [Contribution]
    /// How the lexical score above was fused with the caller's similarity and prior, when the search had
    /// ``RankingSignals``; the hit's score is then the fused one.
    public let fusion: FusionDetail?

    /// A readable, multi-line account of the score.
    public var description: String {
        var lines = [
            """
            \(documentID): \(Self.format(score)) = \(Self.format(baseScore)) × coordination \
            \(coveredConcepts)/\(totalConcepts)
            """
        ]
        var seen: [String] = []
        for contribution in contributions where !seen.contains(contribution.term) {
            seen.append(contribution.term)
            let fields = contributions.filter { $0.term == contribution.term }
                .map { "\($0.field) \(Self.format($0.score)) (tf \($0.frequency))" }
            lines.append(
                """
                  “\(contribution.term)” ×\(Self.format(contribution.weight, digits: 2)) idf \
                \(Self.format(contribution.idf, digits: 3)): \(fields.joined(separator: ", "))
                """
            )
        }
        if let fusion { lines.append("  fused: \(fusion.description)") }
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double, digits: Int = 4) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return "\(rounded)"
    }
}
