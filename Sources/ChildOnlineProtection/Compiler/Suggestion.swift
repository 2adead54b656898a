/// "Did you mean ...?" for misspelt IDs and values.
enum Suggestion {
    /// The candidate closest to `value` by edit distance, if it is close enough to be a likely typo.
    static func closest(to value: String, in candidates: [String]) -> String? {
        let limit = max(2, value.count / 3)
        return candidates
            .map { ($0, editDistance(Array(value), Array($0))) }
            .filter { $0.1 <= limit }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?
            .0
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
