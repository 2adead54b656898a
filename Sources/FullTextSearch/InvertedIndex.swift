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

    /// Appends one document's occurrences (positions per field); documents must come in increasing order.
    mutating func append(document: Int32, positionsPerField: [[Int32]]) {
        documents.append(document)
        for fieldPositions in positionsPerField {
            frequencies.append(Int32(clamping: fieldPositions.count))
            positions += fieldPositions
            positionStarts.append(Int32(clamping: positions.count))
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
    private var termIDs: [String: Int32] = [:]
    private var terms: [String] = []
    private var postings: [TermPostings] = []
    private var fieldLengths: [Int32] = []

    init(fieldCount: Int) {
        self.fieldCount = fieldCount
    }

    /// The term number of a stem, assigning the next one to a new stem.
    mutating func termID(_ stem: String) -> Int32 {
        if let id = termIDs[stem] { return id }
        let id = Int32(clamping: terms.count)
        termIDs[stem] = id
        terms.append(stem)
        postings.append(TermPostings())
        return id
    }

    /// Adds the analyzed fields of the next document.
    /// - Parameters:
    ///   - document: The document number, greater than any added before.
    ///   - fieldTokens: For each text field, its tokens.
    /// - Returns: The term number of each token, per field (`-1` for stop words).
    mutating func add(document: Int32, fieldTokens: [[Token]]) -> [[Int32]] {
        var occurrences: [Int32: [[Int32]]] = [:]
        var termNumbers: [[Int32]] = []
        for (field, tokens) in fieldTokens.enumerated() {
            fieldLengths.append(Int32(clamping: tokens.count))
            termNumbers.append(
                tokens.map { token in
                    guard let stem = token.term else { return -1 }
                    let id = termID(stem)
                    occurrences[id, default: Array(repeating: [], count: fieldCount)][field]
                        .append(Int32(clamping: token.position))
                    return id
                }
            )
        }
        for id in occurrences.keys.sorted() {
            postings[Int(id)].append(document: document, positionsPerField: occurrences[id] ?? [])
        }
        return termNumbers
    }

    func build() -> InvertedIndex {
        InvertedIndex(
            fieldCount: fieldCount,
            termIDs: termIDs,
            terms: terms,
            postings: postings,
            fieldLengths: fieldLengths
        )
    }
}
