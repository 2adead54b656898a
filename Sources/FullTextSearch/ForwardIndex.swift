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

        /// The entry of `text`, given its analysis.
        init(text: String, analyzed: AnalyzedText) {
            self.text = text
            self.terms = analyzed.terms
            self.starts = analyzed.starts
            self.ends = analyzed.ends
        }

        init(text: String, terms: [Int32], starts: [Int32], ends: [Int32]) {
            self.text = text
            self.terms = terms
            self.starts = starts
            self.ends = ends
        }
    }

    /// Document number to entry.
    let entries: [Entry]
}
