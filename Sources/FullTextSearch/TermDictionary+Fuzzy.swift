extension TermDictionary {
    /// The surface forms within `maximumDistance` edits (optimal string alignment: insertions, deletions,
    /// substitutions and adjacent transpositions) of `word`, closest first, then most frequent.
    ///
    /// The sorted surface forms are walked as a trie: forms sharing a prefix with the previous one reuse its
    /// rows of the edit-distance table, and as soon as every cell of a row exceeds the bound, no form with
    /// that prefix can come within it, so the whole run of forms sharing the prefix is skipped with a binary
    /// search. Candidates therefore cost what the prefixes near `word` cost, not a pass over the dictionary.
    /// - Complexity: O(*p* × *m*) for *p* trie prefixes within the bound of a prefix of `word`, of *m* scalars,
    ///   plus O(log *n*) per skipped run of the *n* surface forms.
    func fuzzyMatches(of word: String, maximumDistance: Int, limit: Int) -> [(entry: Entry, distance: Int)] {
        guard maximumDistance > 0, limit > 0 else { return [] }
        var table = PrefixDistanceTable(target: word.unicodeScalars.map(\.value), bound: maximumDistance)
        var matches: [(entry: Entry, distance: Int)] = []
        var previous: [UInt32] = []
        // Rows 0 ... `validDepth` of the table describe prefixes of `previous`.
        var validDepth = 0
        var index = 0
        while index < scalars.count {
            let form = scalars[index]
            var depth = min(validDepth, Self.commonPrefixLength(previous, form))
            var prunedDepth: Int?
            while depth < form.count {
                depth += 1
                guard table.extend(depth: depth, with: form[depth - 1], after: depth > 1 ? form[depth - 2] : nil) else {
                    prunedDepth = depth
                    break
                }
            }
            previous = form
            if let prunedDepth {
                validDepth = prunedDepth - 1
                index = endOfRun(sharing: form[..<prunedDepth], from: index)
            } else {
                validDepth = form.count
                if let distance = table.distance(depth: form.count) { matches.append((entries[index], distance)) }
                index += 1
            }
        }
        matches.sort {
            ($0.distance, -$0.entry.count, $0.entry.surface) < ($1.distance, -$1.entry.count, $1.entry.surface)
        }
        var seenTerms = Set<Int32>()
        return Array(matches.filter { seenTerms.insert($0.entry.term).inserted }.prefix(limit))
    }

    /// The number of leading scalars `a` and `b` share.
    private static func commonPrefixLength(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var length = 0
        while length < a.count, length < b.count, a[length] == b[length] { length += 1 }
        return length
    }

    /// The index after the last surface form starting with `prefix`, given that the form at `start` does
    /// (sorted forms with a common prefix are contiguous).
    /// - Complexity: O(log *n*).
    private func endOfRun(sharing prefix: ArraySlice<UInt32>, from start: Int) -> Int {
        var low = start + 1
        var high = scalars.count
        while low < high {
            let middle = low + (high - low) / 2
            if scalars[middle].starts(with: prefix) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// The rows of an optimal-string-alignment table between prefixes of trie paths (rows) and a target word
/// (columns), one row per depth, kept in one flat buffer so that a path's rows are reused by the next path
/// sharing its prefix.
private struct PrefixDistanceTable {
    let target: [UInt32]
    let bound: Int
    private let width: Int
    private var cells: [Int]

    init(target: [UInt32], bound: Int) {
        self.target = target
        self.bound = bound
        width = target.count + 1
        // A row deeper than `target.count + bound` is entirely above the bound, so no path goes deeper.
        cells = Array(repeating: 0, count: (target.count + bound + 2) * width)
        for column in 0..<width { cells[column] = column }
    }

    /// Computes the row at `depth` (≥ 1) for a path whose scalar at that depth is `scalar`, preceded by
    /// `before`. Returns `false` when every cell exceeds the bound (then no longer path can come within it).
    mutating func extend(depth: Int, with scalar: UInt32, after before: UInt32?) -> Bool {
        guard (depth + 1) * width <= cells.count else { return false }
        let row = depth * width
        let up = row - width
        cells[row] = depth
        var minimum = depth
        for column in 1..<width {
            let cost = scalar == target[column - 1] ? 0 : 1
            var value = min(cells[up + column] + 1, cells[row + column - 1] + 1, cells[up + column - 1] + cost)
            if let before, column > 1, scalar == target[column - 2], before == target[column - 1] {
                value = min(value, cells[up - width + column - 2] + 1)
            }
            cells[row + column] = value
            minimum = min(minimum, value)
        }
        return minimum <= bound
    }

    /// The distance between the path of `depth` scalars and the whole target, if within the bound and not 0.
    func distance(depth: Int) -> Int? {
        let value = cells[depth * width + width - 1]
        return value > 0 && value <= bound ? value : nil
    }
}
