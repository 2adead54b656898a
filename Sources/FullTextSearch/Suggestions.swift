/// A completion for text being typed.
public struct Suggestion: Sendable, Hashable, Codable {
    /// Where a suggestion comes from.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// An indexed word (its most frequent written form), after the words already typed.
        case term
        /// A document title containing the typed text at a word start.
        case title
    }

    /// The completed text.
    public let text: String
    /// Where it comes from.
    public let kind: Kind
    /// For a title, the document it belongs to.
    public let documentID: String?

    /// Creates a suggestion.
    /// - Parameters:
    ///   - text: The completed text.
    ///   - kind: Where it comes from.
    ///   - documentID: For a title, its document.
    public init(text: String, kind: Kind, documentID: String? = nil) {
        self.text = text
        self.kind = kind
        self.documentID = documentID
    }
}

extension SearchIndex {
    /// Completions for a prefix: indexed words that complete its last word (most frequent first, shown in
    /// their most frequent folded written form, not as stems) and titles containing the prefix at a word
    /// start, interleaved.
    /// - Parameters:
    ///   - prefix: The text typed so far.
    ///   - limit: The most suggestions returned.
    /// - Returns: Suggestions alternating term, title, term, …, while both kinds last, without two that fold
    ///   to the same text.
    /// - Complexity: O(log *t* + *c* log *c*) for *t* surface forms and *c* completions, plus O(*d*) over
    ///   *d* titles.
    public func suggestions(prefix: String, limit: Int = 10) -> [Suggestion] {
        let words = Tokenizer.words(in: prefix).map { TextFolding.fold(prefix[$0.range]) }
        guard let last = words.last, limit > 0 else { return [] }
        let lead = words.dropLast().map { $0 + " " }.joined()
        let terms = termSuggestions(completing: last, after: lead, limit: limit)
        let titles = titleSuggestions(containing: words.joined(separator: " "), limit: limit)
        // Interleaved, and each text once: a word and a title (or two titles) that fold alike are one suggestion.
        var result: [Suggestion] = []
        var seen: Set<String> = []
        for index in 0..<max(terms.count, titles.count) {
            for candidate in [terms[safe: index], titles[safe: index]].compactMap({ $0 }) where result.count < limit {
                if seen.insert(TextFolding.fold(candidate.text[...])).inserted { result.append(candidate) }
            }
        }
        return result
    }

    private func termSuggestions(completing word: String, after lead: String, limit: Int) -> [Suggestion] {
        dictionary.terms(withPrefix: word, limit: .max)
            .sorted {
                (inverted.documentFrequency($1.term), $0.surface) < (inverted.documentFrequency($0.term), $1.surface)
            }
            .prefix(limit)
            .map { Suggestion(text: lead + $0.surface, kind: .term, documentID: nil) }
    }

    private func titleSuggestions(containing folded: String, limit: Int) -> [Suggestion] {
        let matches = titles.foldedTitles.indices.compactMap { document -> (startsWith: Bool, document: Int)? in
            let title = titles.foldedTitles[document]
            if title.hasPrefix(folded) { return (true, document) }
            return title.contains(" " + folded) ? (false, document) : nil
        }
        return
            matches
            .sorted {
                ($0.startsWith ? 0 : 1, titles.titles[$0.document], $0.document) < (
                    $1.startsWith ? 0 : 1, titles.titles[$1.document], $1.document
                )
            }
            .prefix(limit)
            .map { Suggestion(text: titles.titles[$0.document], kind: .title, documentID: documentIDs[$0.document]) }
    }
}

extension Array {
    /// The element at `index`, or `nil` when the index is out of range.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
