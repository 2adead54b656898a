/// The indexed terms of a short text with their word offsets, so that stop words inside a phrase still
/// occupy a position (`"out of school"` matches the words *out*, any word, *school*).
struct AnalyzedPhrase: Sendable, Hashable {
    /// The stems, in order, stop words left out.
    var terms: [String]
    /// For each term, its word offset from the first term.
    var offsets: [Int]

    init(tokens: [Token]) {
        let kept = tokens.filter { !$0.isStopWord }
        let first = kept.first?.position ?? 0
        terms = kept.compactMap(\.term)
        offsets = kept.map { $0.position - first }
    }

    init(terms: [String], offsets: [Int]) {
        self.terms = terms
        self.offsets = offsets
    }

    var isEmpty: Bool { terms.isEmpty }
}
