import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Testing

/// One JSON truth: `Codable` reads and writes exactly what `cop export` and `cop search --json` print.
@Suite struct JSONContractTests {
    let guidelines: KnowledgeBase

    init() throws {
        guidelines = try KnowledgeBase.bundled()
    }

    /// `text` parsed as a JSON value, for comparing documents whatever their key order and spacing.
    static func parsed(_ data: Data) throws -> NSObject {
        try #require(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? NSObject)
    }

    @Test("decoding the export gives back every record, and encoding a record gives its export element")
    func recordsBothWays() throws {
        let records = guidelines.records
        let export = Data(Record.export(records, as: .json).utf8)
        #expect(try JSONDecoder().decode([Record].self, from: export) == records)
        #expect(try Self.parsed(JSONEncoder().encode(records)) == Self.parsed(export))
    }

    @Test("an adapted knowledge base's records (services, laws, amended and withdrawn records) round-trip too")
    func adaptedRecordsBothWays() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/Adaptations")
        let adapted = try guidelines.adapted(by: [try Adaptation(contentsOf: examples.appendingPathComponent("au"))])
        let records = adapted.records
        #expect(
            records.contains { $0.kind == .service && $0.provenance != nil } && records.contains { $0.layer == "au" })
        let export = Data(Record.export(records, as: .json).utf8)
        #expect(try JSONDecoder().decode([Record].self, from: export) == records)
        #expect(try Self.parsed(JSONEncoder().encode(records)) == Self.parsed(export))
    }

    @Test("a record's JSON has the export's keys: location as source with file, line and column; provenance as text")
    func recordShape() throws {
        let record = try #require(guidelines.record(id: "pe-game-shared-room"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "id", "kind", "audience", "title", "text", "aliases", "risks", "topics", "ageBands", "readers",
                "questions", "confidence", "provenance", "layer", "source",
            ])
        #expect(object["provenance"] as? String == record.provenance?.source)
        #expect(object["confidence"] as? String == record.confidence?.rawValue)
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["file"] as? String == record.location.file)
        #expect(source["line"] as? Int == record.location.line)
        #expect(source["column"] as? Int == record.location.column)
        let risk = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(guidelines.record(id: "grooming")))
                as? [String: Any])
        #expect(risk["audience"] is NSNull && risk["confidence"] is NSNull && risk["provenance"] is NSNull)
    }

    @Test("a record with a confidence but no provenance text does not decode")
    func halfProvenanceIsRejected() throws {
        let record = try #require(guidelines.record(id: "pe-game-shared-room"))
        var object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? [String: Any])
        object["provenance"] = NSNull()
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Record.self, from: data) }
    }

    @Test(
        "search results survive a JSON round trip, and Codable writes what json() prints",
        arguments: [
            GuidelineQuery("bullying", audiences: [.parentsEducators], limit: 3, semantic: false),
            GuidelineQuery("\"unclosed quote grooming", limit: 2, explain: true, semantic: false),
            GuidelineQuery("someone is threatening to share my nudes unless I pay", limit: 2, semantic: false),
            GuidelineQuery("my 7 year old plays online games", limit: 2, semantic: false, infersAsker: true),
            GuidelineQuery("grooming", limit: 1, semantic: false, infersAsker: false),
        ]
    )
    func searchResultsBothWays(_ query: GuidelineQuery) throws {
        let results = guidelines.search(query)
        let printed = Data(results.json().utf8)
        let decoded = try JSONDecoder().decode(GuidelineSearchResults.self, from: printed)
        #expect(decoded == results)
        #expect(try Self.parsed(JSONEncoder().encode(results)) == Self.parsed(printed))
    }

    @Test("the searches above exercise notes, explanations, urgent help and the asker")
    func searchCasesCoverTheShape() {
        #expect(!guidelines.search(GuidelineQuery("\"unclosed quote grooming", semantic: false)).notes.isEmpty)
        #expect(
            guidelines.search(GuidelineQuery("grooming", limit: 1, explain: true, semantic: false)).hits.first?
                .explanation != nil)
        #expect(
            guidelines.search(GuidelineQuery("someone is threatening to share my nudes unless I pay", semantic: false))
                .urgentHelp != nil)
        #expect(guidelines.search(GuidelineQuery("my 7 year old plays online games", semantic: false)).asker?.age == 7)
    }

    @Test("a hit carries its record's provenance and location, with no second lookup")
    func hitsCarryProvenance() throws {
        let hit = try #require(
            guidelines.search(GuidelineQuery("grooming", audiences: [.parentsEducators], limit: 1, semantic: false))
                .hits.first)
        let record = try #require(guidelines.record(id: hit.record.id))
        #expect(hit.provenance == record.provenance)
        #expect(hit.provenance != nil)
        #expect(hit.record.location == record.location)
    }
}
