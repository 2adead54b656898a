/// Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions) with a bound,
/// reusing its row buffers across calls. Public so that other modules rank "did you mean" candidates with the
/// same distance the search uses for typos.
public struct BoundedEditDistance: Sendable {
    private var previous2: [Int] = []
    private var previous: [Int] = []
    private var current: [Int] = []

    /// Creates a calculator with empty row buffers.
    public init() {}

    /// The distance between `a` and `b` if it is at most `bound`, otherwise `nil`.
    /// - Complexity: O(*n* × *m*) at worst, stopping as soon as a row exceeds `bound`.
    public mutating func distance(_ a: [UInt32], _ b: [UInt32], bound: Int) -> Int? {
        guard abs(a.count - b.count) <= bound else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        let width = b.count + 1
        Self.reset(&previous2, count: width, identity: false)
        Self.reset(&previous, count: width, identity: true)
        Self.reset(&current, count: width, identity: false)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            // Cells farther than `bound` from the diagonal exceed the bound: only the band is computed.
            let low = max(1, i - bound)
            let high = min(width - 1, i + bound)
            if low > 1 { current[low - 1] = bound + 1 }
            if high < width - 1 { current[high + 1] = bound + 1 }
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > bound { return nil }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        let result = previous[b.count]
        return result <= bound ? result : nil
    }

    /// Sets `row` to `count` cells, `0, 1, 2, …` (`identity`) or zeros, reusing its storage.
    private static func reset(_ row: inout [Int], count: Int, identity: Bool) {
        if row.count != count { row = Array(repeating: 0, count: count) }
        for index in row.indices { row[index] = identity ? index : 0 }
    }
}
