/// For the snippet field of each document: its original text and, per word, the term number and UTF-8 range,
/// so that snippets are cut and highlighted without analyzing text at query time.
struct ForwardIndex: Sendable {
    /// One document's snippet field.
    struct Entry: Sendable {
        /// The original text.
        var text: String
        /// Per word, its term number, or -1 for a stop word.
        var terms: [Int32]
        /// Per word, the UTF-8 offset where it starts.
        var starts: [Int32]
        /// Per word, the UTF-8 offset where it ends.
        var ends: [Int32]

        init(text: String, tokens: [Token], terms: [Int32]) {
            self.text = text
            self.terms = terms
            self.starts = tokens.map { Int32(clamping: $0.utf8Range.lowerBound) }
            self.ends = tokens.map { Int32(clamping: $0.utf8Range.upperBound) }
        }
    }

    /// Document number to entry.
    let entries: [Entry]
}
