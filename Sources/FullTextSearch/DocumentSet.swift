/// A set of document numbers as a bitmap, one bit per document of the collection.
///
/// A query's eligible and matching documents are kept as bitmaps rather than as per-document arrays of
/// counts, flags or scores: a bitmap costs one 64-bit word per 64 documents to clear and to scan, so the
/// part of a query's work that depends on the size of the collection stays small.
struct DocumentSet {
    /// Bit `d % 64` of word `d / 64` is set when document `d` is a member.
    private(set) var words: [UInt64]

    /// An empty set (`isFull == false`) or the set of every document (`isFull == true`) of a collection.
    /// - Complexity: O(*n* / 64) for *n* = `documentCount`.
    init(documentCount: Int, isFull: Bool = false) {
        let wordCount = (documentCount + 63) / 64
        words = Array(repeating: isFull ? .max : 0, count: wordCount)
        let tail = documentCount % 64
        if isFull, tail > 0 { words[wordCount - 1] = (1 << UInt64(tail)) - 1 }
    }

    /// The set of the ranked documents of a collection.
    /// - Complexity: O(*n* / 64 + *m*) for *m* documents.
    init(documentCount: Int, members: [ScoredDocument]) {
        self.init(documentCount: documentCount)
        for member in members { insert(member.document) }
    }

    /// Whether `document` is a member.
    func contains(_ document: Int32) -> Bool {
        words[Int(document) >> 6] & (1 << UInt64(document & 63)) != 0
    }

    mutating func insert(_ document: Int32) {
        words[Int(document) >> 6] |= 1 << UInt64(document & 63)
    }

    mutating func remove(_ document: Int32) {
        words[Int(document) >> 6] &= ~(1 << UInt64(document & 63))
    }

    /// Adds every document of `documents`.
    /// - Complexity: O(*d*) for *d* documents.
    mutating func insert(contentsOf documents: some Sequence<Int32>) {
        for document in documents { insert(document) }
    }

    /// Keeps only the members that are also in `other` (a set over the same collection).
    /// - Complexity: O(*n* / 64).
    mutating func formIntersection(_ other: DocumentSet) {
        for index in words.indices { words[index] &= other.words[index] }
    }

    /// The number of members.
    /// - Complexity: O(*n* / 64).
    var count: Int {
        words.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    /// Calls `body` with each member, in increasing order.
    /// - Complexity: O(*n* / 64 + *m*) for *m* members.
    func forEach(_ body: (Int32) -> Void) {
        for (index, word) in words.enumerated() {
            var rest = word
            while rest != 0 {
                body(Int32(truncatingIfNeeded: index << 6 | rest.trailingZeroBitCount))
                rest &= rest - 1
            }
        }
    }

    /// The members, in increasing order.
    /// - Complexity: O(*n* / 64 + *m*) for *m* members.
    var members: [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(count)
        forEach { result.append($0) }
        return result
    }
}

/// The rank of each member of a ``DocumentSet`` (its position among the members in increasing order), so
/// that per-document values of a query live in arrays sized to its matches, not to the collection.
struct DocumentRanks {
    /// The set ranked.
    let set: DocumentSet
    /// Per word of the set, the number of members in the words before it.
    private let wordStarts: [Int32]
    /// The number of members.
    let count: Int

    /// - Complexity: O(*n* / 64).
    init(_ set: DocumentSet) {
        var starts: [Int32] = []
        starts.reserveCapacity(set.words.count)
        var total = 0
        for word in set.words {
            starts.append(Int32(truncatingIfNeeded: total))
            total += word.nonzeroBitCount
        }
        self.set = set
        self.wordStarts = starts
        self.count = total
    }

    /// The rank of `document`, or `nil` if it is not a member.
    /// - Complexity: O(1).
    func rank(of document: Int32) -> Int? {
        let word = set.words[Int(document) >> 6]
        let bit: UInt64 = 1 << UInt64(document & 63)
        guard word & bit != 0 else { return nil }
        return Int(wordStarts[Int(document) >> 6]) + (word & (bit - 1)).nonzeroBitCount
    }
}
