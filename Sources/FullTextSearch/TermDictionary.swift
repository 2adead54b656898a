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
    let surfaces: StringTable
    /// Per surface form, its term number.
    let terms: [Int32]
    /// Per surface form, how often it occurs.
    let counts: [Int32]
    /// What typo tolerance looks at, made on the first fuzzy match (most queries have no typo).
    private let typoTables: MadeOnFirstUse<TypoTables>

    /// The surface forms in the forms edit distances need.
    private struct TypoTables: Sendable {
        /// The surface forms as Unicode scalar values, parallel to ``TermDictionary/surfaces``.
        let scalars: [[UInt32]]
        /// Surface length in scalars to entry indices.
        let entriesByLength: [Int: [Int]]
        /// Per entry, the set of its scalars hashed into 64 bits, to skip hopeless edit-distance computations.
        let signatures: [UInt64]

        init(surfaces: StringTable) {
            let scalars = surfaces.map { $0.unicodeScalars.map(\.value) }
            self.scalars = scalars
            entriesByLength = Dictionary(grouping: scalars.indices) { scalars[$0].count }
            signatures = scalars.map(TermDictionary.signature)
        }
    }

    /// Creates the dictionary from distinct surface forms, in any order.
    init(entries unsorted: [Entry]) {
        let entries = unsorted.sorted { $0.surface.utf8.lexicographicallyPrecedes($1.surface.utf8) }
        self.init(
            surfaces: StringTable(entries.map(\.surface)),
            terms: entries.map(\.term),
            counts: entries.map { Int32(clamping: $0.count) }
        )
    }

    /// Creates the dictionary from parallel tables, the surface forms distinct and sorted by UTF-8 bytes (what a
    /// decoder checks).
    init(surfaces: StringTable, terms: [Int32], counts: [Int32]) {
        self.surfaces = surfaces
        self.terms = terms
        self.counts = counts
        typoTables = MadeOnFirstUse { TypoTables(surfaces: surfaces) }
    }

    /// The surface form at `index` with its term and count.
    func entry(_ index: Int) -> Entry {
        Entry(surface: surfaces[index], term: terms[index], count: Int(counts[index]))
    }

    /// The scalars of a word as a 64-bit set. Each edit adds at most one member and removes at most one, so
    /// two words within *d* edits differ by at most *d* members each way (hash collisions only shrink that).
    fileprivate static func signature(_ scalars: [UInt32]) -> UInt64 {
        scalars.reduce(0) { $0 | (1 << UInt64($1 % 64)) }
    }

    /// Whether `bits` has at most `count` bits set: clearing the lowest set bit `count` times leaves nothing.
    /// (The bound is small, so this takes fewer instructions than counting every bit.)
    private static func hasAtMost(_ count: Int, bitsIn bits: UInt64) -> Bool {
        var rest = bits
        for _ in 0..<count where rest != 0 { rest &= rest - 1 }
        return rest == 0
    }

    /// The indices of the entries starting with `prefix`.
    /// - Complexity: O(log *n* + *p*) where *p* is the length of `prefix`.
    func range(withPrefix prefix: String) -> Range<Int> {
        let key = Array(prefix.utf8)
        let lower = surfaces.indices.partitioningIndex { surfaces.compare($0, with: key) >= 0 }
        let upper = surfaces.indices.partitioningIndex {
            surfaces.compare($0, with: key) > 0 && !surfaces.utf8(at: $0).starts(with: key)
        }
        return lower..<max(lower, upper)
    }

    /// The distinct terms of the surface forms starting with `prefix`, at most `limit`, in surface order,
    /// each with its most frequent matching surface form.
    /// - Complexity: O(log *n* + *k*) where *k* is the number of matching surface forms.
    func terms(withPrefix prefix: String, limit: Int) -> [Entry] {
        var best: [Int32: Int] = [:]
        var order: [Int32] = []
        for index in range(withPrefix: prefix) {
            let term = terms[index]
            if let known = best[term] {
                if counts[index] > counts[known] { best[term] = index }
            } else {
                guard order.count < limit else { continue }
                best[term] = index
                order.append(term)
            }
        }
        return order.compactMap { best[$0].map(entry) }
    }

    /// The surface forms within `maximumDistance` edits of `word`, closest first, then most frequent.
    /// - Complexity: O(*c* × *m*²) where *c* is the number of surface forms of a near length and
    ///   *m* the length of `word`.
    func fuzzyMatches(of word: String, maximumDistance: Int, limit: Int) -> [(entry: Entry, distance: Int)] {
        guard maximumDistance > 0, limit > 0 else { return [] }
        let target = word.unicodeScalars.map(\.value)
        let targetSignature = Self.signature(target)
        let tables = typoTables.value
        var calculator = BoundedEditDistance()
        var matches: [(entry: Entry, distance: Int)] = []
        for length in (target.count - maximumDistance)...(target.count + maximumDistance) {
            for index in tables.entriesByLength[length] ?? [] {
                let signature = tables.signatures[index]
                guard Self.hasAtMost(maximumDistance, bitsIn: signature & ~targetSignature),
                    Self.hasAtMost(maximumDistance, bitsIn: targetSignature & ~signature)
                else { continue }
                if let distance = calculator.distance(target, tables.scalars[index], bound: maximumDistance),
                    distance > 0
                {
                    matches.append((entry(index), distance))
                }
            }
        }
        matches.sort {
            ($0.distance, -$0.entry.count, $0.entry.surface) < ($1.distance, -$1.entry.count, $1.entry.surface)
        }
        var seenTerms = Set<Int32>()
        return Array(matches.filter { seenTerms.insert($0.entry.term).inserted }.prefix(limit))
    }
}
