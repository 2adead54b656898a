import Foundation
import FullTextSearch
import Testing

/// A decoded schema is checked like one built with the initialiser.
@Suite struct IndexSchemaTests {
    @Test("a valid schema survives a JSON round trip")
    func roundTrip() throws {
        let schema = try IndexSchema(
            textFields: [.init(name: "title", weight: 3), .init(name: "body")],
            keywordFields: ["audience"],
            snippetField: "body",
            titleField: "title"
        )
        let decoded = try JSONDecoder().decode(IndexSchema.self, from: JSONEncoder().encode(schema))
        #expect(decoded == schema)
    }

    @Test(
        "an inconsistent schema does not decode, and the error names the problem",
        arguments: [
            (#"{"textFields": [], "keywordFields": [], "snippetField": "body"}"#, SchemaError.noTextFields),
            (
                #"{"textFields": [{"name": "body", "weight": 1}], "keywordFields": ["body"], "snippetField": "body"}"#,
                SchemaError.duplicateField("body")
            ),
            (
                #"{"textFields": [{"name": "body", "weight": -1}], "keywordFields": [], "snippetField": "body"}"#,
                SchemaError.invalidWeight(field: "body", weight: -1)
            ),
            (
                #"{"textFields": [{"name": "body", "weight": 1}], "keywordFields": [], "snippetField": "text"}"#,
                SchemaError.notATextField("text", textFields: ["body"])
            ),
            (
                #"{"textFields": [{"name": "body", "weight": 1}], "keywordFields": [], "snippetField": "body", "#
                    + #""titleField": "title"}"#,
                SchemaError.notATextField("title", textFields: ["body"])
            ),
        ]
    )
    func rejectsInconsistentSchema(_ json: String, expected: SchemaError) {
        do {
            _ = try JSONDecoder().decode(IndexSchema.self, from: Data(json.utf8))
            Issue.record("decoded an inconsistent schema: \(json)")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.underlyingError as? SchemaError == expected)
            #expect(context.debugDescription == expected.description)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
