import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Testing

/// The question coverage and the confidence shares, counted over `Fixtures/questions`: parents and
/// educators have 2 records (5 questions; one `high`, one `general-practice`), industry 1 (2 questions,
/// `general-practice`), the other audiences none.
@Suite struct CoverageReportTests {
    let base: KnowledgeBase

    init() throws {
        base = try KnowledgeBase(contentsOf: FixtureTests.fixtures.appendingPathComponent("questions"))
    }

    @Test("questions are counted per audience, per risk and per topic")
    func questionCounts() throws {
        let coverage = QuestionCoverage(base)
        #expect(coverage.perAudience.map(\.questions) == [0, 5, 2, 0])
        #expect(coverage.perAudience.map(\.records) == [0, 2, 1, 0])
        #expect(coverage.perAudience.map(\.recordsWithoutQuestions) == [0, 0, 0, 0])
        #expect(coverage.risks.map(\.id) == RiskID.allCases.map(\.rawValue))
        #expect(coverage.risks.first { $0.id == "grooming" }?.counts == [0, 3, 2, 0])
        #expect(coverage.risks.filter { $0.id != "grooming" }.allSatisfy { $0.total == 0 })
        #expect(coverage.topics.map(\.id) == ["gaming"])
        #expect(coverage.topics.first?.counts == [0, 5, 2, 0])
        #expect(coverage.gaps(for: .industry).count == 19)
        #expect(coverage.gaps(for: .children).count == 21)
    }

    @Test("question coverage renders as CSV with scopes, JSON, an aligned table and Markdown")
    func questionRendering() throws {
        let coverage = QuestionCoverage(base)
        let csv = coverage.rendered(as: .csv).split(separator: "\n").map(String.init)
        #expect(csv.count == 1 + 3 + 20 + 1)
        #expect(
            Array(csv.prefix(4)) == [
                "scope,id,children,parents-educators,industry,policy-makers,total",
                "all,records,0,2,1,0,3", "all,records-without-questions,0,0,0,0,0", "all,questions,0,5,2,0,7",
            ])
        #expect(csv.contains("risk,grooming,0,3,2,0,5"))
        #expect(csv.last == "topic,gaming,0,5,2,0,7")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(coverage.rendered(as: .json).utf8)) as? [String: Any])
        let perAudience = try #require(json["perAudience"] as? [[String: Any]])
        #expect(perAudience.compactMap { $0["questions"] as? Int } == [0, 5, 2, 0])
        #expect((json["topics"] as? [[String: Any]])?.first?["total"] as? Int == 7)
        #expect((json["risks"] as? [Any])?.count == 20)
        let table = coverage.rendered(as: .table)
        #expect(
            table.hasPrefix(
                """
                Questions per audience\ncount                      children  parents-educators  industry  \
                policy-makers  total\nrecords                           0                  2         1              0  \
                    3\n
                """
            ))
        #expect(
            table.hasSuffix(
                """
                Questions per topic\ntopic   children  parents-educators  industry  policy-makers  total\n\
                gaming         0                  5         2              0      7\n\
                total          0                  5         2              0      7\n
                """
            ))
        #expect(
            coverage.rendered(as: .markdown).contains(
                """
                **Questions per topic**\n\n| topic | children | parents-educators | industry | policy-makers | total \
                |\n| --- | ---: | ---: | ---: | ---: | ---: |\n| gaming | 0 | 5 | 2 | 0 | 7 |\n
                """
            ))
    }

    @Test("confidence shares count each audience's records by their own confidence")
    func confidenceCounts() {
        let shares = ConfidenceShares(base)
        #expect(shares.levels == [.high, .medium, .low, .generalPractice])
        #expect(shares.rows.map(\.audience) == Audience.allCases)
        #expect(shares.rows.map(\.counts) == [[0, 0, 0, 0], [1, 0, 0, 1], [0, 0, 0, 1], [0, 0, 0, 0]])
        #expect(shares.total.counts == [1, 0, 0, 2])
        #expect(shares.total.share(of: .generalPractice) == 2.0 / 3.0)
        #expect(shares.rows[0].share(of: .high) == 0)
    }

    @Test("confidence shares render as the README's Markdown table, an aligned table, CSV and JSON")
    func confidenceRendering() throws {
        let shares = ConfidenceShares(base)
        #expect(
            shares.rendered(as: .markdown) == """
                | audience | records | high | medium | low | general-practice |
                | --- | ---: | ---: | ---: | ---: | ---: |
                | children | 0 | 0 (0%) | 0 (0%) | 0 (0%) | 0 (0%) |
                | parents-educators | 2 | 1 (50%) | 0 (0%) | 0 (0%) | 1 (50%) |
                | industry | 1 | 0 (0%) | 0 (0%) | 0 (0%) | 1 (100%) |
                | policy-makers | 0 | 0 (0%) | 0 (0%) | 0 (0%) | 0 (0%) |
                | all | 3 | 1 (33%) | 0 (0%) | 0 (0%) | 2 (67%) |

                """)
        #expect(
            shares.rendered(as: .table).split(separator: "\n").last
                == "all                      3  1 (33%)  0 (0%)  0 (0%)           2 (67%)")
        let csv = shares.rendered(as: .csv).split(separator: "\n").map(String.init)
        #expect(
            csv.first
                == """
                audience,records,high,high-share,medium,medium-share,low,low-share,general-practice,general-\
                practice-share
                """
        )
        #expect(csv.last == "all,3,1,0.333,0,0.000,0,0.000,2,0.667")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(shares.rendered(as: .json).utf8)) as? [String: Any])
        #expect(json["levels"] as? [String] == ["high", "medium", "low", "general-practice"])
        let all = try #require(json["all"] as? [String: Any])
        #expect(all["records"] as? Int == 3)
        #expect((all["counts"] as? [String: Int])?["general-practice"] == 2)
    }
}
