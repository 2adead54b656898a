/// The postings of one term: a view into its index's flat arrays, without copying.
///
/// Entries are numbered as in the index's ``InvertedIndex/documents`` (the first entry of this term is
/// `documents.startIndex`, not 0): for entry *e* and field *f* of *F* fields, the frequency is
/// `frequencies[e * F + f]`.
struct TermPostings: Sendable {
    /// Document numbers in increasing order.
    let documents: ArraySlice<Int32>
    /// Per entry and field, the number of occurrences.
    let frequencies: Slice<PackedIntegers>

    init(index: InvertedIndex, term: Int) {
        let entries = Int(index.termStarts[term])..<Int(index.termStarts[term + 1])
        documents = index.documents[entries]
        frequencies =
            index.frequencies[(entries.lowerBound * index.fieldCount)..<(entries.upperBound * index.fieldCount)]
    }
}

/// Term dictionary (stem to term number) and the postings of every term, with field lengths.
///
/// The postings of all terms are a few flat tables, term after term, kept packed as they are encoded
/// (``PackedIntegers``): loading an index copies their bytes once, or not at all from the built-in snapshot,
/// whose pages are then read only for the terms a query looks up.
struct InvertedIndex: Sendable {
    /// The number of text fields.
    let fieldCount: Int
    /// Term number to stem.
    let terms: StringTable
    /// The term numbers ordered by their stems' UTF-8 bytes, for looking a stem up by binary search (no hash
    /// table to build when an index is decoded).
    let termsInStemOrder: [Int32]
    /// Per term, where its entries start in ``documents``; one extra trailing element.
    let termStarts: [Int32]
    /// Per entry, a document number: each term's documents in increasing order, term after term (widened when
    /// loaded: a query walks and gallops through them, and they are a fifth of the size of the frequencies).
    let documents: [Int32]
    /// Per entry and field (`entry * fieldCount + field`), the number of occurrences, packed (a query reads only
    /// its terms' few).
    let frequencies: PackedIntegers
    /// Per entry, where its positions start in ``positions``; one extra trailing element (the running sum of
    /// each entry's ``frequencies`` over its fields). Within an entry, the fields' positions follow each other in
    /// field order. (Per entry rather than per entry and field: a fifth of the memory for five fields.) Summed on
    /// the first phrase match: a process whose queries match no phrase never holds it.
    let entryPositionStarts: MadeOnFirstUse<[Int32]>
    /// Word positions, increasing within each entry and field, packed (only phrases read them).
    let positions: PackedIntegers
    /// Per document and field (`document * fieldCount + field`), the number of words, stop words included.
    let fieldLengths: [Int32]

    /// An index from its parts, which must agree (what a decoder checks): `frequencies` holds `fieldCount`
    /// values per entry of `documents`, adding up to the count of `positions`.
    init(
        fieldCount: Int, terms: StringTable, termsInStemOrder: [Int32], termStarts: [Int32], documents: [Int32],
        frequencies: PackedIntegers, positions: PackedIntegers, fieldLengths: [Int32]
    ) {
        self.fieldCount = fieldCount
        self.terms = terms
        self.termsInStemOrder = termsInStemOrder
        self.termStarts = termStarts
        self.documents = documents
        self.frequencies = frequencies
        entryPositionStarts = MadeOnFirstUse {
            Self.entryPositionStarts(frequencies: frequencies, entryCount: documents.count, fieldCount: fieldCount)
        }
        self.positions = positions
        self.fieldLengths = fieldLengths
    }

    /// The term number of a stem, if it is indexed.
    /// - Complexity: O(log *t* × *m*) for *t* terms and a stem of *m* bytes.
    func termID(of stem: String) -> Int32? {
        var stem = stem
        let run = stem.withUTF8 { key in terms.equalRun(of: key, in: termsInStemOrder) { Int($0) } }
        return run.isEmpty ? nil : termsInStemOrder[run.lowerBound]
    }

    /// ``termsInStemOrder`` for `terms`.
    static func stemOrder(of terms: StringTable) -> [Int32] {
        terms.indices.sorted(by: terms.precedes).map { Int32($0) }
    }

    /// The postings of a term.
    func postings(of term: Int32) -> TermPostings {
        TermPostings(index: self, term: Int(term))
    }

    /// The number of documents that contain the term.
    func documentFrequency(_ term: Int32) -> Int {
        Int(termStarts[Int(term) + 1] - termStarts[Int(term)])
    }

    /// ``entryPositionStarts`` for `entryCount` entries of `fieldCount` frequencies each.
    static func entryPositionStarts(frequencies: PackedIntegers, entryCount: Int, fieldCount: Int) -> [Int32] {
        Runs.starts(
            ofLengths: (0..<entryCount).lazy.map { entry in
                frequencies[(entry * fieldCount)..<((entry + 1) * fieldCount)].reduce(0, &+)
            })
    }
}

/// Builds an ``InvertedIndex`` one document at a time, in document-number order.
struct InvertedIndexBuilder {
    /// The postings of one term while documents are added.
    private struct GrowingPostings {
        var documents: [Int32] = []
        var frequencies: [Int32] = []
        var positions: [Int32] = []

        /// Records one occurrence; occurrences must come in increasing (document, field, position) order.
        mutating func add(document: Int32, field: Int, position: Int32, fieldCount: Int) {
            if documents.last != document {
                documents.append(document)
                frequencies.append(contentsOf: repeatElement(0, count: fieldCount))
            }
            frequencies[frequencies.count - fieldCount + field] += 1
            positions.append(position)
        }
    }

    private let fieldCount: Int
    private var postings: [GrowingPostings] = []
    private var fieldLengths: [Int32] = []

    init(fieldCount: Int) {
        self.fieldCount = fieldCount
    }

    /// Adds the analyzed fields of the next document.
    /// - Parameters:
    ///   - document: The document number, greater than any added before.
    ///   - fields: For each text field, its analysis.
    mutating func add(document: Int32, fields: [AnalyzedText]) {
        for (field, text) in fields.enumerated() {
            fieldLengths.append(Int32(clamping: text.terms.count))
            for (position, term) in text.terms.enumerated() where term >= 0 {
                let term = Int(term)
                if term >= postings.count {
                    postings.append(contentsOf: repeatElement(GrowingPostings(), count: term + 1 - postings.count))
                }
                postings[term].add(
                    document: document,
                    field: field,
                    position: Int32(clamping: position),
                    fieldCount: fieldCount
                )
            }
        }
    }

    /// The index, with the term numbers and stems of the ``WordTable`` that analyzed the documents.
    consuming func build(terms: [String]) -> InvertedIndex {
        // One postings list per term, even for a term whose texts were never added.
        postings.append(contentsOf: repeatElement(GrowingPostings(), count: max(0, terms.count - postings.count)))
        let documents = postings.flatMap(\.documents)
        let terms = StringTable(terms)
        return InvertedIndex(
            fieldCount: fieldCount,
            terms: terms,
            termsInStemOrder: InvertedIndex.stemOrder(of: terms),
            termStarts: Runs.starts(ofLengths: postings.map(\.documents.count)),
            documents: documents,
            frequencies: PackedIntegers(postings.flatMap(\.frequencies)),
            positions: PackedIntegers(postings.flatMap(\.positions)),
            fieldLengths: fieldLengths
        )
    }
}
