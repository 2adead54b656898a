/// How many reader questions the advice answers, per audience, per risk and per topic: where the
/// content lacks the words real askers use.
///
/// Counts the `Questions` of recommendations and checklist items. A record's questions count for each
/// risk and each topic it is linked to.
///
/// ```swift
/// let coverage = QuestionCoverage(try KnowledgeBase.bundled())
/// print(coverage.rendered(as: .table))
/// ```
public struct QuestionCoverage: Sendable, Hashable {
    /// The recommendations and questions of one audience.
    public struct AudienceCount: Sendable, Hashable {
        /// The guideline set.
        public let audience: Audience
        /// Its recommendations and checklist items.
        public let records: Int
        /// How many of them list no questions.
        public let recordsWithoutQuestions: Int
        /// The questions of all of them.
        public let questions: Int
    }

    /// One risk or topic with its question counts per audience.
    public struct Row: Sendable, Hashable {
        /// The risk or topic ID.
        public let id: String
        /// Its title in the content, or its ID when the content does not define it.
        public let title: String
        /// Questions of the records linked to it, per audience, in the order of ``QuestionCoverage/audiences``.
        public let counts: [Int]

        /// The sum over all audiences.
        public var total: Int { counts.reduce(0, +) }
    }

    /// The columns: every audience, in declaration order.
    public let audiences: [Audience]
    /// One entry per audience, in the order of ``audiences``.
    public let perAudience: [AudienceCount]
    /// One row per risk of the taxonomy, in taxonomy order.
    public let risks: [Row]
    /// One row per topic of the content, in content order.
    public let topics: [Row]

    /// Counts the questions of `base`.
    /// - Complexity: O(r) in the number of recommendation-to-risk and recommendation-to-topic links.
    public init(_ base: KnowledgeBase) {
        let audiences = Audience.allCases
        self.audiences = audiences
        perAudience = audiences.map { audience in
            let records = base.recommendations(for: audience)
            return AudienceCount(
                audience: audience, records: records.count,
                recordsWithoutQuestions: records.count { $0.questions.isEmpty },
                questions: Self.questionCount(records)
            )
        }
        risks = RiskID.allCases.map { risk in
            let counts = audiences.map { Self.questionCount(base.recommendations(addressing: risk, for: $0)) }
            return Row(id: risk.rawValue, title: base.risk(risk)?.title ?? risk.rawValue, counts: counts)
        }
        topics = base.topics.map { topic in
            Row(
                id: topic.id, title: topic.title,
                counts: audiences.map { Self.questionCount(base.recommendations(onTopic: topic.id, for: $0)) })
        }
    }

    private static func questionCount(_ records: [Recommendation]) -> Int {
        records.reduce(0) { $0 + $1.questions.count }
    }

    /// The risks and topics that no question of `audience` reaches: where its readers' words are missing.
    public func gaps(for audience: Audience) -> [String] {
        guard let column = audiences.firstIndex(of: audience) else { return [] }
        return (risks + topics).filter { $0.counts[column] == 0 }.map(\.id)
    }
}
