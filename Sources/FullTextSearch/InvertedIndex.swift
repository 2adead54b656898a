/// The postings of one term: the documents that contain it, how often per field, and where.
///
/// Arrays are flat and parallel so that a query touches a few contiguous buffers:
/// for the *k*-th document and field *f* of *F* fields, the frequency is `frequencies[k * F + f]` and
/// the positions are `positions[positionStarts[k * F + f] ..< positionStarts[k * F + f + 1]]`.
struct TermPostings: Sendable {
    /// Document numbers in increasing order.
    var documents: [Int32] = []
    /// Per document and field, the number of occurrences.
    var frequencies: [Int32] = []
    /// Per document and field, the start of its positions; one extra trailing element.
    var positionStarts: [Int32] = [0]
    /// Word positions, increasing within each document and field.
    var positions: [Int32] = []

    /// The positions of the term in the `k`-th document of the list, in field `field`.
    func positions(ofDocumentAt k: Int, field: Int, fieldCount: Int) -> ArraySlice<Int32> {
        let slot = k * fieldCount + field
        return positions[Int(positionStarts[slot])..<Int(positionStarts[slot + 1])]
    }

    /// Records one occurrence; occurrences must come in increasing (document, field, position) order.
    /// ``positionStarts`` is left for ``finishPositionStarts()`` to fill in once at the end.
    mutating func add(document: Int32, field: Int, position: Int32, fieldCount: Int) {
        if documents.last != document {
            documents.append(document)
            for _ in 0..<fieldCount {
                frequencies.append(0)
            }
        }
        frequencies[frequencies.count - fieldCount + field] += 1
        positions.append(position)
    }

    /// Computes ``positionStarts`` from ``frequencies``, after the last ``add(document:field:position:fieldCount:)``.
    mutating func finishPositionStarts() {
        positionStarts.removeAll(keepingCapacity: true)
        positionStarts.reserveCapacity(frequencies.count + 1)
        var start: Int32 = 0
        positionStarts.append(start)
        for frequency in frequencies {
            start += frequency
            positionStarts.append(start)
        }
    }
}

/// Term dictionary (stem to term number) and postings for every term, with field lengths.
struct InvertedIndex: Sendable {
    /// The number of text fields.
    let fieldCount: Int
    /// Stem to term number.
    let termIDs: [String: Int32]
    /// Term number to stem.
    let terms: [String]
    /// Term number to postings.
    let postings: [TermPostings]
    /// Per document and field (`document * fieldCount + field`), the number of words, stop words included.
    let fieldLengths: [Int32]

    /// The number of documents that contain the term.
    func documentFrequency(_ term: Int32) -> Int {
        postings[Int(term)].documents.count
    }
}

/// Builds an ``InvertedIndex`` one document at a time, in document-number order.
struct InvertedIndexBuilder {
    private let fieldCount: Int
    private var postings: [TermPostings] = []
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
                    postings.append(contentsOf: repeatElement(TermPostings(), count: term + 1 - postings.count))
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
    consuming func build(termIDs: [String: Int32], terms: [String]) -> InvertedIndex {
        // One postings list per term, even for a term whose texts were never added.
        postings.append(contentsOf: repeatElement(TermPostings(), count: max(0, terms.count - postings.count)))
        for term in postings.indices {
            postings[term].finishPositionStarts()
        }
        return InvertedIndex(
            fieldCount: fieldCount,
            termIDs: termIDs,
            terms: terms,
            postings: postings,
            fieldLengths: fieldLengths
        )
    }
}
