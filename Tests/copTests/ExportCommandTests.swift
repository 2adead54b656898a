import ChildOnlineProtection
import Foundation
import Testing

@Suite struct ExportCommandTests {
    @Test("cop export --format json prints every record in the contract shape")
    func exportJSON() throws {
        let output = try CommandRunner.run(["export", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == (try KnowledgeBase.bundled().records.count))
        for record in array {
            #expect(
                Set(record.keys).isSuperset(of: [
                    "id", "kind", "audience", "title", "text", "risks", "topics", "ageBands", "source",
                ]))
            #expect(record["score"] == nil && record["snippet"] == nil)
        }
        #expect(array.filter { $0["kind"] as? String == "harm" }.allSatisfy { $0["audience"] is NSNull })
    }

    @Test("cop export --format csv has a header and one row per record")
    func exportCSV() throws {
        let output = try CommandRunner.run(["export", "--format", "csv"])
        #expect(output.status == 0)
        #expect(
            output.stdout.hasPrefix(
                """
                id,kind,audience,title,text,risks,topics,ageBands,file,line,questions,confidence,provenance,readers,\
                layer\n
                """
            ))
        #expect(output.stdout.contains("\ngrooming,risk,,Online grooming,"))
    }

    @Test("cop checklist industry --feature prints a Markdown task list")
    func checklistMarkdown() throws {
        let output = try CommandRunner.run(["checklist", "industry", "--feature", "user-generated-content"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first == "# Checklist: Guidelines for industry")
        #expect(lines.contains("## Hosting user-generated content and connecting users"))
        let base = try KnowledgeBase.bundled()
        #expect(
            lines.filter { $0.hasPrefix("- [ ] ") }.count == base.items(of: "checklist-user-generated-content").count)
    }

    @Test("cop checklist accepts the full checklist ID and renders CSV and JSON")
    func checklistFormats() throws {
        let csv = try CommandRunner.run([
            "checklist", "policy-makers", "--feature", "checklist-national", "--format", "csv",
        ])
        #expect(csv.stdout.hasPrefix("checklist,checklistTitle,id,"))
        #expect(csv.stdout.contains("\nchecklist-national,National checklist,"))
        let json = try CommandRunner.run(["checklist", "industry", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["checklists"] as? [Any])?.count == 4)
    }

    @Test("cop coverage --format csv has a header and 20 risk lines")
    func coverageCSV() throws {
        let output = try CommandRunner.run(["coverage", "--format", "csv"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 21)
        #expect(lines.first == "risk,category,children,parents-educators,industry,policy-makers,total")
        #expect(lines.dropFirst().map { String($0.split(separator: ",")[0]) } == RiskID.allCases.map(\.rawValue))
    }

    @Test("cop coverage prints an aligned table with totals, and JSON")
    func coverageTableAndJSON() throws {
        let table = try CommandRunner.run(["coverage"])
        #expect(table.stdout.hasPrefix("risk "))
        #expect(table.stdout.split(separator: "\n").last?.hasPrefix("total ") == true)
        let json = try CommandRunner.run(["coverage", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["audiences"] as? [String] == Audience.allCases.map(\.rawValue))
    }
}
