import ChildOnlineProtection
import Foundation
import Testing

/// Retrieval quality on the development sample of real questions (`shared/eval/dev-questions.tsv`, with a
/// copy under `Fixtures/` so the test runs from a clean clone). A hit is relevant when it belongs to the
/// question's audience and links the expected risk or topic.
@Suite struct RetrievalQualityTests {
    static func questions() throws -> [DevQuestion] {
        try DevQuestion.load(from: FixtureTests.fixtures.appendingPathComponent("dev-questions.tsv"))
    }

    @Test("at least 90% of the development questions have a relevant hit in the top 5 for their audience")
    func recallAtFive() throws {
        let base = try KnowledgeBase.bundled()
        let questions = try Self.questions()
        #expect(questions.count >= 16)
        var found = 0
        var reciprocalRanks = 0.0
        var misses: [String] = []
        for question in questions {
            let hits = base.search(question.text, audiences: [question.audience], limit: 5).hits
            if let rank = hits.firstIndex(where: { question.isRelevant($0.record) }) {
                found += 1
                reciprocalRanks += 1.0 / Double(rank + 1)
            } else {
                misses.append(
                    "\(question.audience.rawValue) \(question.expected): \(question.text) -> \(hits.map(\.record.id))")
            }
        }
        let recall = Double(found) / Double(questions.count)
        let mrr = reciprocalRanks / Double(questions.count)
        print("Recall@5 = \(recall), MRR = \(mrr) over \(questions.count) questions")
        #expect(recall >= 0.9, "Recall@5 \(recall); misses:\n\(misses.joined(separator: "\n"))")
    }
}
