/// How the alternatives of one concept combine for one document.
///
/// A concept's alternatives are different spellings of the same idea (the typed word, its synonyms, prefix
/// and typo expansions), so a document is worth its best alternative, not the sum: otherwise a record that
/// happens to mention a dozen synonyms of "CSAM" outranks one that answers the question. The words of a
/// multi-word entry typed apart are parts of one alternative and count together. The other alternatives
/// add a small tie-breaking share, as in a disjunction-max query.
struct ConceptCombination: Sendable {
    /// The share of the non-best alternatives' scores that is added to the best one.
    static let tieBreaker = 0.1

    private var best = 0.0
    private var parts = 0.0
    private var total = 0.0
    /// How many alternatives matched the document.
    private(set) var count = 0

    /// Adds one alternative's score; `isPart` marks a word of a multi-word entry typed apart.
    mutating func add(_ score: Double, isPart: Bool) {
        count += 1
        total += score
        if isPart { parts += score } else { best = max(best, score) }
    }

    /// The concept's score for the document.
    var score: Double {
        let top = max(best, parts)
        return top + Self.tieBreaker * (total - top)
    }
}
