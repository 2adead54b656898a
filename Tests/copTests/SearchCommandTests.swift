import ChildOnlineProtection
import Foundation
import Testing

@Suite struct SearchCommandTests {
    @Test("cop search prints numbered hits with kind, audience, ID and file:line, plain when not a terminal")
    func textOutput() throws {
        let output = try CommandRunner.run([
            "search", "--audience", "parents-educators", "--limit", "2", "my son is being bullied in a group chat",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first?.contains("results for \"my son is being bullied in a group chat\" (showing 1-2)") == true)
        #expect(lines.contains { $0.hasPrefix("1. ") })
        #expect(lines.contains { $0.hasPrefix("2. ") })
        #expect(lines.contains { $0.contains("recommendation · parents-educators · ") })
        #expect(lines.contains { $0.wholeMatch(of: /\s+Content\/en\/parents-educators\/[^:]+\.md:\d+/) != nil })
        #expect(!output.stdout.contains("\u{1B}["), "no colour when stdout is a pipe")
    }

    @Test("cop search --json follows the contract: every key, the right types, audience null for risks")
    func jsonContract() throws {
        let output = try CommandRunner.run(["search", "--json", "--limit", "20", "grooming", "predator"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["query"] as? String == "grooming predator")
        let total = try #require(object["total"] as? Int)
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(total >= results.count && !results.isEmpty)
        let kinds = Set(RecordKind.allCases.map(\.rawValue))
        for result in results {
            for key in [
                "id", "kind", "audience", "title", "text", "risks", "topics", "ageBands", "score", "snippet", "source",
            ] {
                #expect(result.keys.contains(key), "missing \(key) in \(result)")
            }
            #expect(
                result["id"] is String && result["title"] is String && result["text"] is String
                    && result["snippet"] is String)
            let kind = try #require(result["kind"] as? String)
            #expect(kinds.contains(kind))
            if ["risk", "harm", "topic", "term"].contains(kind) {
                #expect(result["audience"] is NSNull, "\(result)")
            } else {
                #expect(Audience(rawValue: result["audience"] as? String ?? "") != nil)
            }
            #expect(result["risks"] is [String] && result["topics"] is [String] && result["ageBands"] is [String])
            #expect(result["score"] is NSNumber)
            let source = try #require(result["source"] as? [String: Any])
            #expect((source["file"] as? String)?.hasPrefix("Content/en/") == true)
            #expect((source["line"] as? Int ?? 0) > 0)
        }
    }

    @Test("risk records carry an explicit null audience in search results")
    func nullAudience() throws {
        let output = try CommandRunner.run(["search", "--json", "--kind", "risk", "grooming"])
        #expect(output.stdout.contains("\"audience\": null"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.first?["id"] as? String == "grooming")
        #expect(results.allSatisfy { $0.keys.contains("audience") && $0["audience"] is NSNull })
    }

    @Test("filters narrow the hits: audience, risk, kind and age band")
    func filters() throws {
        let output = try CommandRunner.run([
            "search", "--json", "--audience", "children", "--risk", "unsafe-contact", "--kind", "recommendation",
            "--age-band", "9-12", "meet",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            #expect(result["audience"] as? String == "children")
            #expect(result["kind"] as? String == "recommendation")
            #expect((result["risks"] as? [String])?.contains("unsafe-contact") == true)
            #expect((result["ageBands"] as? [String])?.contains("9-12") == true)
        }
    }

    @Test("--offset pages through the same ranking")
    func paging() throws {
        let first = try CommandRunner.run(["search", "--json", "--limit", "4", "privacy"])
        let second = try CommandRunner.run(["search", "--json", "--limit", "2", "--offset", "2", "privacy"])
        func ids(_ text: String) throws -> [String] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return (object["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        #expect(try Array(ids(first.stdout).dropFirst(2)) == ids(second.stdout))
    }

    @Test("--explain shows how each hit scored")
    func explain() throws {
        let output = try CommandRunner.run(["search", "--explain", "--limit", "1", "sextortion"])
        #expect(output.status == 0)
        #expect(output.stdout.split(separator: "\n").count > 5)
    }

    @Test("query parser notes go to stderr, results still to stdout")
    func notes() throws {
        let output = try CommandRunner.run(["search", "\"unbalanced quote"])
        #expect(output.status == 0)
        #expect(output.stderr.hasPrefix("note: "))
    }

    /// Odd queries by name (the names keep the test log short).
    static let oddQueries: [String: [String]] = [
        "empty": [""], "quotes": ["\"\"\""], "lone quotes": ["'", "\""], "emoji": ["😀👨‍👩‍👧 🙈"],
        "operators only": ["audience:", "risk:nothing", "-", "OR", "*"],
        "10,000 characters": [String(repeating: "bully ", count: 1667)],
        "control characters": ["\u{0}\u{1B}[31m"], "ligatures and accents": ["ﬁ ÅÄÖ İstanbul"],
    ]

    @Test("odd queries give a result or a clean message, never a crash", arguments: oddQueries.keys.sorted())
    func hostileQueries(name: String) throws {
        let words = Self.oddQueries[name] ?? []
        let text = try CommandRunner.run(["search"] + words)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(!text.stdout.contains("\u{1B}"), "no escape sequences from the query reach the terminal")
        let json = try CommandRunner.run(["search", "--json"] + words)
        #expect(json.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) is [String: Any])
    }
}
