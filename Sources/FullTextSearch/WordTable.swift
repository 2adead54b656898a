/// One field text analyzed for indexing: per word, its surface and term numbers and its UTF-8 range.
///
/// The arrays are parallel; the *i*-th element of each describes the word at position *i*.
struct AnalyzedText: Sendable {
    /// Per word, the number of its folded surface form in the ``WordTable``.
    var surfaces: [Int32] = []
    /// Per word, its term number, or -1 for a stop word.
    var terms: [Int32] = []
    /// Per word, the UTF-8 offset where it starts in the text.
    var starts: [Int32] = []
    /// Per word, the UTF-8 offset where it ends in the text.
    var ends: [Int32] = []

    /// Appends the next word.
    mutating func append(surface: Int32, term: Int32, range: Range<Int>) {
        surfaces.append(surface)
        terms.append(term)
        starts.append(Int32(clamping: range.lowerBound))
        ends.append(Int32(clamping: range.upperBound))
    }

    /// Removes every word, keeping the arrays' capacity.
    mutating func removeAll() {
        surfaces.removeAll(keepingCapacity: true)
        terms.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    /// A copy in new arrays of exactly the needed size.
    func compactCopy() -> AnalyzedText {
        AnalyzedText(
            surfaces: surfaces.withUnsafeBufferPointer(Array.init),
            terms: terms.withUnsafeBufferPointer(Array.init),
            starts: starts.withUnsafeBufferPointer(Array.init),
            ends: ends.withUnsafeBufferPointer(Array.init)
        )
    }
}

/// The words met while building one index, each analyzed once.
///
/// A text repeats a small vocabulary many times, so every distinct word as written is folded, checked
/// against the stop words and stemmed by the ``Analyzer`` only the first time; after that a word costs one
/// hash lookup. Surface forms and stems get consecutive numbers in order of first occurrence, and the table
/// counts how often each surface form of an indexed word occurs, for the ``TermDictionary``.
struct WordTable {
    private let analyzer: Analyzer
    /// A word exactly as written to its surface number.
    private var surfaceOfWord = RawWordTable()
    /// A folded surface form to its surface number.
    private var surfaceNumbers: [String: Int32] = [:]
    /// Surface number to folded surface form.
    private var surfaces: [String] = []
    /// Surface number to term number, or -1 for a stop word.
    private var termOfSurface: [Int32] = []
    /// Surface number to its occurrences in the counted texts.
    private var surfaceCounts: [Int] = []
    /// Stem to term number.
    private(set) var termIDs: [String: Int32] = [:]
    /// Term number to stem.
    private(set) var terms: [String] = []
    /// Reused by ``analyze(_:)``, so that its arrays grow only to the longest text instead of for every text.
    private var scratch = AnalyzedText()

    init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// The words of `text` with their surface and term numbers, numbering words not met before.
    /// The analysis is that of ``Analyzer/tokens(in:)``: the same words, surface forms and terms.
    /// - Complexity: O(*n*) in the length of `text`, plus the analysis of words not met before.
    mutating func analyze(_ text: String) -> AnalyzedText {
        scratch.removeAll()
        Tokenizer.forEachWord(in: text) { word, range in
            let surface = surfaceNumber(ofWord: word)
            scratch.append(surface: surface, term: termOfSurface[Int(surface)], range: range)
        }
        return scratch.compactCopy()
    }

    /// Counts one occurrence of every indexed word (not stop words) of `text`.
    mutating func countOccurrences(in text: AnalyzedText) {
        for (surface, term) in zip(text.surfaces, text.terms) where term >= 0 {
            surfaceCounts[Int(surface)] += 1
        }
    }

    /// The counted surface forms of indexed words with their terms and counts, in surface-number order.
    var dictionaryEntries: [TermDictionary.Entry] {
        surfaces.indices.compactMap { surface in
            guard termOfSurface[surface] >= 0, surfaceCounts[surface] > 0 else { return nil }
            return TermDictionary.Entry(
                surface: surfaces[surface],
                term: termOfSurface[surface],
                count: surfaceCounts[surface]
            )
        }
    }

    /// The surface number of a word as written (its UTF-8 bytes), folding and numbering it if it is new.
    private mutating func surfaceNumber(ofWord word: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let known = surfaceOfWord.value(for: word) { return known }
        let folded = analyzer.fold(String(decoding: word, as: UTF8.self))
        let surface = surfaceNumbers[folded] ?? addSurface(folded)
        surfaceOfWord.insert(word, value: surface)
        return surface
    }

    /// Numbers a new folded surface form, with the term number of its stem (-1 for a stop word).
    private mutating func addSurface(_ folded: String) -> Int32 {
        let surface = Int32(clamping: surfaces.count)
        surfaceNumbers[folded] = surface
        surfaces.append(folded)
        termOfSurface.append(analyzer.term(ofFolded: folded).map { termID($0) } ?? -1)
        surfaceCounts.append(0)
        return surface
    }

    /// The term number of a stem, assigning the next one to a new stem.
    private mutating func termID(_ stem: String) -> Int32 {
        if let id = termIDs[stem] { return id }
        let id = Int32(clamping: terms.count)
        termIDs[stem] = id
        terms.append(stem)
        return id
    }
}
