/// For the snippet field of each document: its original text and, per word, the term number and UTF-8 range,
/// so that snippets are cut and highlighted without analyzing text at query time.
///
/// Stored flat: the texts in one ``StringTable``, the words of all documents in three parallel arrays, each
/// document's words a run of them, kept packed (``PackedIntegers``): a document's ``Entry`` is made only for a hit
/// that shows a snippet.
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
            self.init(text: text, terms: analyzed.terms, starts: analyzed.starts, ends: analyzed.ends)
        }

        init(text: String, terms: [Int32], starts: [Int32], ends: [Int32]) {
            self.text = text
            self.terms = terms
            self.starts = starts
            self.ends = ends
        }
    }

    /// Per document, its snippet text.
    let texts: StringTable
    /// Per document, where its words start in ``terms``, ``starts`` and ``ends``; one extra trailing element.
    let wordStarts: [Int32]
    /// Per word of every document, its term number, or -1 for a stop word.
    let terms: PackedIntegers
    /// Per word of every document, the UTF-8 offset in its text where it starts.
    let starts: PackedIntegers
    /// Per word of every document, the UTF-8 offset in its text where it ends.
    let ends: PackedIntegers

    /// The index of `entries`, in document-number order.
    init(entries: [Entry]) {
        self.init(
            texts: StringTable(entries.map(\.text)),
            wordStarts: Runs.starts(ofLengths: entries.map(\.terms.count)),
            terms: PackedIntegers(entries.flatMap(\.terms)),
            starts: PackedIntegers(entries.flatMap(\.starts)),
            ends: PackedIntegers(entries.flatMap(\.ends)))
    }

    /// The index from its parts, which must agree (what a decoder checks).
    init(
        texts: StringTable, wordStarts: [Int32], terms: PackedIntegers, starts: PackedIntegers, ends: PackedIntegers
    ) {
        self.texts = texts
        self.wordStarts = wordStarts
        self.terms = terms
        self.starts = starts
        self.ends = ends
    }

    /// The words of `document`: its range in ``terms``, ``starts`` and ``ends``.
    func words(of document: Int) -> Range<Int> {
        Int(wordStarts[document])..<Int(wordStarts[document + 1])
    }

    /// The snippet field of `document`, copied out of the flat tables and widened.
    /// - Complexity: O(*w*) for a field of *w* words.
    func entry(_ document: Int) -> Entry {
        let words = words(of: document)
        return Entry(
            text: texts[document], terms: Array(terms[words]), starts: Array(starts[words]), ends: Array(ends[words]))
    }
}
