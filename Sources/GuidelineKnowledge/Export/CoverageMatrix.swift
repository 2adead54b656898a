/// How much advice each guideline set gives on each risk: the risk x audience matrix a content
/// maintainer or a regulator reads to find gaps.
///
/// A cell counts the recommendations and checklist items of one audience linked to one risk.
///
/// ```swift
/// let matrix = CoverageMatrix(try KnowledgeBase.bundled())
/// matrix.count(.grooming, .industry) // e.g. 9
/// print(matrix.rendered(as: .table))
/// ```
public struct CoverageMatrix: Sendable, Hashable {
    /// One risk with its counts per audience.
    public struct Row: Sendable, Hashable {
        /// The risk.
        public let risk: RiskID
        /// The risk's title in the content, or its ID when the content does not define it.
        public let title: String
        /// Recommendations and checklist items per audience, in the order of ``CoverageMatrix/audiences``.
        public let counts: [Int]

        /// The sum over all audiences.
        public var total: Int { counts.reduce(0, +) }
    }

    /// The columns: every audience, in declaration order of ``Audience`` (`Audience.allCases`).
    public let audiences: [Audience]
    /// One row per risk of the taxonomy, in taxonomy order (a risk the content lacks has zeros).
    public let rows: [Row]

    /// Counts the recommendations of `base` per risk and audience.
    /// - Complexity: O(r) in the number of recommendation-to-risk links.
    public init(_ base: KnowledgeBase) {
        audiences = Audience.allCases
        rows = RiskID.allCases.map { risk in
            let linked = base.recommendations(addressing: risk)
            return Row(
                risk: risk,
                title: base.risk(risk)?.title ?? risk.rawValue,
                counts: Audience.allCases.map { audience in linked.count { $0.audience == audience } }
            )
        }
    }

    /// The number of recommendations and checklist items of `audience` that address `risk`.
    public func count(_ risk: RiskID, _ audience: Audience) -> Int {
        guard let row = rows.first(where: { $0.risk == risk }), let column = audiences.firstIndex(of: audience) else {
            return 0
        }
        return row.counts[column]
    }

    /// The cells with no advice at all, row by row: where the content has gaps.
    public var gaps: [(risk: RiskID, audience: Audience)] {
        rows.flatMap { row in audiences.indices.filter { row.counts[$0] == 0 }.map { (row.risk, audiences[$0]) } }
    }
}
