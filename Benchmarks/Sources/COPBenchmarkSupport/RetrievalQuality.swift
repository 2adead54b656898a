public import ChildOnlineProtection
import Foundation

/// Scores both engines on the development questions (`Tests/ChildOnlineProtectionTests/Fixtures/dev-questions.tsv`):
/// Recall@5 (a relevant hit in the top 5) and MRR over the top 5. A hit is relevant when its audience is
/// the question's and its risks (or topics) include the expected ID. Both engines are filtered to the
/// question's audience.
public enum RetrievalQuality {
    public struct Score: Sendable {
        public let recallAt5: Double
        public let mrr: Double
        public let questions: Int
        public let misses: [String]
    }

    public static let file: URL = ContentCorpus.directory
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/ChildOnlineProtectionTests/Fixtures/dev-questions.tsv")

    /// The development questions (``DevQuestion``, the parser the tests use).
    public static func questions() throws -> [DevQuestion] {
        try DevQuestion.load(from: file)
    }

    /// Scores a ranking function (question -> record IDs, best first).
    public static func score(_ questions: [DevQuestion], base: KnowledgeBase, rank: (DevQuestion) -> [String]) -> Score
    {
        var found = 0
        var reciprocal = 0.0
        var misses: [String] = []
        for question in questions {
            let ids = Array(rank(question).prefix(5))
            if let position = ids.firstIndex(where: { base.record(id: $0).map(question.isRelevant) ?? false }) {
                found += 1
                reciprocal += 1 / Double(position + 1)
            } else {
                misses.append("\(question.audience.rawValue) \(question.expected): \(question.text)")
            }
        }
        let count = max(1, questions.count)
        return Score(
            recallAt5: Double(found) / Double(count), mrr: reciprocal / Double(count), questions: questions.count,
            misses: misses)
    }

    /// Our engine on the questions: hybrid (words and meaning) when `semantic` is true and a model is
    /// installed, words only otherwise.
    public static func ours(_ questions: [DevQuestion], base: KnowledgeBase, semantic: Bool) -> Score {
        score(questions, base: base) { question in
            base.search(GuidelineQuery(question.text, audiences: [question.audience], limit: 5, semantic: semantic))
                .hits.map(\.record.id)
        }
    }

    /// FTS5 (OR of the question's words, `WHERE audience = ...`) on the questions.
    public static func fts5(_ questions: [DevQuestion], base: KnowledgeBase, index: FTS5Index) -> Score {
        score(questions, base: base) { question in
            index.search(
                FTS5Translation.anyOfWords(question.text), filters: [.equals("audience", question.audience.rawValue)],
                limit: 5)
        }
    }
}
