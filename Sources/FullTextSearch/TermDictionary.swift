/// The folded surface forms of every indexed word, sorted by UTF-8 bytes, each with its term number and
/// how often it occurs: used for prefix expansion, typo tolerance and suggestions.
struct TermDictionary: Sendable {
    /// One surface form.
    struct Entry: Sendable, Hashable {
        var surface: String
        var term: Int32
        var count: Int
    }

    /// The surface forms, sorted by UTF-8 bytes (so a prefix selects a contiguous range).
    let entries: [Entry]
    /// The surface forms as Unicode scalar values, parallel to ``entries``, for edit distances (see
    /// ``fuzzyMatches(of:maximumDistance:limit:)``).
    let scalars: [[UInt32]]

    /// Creates the dictionary from distinct surface forms, in any order.
    init(entries unsorted: [Entry]) {
        let unsortedScalars = unsorted.map { $0.surface.unicodeScalars.map(\.value) }
        // UTF-8 preserves the order of scalar values, so sorting by scalars sorts by UTF-8 bytes.
        let order = unsorted.indices.sorted { unsortedScalars[$0].lexicographicallyPrecedes(unsortedScalars[$1]) }
        self.init(sortedEntries: order.map { unsorted[$0] }, scalars: order.map { unsortedScalars[$0] })
    }

    /// Creates the dictionary from distinct surface forms already sorted by UTF-8 bytes.
    init(sortedEntries entries: [Entry]) {
        self.init(sortedEntries: entries, scalars: entries.map { $0.surface.unicodeScalars.map(\.value) })
    }

    private init(sortedEntries entries: [Entry], scalars: [[UInt32]]) {
        self.entries = entries
        self.scalars = scalars
    }

    /// The indices of the entries starting with `prefix`.
    /// - Complexity: O(log *n* + *p*) where *p* is the length of `prefix`.
    func range(withPrefix prefix: String) -> Range<Int> {
        let key = Array(prefix.utf8)
        let lower = partitionPoint { !$0.surface.utf8.lexicographicallyPrecedes(key) }
        let upper = partitionPoint {
            !$0.surface.utf8.starts(with: key) && !$0.surface.utf8.lexicographicallyPrecedes(key)
        }
        return lower..<max(lower, upper)
    }

    /// The distinct terms of the surface forms starting with `prefix`, at most `limit`, in surface order,
    /// each with its most frequent matching surface form.
    /// - Complexity: O(log *n* + *k*) where *k* is the number of matching surface forms.
    func terms(withPrefix prefix: String, limit: Int) -> [Entry] {
        var best: [Int32: Entry] = [:]
        var order: [Int32] = []
        for entry in entries[range(withPrefix: prefix)] {
            if let known = best[entry.term] {
                if entry.count > known.count { best[entry.term] = entry }
            } else {
                guard order.count < limit else { continue }
                best[entry.term] = entry
                order.append(entry.term)
            }
        }
        return order.compactMap { best[$0] }
    }

    private func partitionPoint(_ isInSecondPart: (Entry) -> Bool) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if isInSecondPart(entries[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
