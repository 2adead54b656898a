import ChildOnlineProtection
import Foundation
import Testing

/// Many tasks querying one knowledge base at once get exactly the answers a single thread gets.
@Suite struct ConcurrencyStressTests {
    /// One read-only operation and a summary of its answer that is equal whenever the answer is.
    struct Operation: Sendable {
        let name: String
        let run: @Sendable (KnowledgeBase) -> String
    }

    static func operations() throws -> [Operation] {
        let questions = try DevQuestion.load(from: FixtureTests.fixtures.appendingPathComponent("dev-questions.tsv"))
            .map(\.text)
        let syntax = [
            "\"online grooming\" -adult", "cyber*", "sexting OR nudes", "audience:industry risk:csam report", "groomng",
            "priv* settings", "kind:checklist-item age:13-18", "\"unclosed phrase", "", "a* b* c* de* gr*",
            "🙂 bullying",
        ]
        var operations: [Operation] = []
        for text in questions + syntax {
            operations.append(
                Operation(name: "search \(text)") { base in
                    summary(base.search(text, limit: 5))
                })
            // Ranked by words only: the plain searches above already run the sentence encoder from every task, and
            // encoding is most of a debug build's time.
            operations.append(
                Operation(name: "typed \(text)") { base in
                    summary(
                        base.search(
                            GuidelineQuery(
                                text, audiences: [.parentsEducators, .industry], kinds: [.recommendation], limit: 3,
                                offset: 1, semantic: false)))
                })
            operations.append(
                Operation(name: "suggest \(text)") { base in
                    base.suggestions(prefix: String(text.prefix(6)), limit: 5).joined(separator: "|")
                })
        }
        for risk in RiskID.allCases {
            operations.append(
                Operation(name: "lookup \(risk)") { base in
                    let advice = base.recommendations(addressing: risk).map(\.id)
                    let view = base.crossAudienceView(of: risk).map { "\($0.audience):\($0.recommendations.count)" }
                    let best = base.bestRecommendations(for: risk, limit: 2).flatMap { $0.hits.map(\.record.id) }
                    return
                        (advice + view + best + [
                            base.risk(risk)?.title ?? "-", base.record(id: risk.rawValue)?.title ?? "-",
                        ]).joined(separator: ",")
                })
        }
        // Under a sanitizer, every `StressScale.step`-th: searches, typed searches, suggestions and lookups alike.
        return stride(from: 0, to: operations.count, by: StressScale.step).map { operations[$0] }
    }

    static func summary(_ results: GuidelineSearchResults) -> String {
        let hits = results.hits.map { "\($0.record.id)@\($0.score)[\($0.snippet.text.count)]" }
        return "\(results.total) \(hits.joined(separator: " ")) \(results.notes.map(\.code.rawValue))"
    }

    @Test("several tasks running thousands of mixed queries get the serial answers")
    func mixedQueriesMatchSerialResults() async throws {
        let base = try KnowledgeBase.bundled()
        let operations = try Self.operations()
        let expected = operations.map { $0.run(base) }
        let taskCount = 4
        let passes = 2
        let mismatches = await withTaskGroup(of: [String].self) { group in
            for task in 0..<taskCount {
                group.addTask {
                    var mismatches: [String] = []
                    for pass in 0..<passes {
                        // Each task walks the operations in its own order, so different operations overlap.
                        let stride = (task * passes + pass) % (operations.count - 1) + 1
                        for step in 0..<operations.count {
                            let index = (step * stride + task) % operations.count
                            if operations[index].run(base) != expected[index] {
                                mismatches.append(operations[index].name)
                            }
                        }
                    }
                    return mismatches
                }
            }
            // Compilations in parallel with the queries: the Markdown parser is shared process-wide.
            group.addTask {
                (0..<max(2, 20 / StressScale.step)).compactMap { _ in
                    ContentFixtures.compile().knowledgeBase.recommendations.count == 1 ? nil : "compile"
                }
            }
            var all: [String] = []
            for await found in group { all += found }
            return all
        }
        #expect(operations.count * taskCount * passes >= 1_000 / StressScale.step)
        #expect(mismatches.isEmpty, "\(Set(mismatches).sorted().prefix(10))")
    }

    @Test("the bundled knowledge base is compiled once, even when first asked for from many tasks")
    func bundledOnce() async {
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { (try? KnowledgeBase.bundled().records.count) ?? -1 } }
            return await group.reduce(into: Set<Int>()) { $0.insert($1) }
        }
        #expect(counts.count == 1)
        #expect(!counts.contains(-1))
    }
}
