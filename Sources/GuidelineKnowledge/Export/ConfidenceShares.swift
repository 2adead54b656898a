/// How many recommendations and checklist items of each audience sit at each confidence level: the
/// figures the README states, counted by the code so they cannot go stale.
///
/// ```swift
/// let shares = ConfidenceShares(try KnowledgeBase.bundled())
/// shares.total.share(of: .high) // e.g. 0.31
/// print(shares.rendered(as: .markdown))
/// ```
public struct ConfidenceShares: Sendable, Hashable {
    /// The counts of one audience, or of all together.
    public struct Row: Sendable, Hashable {
        /// The guideline set, or `nil` for the row of all audiences.
        public let audience: Audience?
        /// Records per level, in the order of ``ConfidenceShares/levels``.
        public let counts: [Int]

        /// The recommendations and checklist items counted.
        public var records: Int { counts.reduce(0, +) }

        /// The records at `level`.
        public func count(of level: Provenance.Confidence) -> Int {
            Provenance.Confidence.allCases.firstIndex(of: level).map { counts[$0] } ?? 0
        }

        /// The fraction (0 to 1) of the records at `level`; 0 when there are none.
        public func share(of level: Provenance.Confidence) -> Double {
            records == 0 ? 0 : Double(count(of: level)) / Double(records)
        }
    }

    /// The columns: every level, from `high` to `general-practice`.
    public let levels: [Provenance.Confidence]
    /// One row per audience, in declaration order.
    public let rows: [Row]
    /// All audiences together.
    public let total: Row

    /// Counts the recommendations and checklist items of `base` by their own confidence.
    /// - Complexity: O(n) in the number of recommendations.
    public init(_ base: KnowledgeBase) {
        let levels = Provenance.Confidence.allCases
        self.levels = levels
        let rows = Audience.allCases.map { audience in
            let records = base.recommendations(for: audience)
            return Row(
                audience: audience, counts: levels.map { level in records.count { $0.provenance.confidence == level } })
        }
        self.rows = rows
        total = Row(audience: nil, counts: levels.indices.map { column in rows.reduce(0) { $0 + $1.counts[column] } })
    }
}
