import ChildOnlineProtection
import Foundation
import Testing

/// `cop show`, `search`, `export` and `coverage` on questions and confidence, over the small fixture folder
/// `Fixtures/questions` (so the expected output is exact and does not move with the bundled content).
@Suite struct QuestionsAndConfidenceCommandTests {
    static let folder = "Tests/ChildOnlineProtectionTests/Fixtures/questions"

    static func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments + ["--content", folder])
    }

    static func json(_ output: CommandRunner.Output) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    @Test("cop show prints the questions a record answers, its own provenance and its confidence")
    func show() throws {
        let output = try Self.run(["show", "pe-games-ask"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "Answers questions like:"))
        #expect(
            Array(lines[start...].prefix(5)) == [
                "Answers questions like:",
                "  - My son chats to strangers in his game, should I worry?",
                "  - How do I ask about online friends without a row?",
                "  - What if my daughter's gaming friend is an adult?",
                "",
            ])
        #expect(
            lines.contains(
                """
                Provenance: General good practice (child-safety organisations' common advice); not in the 2020 text as \
                far as we know
                """
            ))
        #expect(lines.contains("Confidence: general-practice"))
    }

    @Test("cop show of a record that says 'Source: section' shows the section's source and confidence")
    func showInherited() throws {
        let output = try Self.run(["show", "pe-games-play-first"])
        #expect(
            output.stdout.contains(
                "\nProvenance: The 2020 guidelines for parents and educators, on games\nConfidence: high\n"))
        #expect(output.stdout.contains("\nAges:       under-9, 9-12\n"))
    }

    @Test("search hits show their confidence as a tag; risks, harms, topics and terms show none")
    func searchText() throws {
        let output = try Self.run(["search", "game"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(
            output.stdout.contains(
                """
                recommendation · parents-educators · pe-games-play-first · \
                confidence: high\n
                """))
        #expect(
            output.stdout.contains(
                """
                recommendation · parents-educators · pe-games-ask · confidence: \
                general-practice\n
                """)
        )
        #expect(output.stdout.contains("topic · gaming\n"))
    }

    @Test("search JSON has confidence on every result, null where the record has none, plus questions and provenance")
    func searchJSON() throws {
        let object = try #require(
            try Self.json(Self.run(["search", "--json", "--limit", "50", "game", "OR", "grooming"])) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        let byID = Dictionary(
            uniqueKeysWithValues: results.compactMap { result in (result["id"] as? String).map { ($0, result) } })
        #expect(
            results.allSatisfy {
                $0.keys.contains("confidence") && $0.keys.contains("questions") && $0.keys.contains("provenance")
            })
        #expect(byID["pe-games-play-first"]?["confidence"] as? String == "high")
        #expect(byID["pe-games-ask"]?["confidence"] as? String == "general-practice")
        #expect(byID["in-chat"]?["confidence"] as? String == "general-practice")
        #expect(byID["grooming"]?["confidence"] is NSNull)
        #expect(byID["grooming"]?["provenance"] is NSNull)
        #expect(
            byID["pe-games-ask"]?["questions"] as? [String] == [
                "My son chats to strangers in his game, should I worry?",
                "How do I ask about online friends without a row?",
                "What if my daughter's gaming friend is an adult?",
            ])
        #expect(
            byID["pe-games-play-first"]?["provenance"] as? String
                == "The 2020 guidelines for parents and educators, on games")
    }

    @Test("cop search --confidence keeps only records of the given levels (repeatable)")
    func searchFilter() throws {
        func ids(_ arguments: [String]) throws -> Set<String> {
            let object = try #require(
                try Self.json(Self.run(["search", "--lexical", "--json", "--limit", "50"] + arguments))
                    as? [String: Any])
            return Set((object["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        }
        #expect(try ids(["--confidence", "high", "game"]) == ["pe-games", "pe-games-play-first"])
        #expect(
            try ids(["--confidence", "general-practice", "--kind", "recommendation", "game"]) == [
                "pe-games-ask", "in-chat-off-by-default",
            ])
        #expect(
            try ids(["--confidence", "high", "--confidence", "general-practice", "--kind", "recommendation", "game"])
                == ["pe-games-play-first", "pe-games-ask", "in-chat-off-by-default"])
        #expect(try ids(["--confidence", "low", "game"]).isEmpty)
        #expect(try ids(["confidence:high", "--kind", "recommendation", "game"]) == ["pe-games-play-first"])
        let wrong = try Self.run(["search", "--confidence", "certain", "game"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("certain"))
    }

    @Test("a word found only in a record's questions finds the record")
    func questionsAreSearched() throws {
        let object = try #require(try Self.json(Self.run(["search", "--lexical", "--json", "row"])) as? [String: Any])
        #expect((object["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["pe-games-ask"])
    }

    @Test("cop export carries questions, confidence and provenance in JSON and CSV, and filters by --confidence")
    func export() throws {
        let array = try #require(try Self.json(Self.run(["export", "--confidence", "high"])) as? [[String: Any]])
        #expect(array.compactMap { $0["id"] as? String } == ["pe-games", "pe-games-together", "pe-games-play-first"])
        #expect(
            array.last?["questions"] as? [String] == [
                "Should I try a game before my kid plays it?", "How can I tell if a game is OK for an 8-year-old?",
            ])
        let all = try #require(try Self.json(Self.run(["export"])) as? [[String: Any]])
        #expect(all.count == 10)
        #expect(
            all.filter { $0["confidence"] is NSNull }.compactMap { $0["kind"] as? String }.sorted() == [
                "harm", "risk", "topic",
            ])
        let csv = try Self.run(["export", "--format", "csv", "--confidence", "high"]).stdout.split(separator: "\n").map(
            String.init)
        #expect(
            csv.first
                == """
                id,kind,audience,title,text,risks,topics,ageBands,file,line,questions,confidence,provenance,\
                readers,layer
                """
        )
        #expect(
            csv.last?.hasSuffix(
                """
                ,Should I try a game before my kid plays it? | How can I tell if a game is OK for an \
                8-year-old?,high,\"The 2020 guidelines for parents and educators, on games\",parents,itu-cop-2020
                """
            ) == true)
        #expect(csv.count == 4)
    }

    @Test("cop coverage --questions prints the question counts per audience, risk and topic in every format")
    func coverageQuestions() throws {
        let table = try Self.run(["coverage", "--questions"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("Questions per audience\n"))
        #expect(
            table.stdout.contains(
                "\nquestions                         0                  5         2              0      7\n"))
        #expect(table.stdout.contains("\nQuestions per risk\n") && table.stdout.contains("\nQuestions per topic\n"))
        let csv = try Self.run(["coverage", "--questions", "--format", "csv"]).stdout
        #expect(
            csv.hasPrefix("scope,id,children,parents-educators,industry,policy-makers,total\nall,records,0,2,1,0,3\n"))
        let json = try #require(
            try Self.json(Self.run(["coverage", "--questions", "--format", "json"])) as? [String: Any])
        #expect(json["audiences"] as? [String] == Audience.allCases.map(\.rawValue))
        #expect(
            try Self.run(["coverage", "--questions", "--format", "markdown"]).stdout.hasPrefix(
                "**Questions per audience**\n\n| count | children |"))
    }

    @Test("cop coverage --confidence prints the count and share of records at each level per audience")
    func coverageConfidence() throws {
        let markdown = try Self.run(["coverage", "--confidence", "--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.split(separator: "\n").last == "| all | 3 | 1 (33%) | 0 (0%) | 0 (0%) | 2 (67%) |")
        let table = try Self.run(["coverage", "--confidence"]).stdout.split(separator: "\n")
        #expect(table.first == "audience           records     high  medium     low  general-practice")
        #expect(table.count == 6)
        let csv = try Self.run(["coverage", "--confidence", "--format", "csv"]).stdout
        #expect(csv.contains("\nparents-educators,2,1,0.500,0,0.000,0,0.000,1,0.500\n"))
    }

    @Test("--questions and --confidence together are refused with a message")
    func coverageExclusive() throws {
        let output = try Self.run(["coverage", "--questions", "--confidence"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("--questions and --confidence are separate reports"))
        #expect(output.stdout.isEmpty)
    }
}
