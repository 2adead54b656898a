import ChildOnlineProtection
@testable import GuidelineKnowledge
import Foundation
import Testing

@Suite struct ExportTests {
    let guidelines: KnowledgeBase

    init() throws {
        guidelines = try KnowledgeBase.bundled()
    }

    // MARK: JSON

    @Test("a JSON value escapes quotes, backslashes and control characters and keeps key order")
    func jsonEscaping() throws {
        let value = JSONValue.object([
            ("b", .string("say \"hi\"\\\n\t\u{1}é😀")), ("a", .null), ("n", .number(1.5)), ("i", .integer(3)),
        ])
        let text = value.serialized()
        #expect(text == #"{"b": "say \"hi\"\\\n\t\u0001é😀", "a": null, "n": 1.5, "i": 3}"#)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["b"] as? String == "say \"hi\"\\\n\t\u{1}é😀")
        #expect(parsed["a"] is NSNull)
    }

    @Test("non-finite numbers become null so the output stays valid JSON")
    func nonFiniteNumbers() {
        #expect(JSONValue.array([.number(.infinity), .number(.nan), .number(2)]).serialized() == "[null, null, 2]")
    }

    @Test("expanded levels put each element of a container of containers on its own line")
    func jsonLayout() {
        let value = JSONValue.object([
            ("list", .array([.object([("x", .array([.integer(1)]))])])), ("plain", .array([.integer(1), .integer(2)])),
        ])
        #expect(
            value.serialized(expandedLevels: 2) == "{\n  \"list\": [\n    {\"x\": [1]}\n  ],\n  \"plain\": [1, 2]\n}")
    }

    @Test("exported records have every contract key in order, audience null for risks")
    func recordJSON() throws {
        let text = Record.export(guidelines.records, as: .json)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == guidelines.records.count)
        let risk = try #require(array.first { $0["id"] as? String == "grooming" })
        #expect(risk["audience"] is NSNull)
        #expect(risk["kind"] as? String == "risk")
        #expect(risk["score"] == nil && risk["snippet"] == nil)
        let firstLine = try #require(text.split(separator: "\n").dropFirst().first)
        let keys = [
            "\"id\"", "\"kind\"", "\"audience\"", "\"title\"", "\"text\"", "\"risks\"", "\"topics\"", "\"ageBands\"",
            "\"source\"",
        ]
        let positions = keys.compactMap { firstLine.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }

    @Test("search results JSON has query, total, results with score, snippet and UTF-16 highlights")
    func searchJSON() throws {
        let results = guidelines.search(GuidelineQuery("bullying", audiences: [.parentsEducators], limit: 3))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(results.json().utf8)) as? [String: Any])
        #expect(object["query"] as? String == "bullying")
        #expect(object["total"] as? Int == results.total)
        let hits = try #require(object["results"] as? [[String: Any]])
        #expect(hits.count == 3)
        for (hit, expected) in zip(hits, results.hits) {
            #expect(hit["id"] as? String == expected.record.id)
            #expect(hit["audience"] as? String == "parents-educators")
            #expect(hit["score"] is Double || hit["score"] is Int)
            let snippet = try #require(hit["snippet"] as? String)
            let highlights = try #require(hit["highlights"] as? [[Int]])
            let utf16 = Array(snippet.utf16)
            for pair in highlights {
                let text = String(decoding: utf16[pair[0]..<(pair[0] + pair[1])], as: UTF16.self)
                #expect(text.lowercased().hasPrefix("bull"), "\(text)")
            }
        }
    }

    // MARK: CSV

    @Test("CSV quotes fields with commas, quotes and line breaks, doubling quotes")
    func csvQuoting() {
        let table = CSVTable(header: ["a", "b"], rows: [["plain", "with, comma"], ["say \"hi\"", "two\nlines"]])
        #expect(table.text == "a,b\nplain,\"with, comma\"\n\"say \"\"hi\"\"\",\"two\nlines\"\n")
    }

    @Test("record CSV has a header and the record columns")
    func recordCSV() {
        let csv = Record.export(guidelines.records.prefix(1), as: .csv)
        #expect(
            csv.hasPrefix(
                """
                id,kind,audience,title,text,risks,topics,ageBands,file,line,questions,confidence,provenance,readers,\
                layer\ncsam,risk,,
                """
            ))
        #expect(
            csv.hasSuffix(",Content/en/catalogues/risks.md,\(guidelines.records[0].location.line),,,,,itu-cop-2020\n"))
    }

    // MARK: Coverage

    @Test("the coverage matrix counts recommendations per risk and audience")
    func coverageCounts() {
        let matrix = CoverageMatrix(guidelines)
        #expect(matrix.rows.map(\.risk) == RiskID.allCases)
        #expect(
            matrix.count(.grooming, .parentsEducators)
                == guidelines.recommendations(addressing: .grooming, for: .parentsEducators).count)
        let row = matrix.rows.first { $0.risk == .grooming }
        #expect(row?.total == guidelines.recommendations(addressing: .grooming).count)
        #expect(matrix.gaps.allSatisfy { matrix.count($0.risk, $0.audience) == 0 })
    }

    @Test("coverage renders as a table, 21 CSV lines and JSON")
    func coverageRendering() throws {
        let matrix = CoverageMatrix(guidelines)
        let csv = matrix.rendered(as: .csv).split(separator: "\n")
        #expect(csv.count == 21)
        #expect(csv.first == "risk,category,children,parents-educators,industry,policy-makers,total")
        let table = matrix.rendered(as: .table).split(separator: "\n")
        #expect(table.count == 22)
        #expect(table.last?.hasPrefix("total") == true)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(matrix.rendered(as: .json).utf8)) as? [String: Any])
        #expect((json["risks"] as? [Any])?.count == 20)
    }

    @Test("an empty knowledge base has a coverage matrix of zeros")
    func emptyCoverage() {
        let matrix = CoverageMatrix(KnowledgeBase())
        #expect(matrix.rows.allSatisfy { $0.total == 0 })
        #expect(matrix.gaps.count == RiskID.allCases.count * Audience.allCases.count)
    }

    // MARK: Checklists

    @Test("a feature checklist renders as a Markdown task list under its heading")
    func checklistMarkdown() throws {
        let checklist = try #require(guidelines.checklist(named: "user-generated-content", for: .industry))
        let markdown = ChecklistExport(guidelines, audience: .industry, checklists: [checklist]).rendered(as: .markdown)
        let lines = markdown.split(separator: "\n")
        #expect(lines.first == "# Checklist: Guidelines for industry")
        #expect(lines.contains("## \(checklist.title)"[...]))
        let items = lines.filter { $0.hasPrefix("- [ ] ") }
        #expect(items.count == guidelines.items(of: checklist.id).count)
        #expect(!items.isEmpty)
    }

    @Test("checklists are found by ID or short name, only in the given audience")
    func checklistNames() {
        #expect(guidelines.checklist(named: "checklist-national")?.audience == .policyMakers)
        #expect(guidelines.checklist(named: "National")?.id == "checklist-national")
        #expect(guidelines.checklist(named: "national", for: .industry) == nil)
        #expect(guidelines.checklist(named: "nothing") == nil)
    }

    @Test("a set without checklists is exported chapter by chapter with every recommendation")
    func chapterGroups() {
        let export = ChecklistExport(guidelines, audience: .parentsEducators)
        #expect(export.groups.map(\.id) == guidelines.chapters(of: .parentsEducators).map(\.id))
        #expect(
            export.groups.map(\.items.count).reduce(0, +) == guidelines.recommendations(for: .parentsEducators).count)
    }

    @Test("checklist CSV and JSON carry every item")
    func checklistCSVAndJSON() throws {
        let export = ChecklistExport(guidelines, audience: .policyMakers)
        let itemCount = export.groups.map(\.items.count).reduce(0, +)
        let csv = export.rendered(as: .csv)
        #expect(csv.hasPrefix("checklist,checklistTitle,id,kind,audience,title,"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(export.rendered(as: .json).utf8)) as? [String: Any])
        let checklists = try #require(json["checklists"] as? [[String: Any]])
        #expect(checklists.compactMap { ($0["items"] as? [Any])?.count }.reduce(0, +) == itemCount)
    }

    // MARK: Close IDs

    @Test(
        "close IDs name typos first, then IDs containing the text",
        arguments: [
            ("groomin", "grooming"), ("cyberbulying", "cyberbullying"), ("checklist-natonal", "checklist-national"),
        ])
    func closeIDs(typed: String, expected: String) {
        #expect(guidelines.closeIDs(to: typed).first == expected)
    }

    @Test("close IDs of empty, huge or unrelated input are empty or short, never slow")
    func closeIDsHostile() {
        #expect(guidelines.closeIDs(to: "").isEmpty)
        #expect(guidelines.closeIDs(to: String(repeating: "x", count: 10_000)).isEmpty)
        #expect(guidelines.closeIDs(to: "😀😀😀").isEmpty)
        #expect(guidelines.closeIDs(to: "grooming", limit: 0).isEmpty)
    }
}
