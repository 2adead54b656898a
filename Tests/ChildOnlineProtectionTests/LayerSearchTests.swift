import ChildOnlineProtection
import Foundation
import Testing

/// Search over an adaptation: its services answer people's questions unfiltered, without pushing the
/// baseline's own answers out.
@Suite struct LayerSearchTests {
    static let question = "where do I report a nude photo of my child"

    @Test func nationalServicesAreInTheTopResultsUnfiltered() throws {
        let merged = try KnowledgeBase.bundled().adapted(by: [try LayerFixtures.example("gb")])
        let top = merged.search(Self.question, limit: 5).hits.map(\.record)
        let services = top.filter { $0.kind == .service }
        #expect(services.contains { $0.id == "gb-iwf" } || services.contains { $0.id == "gb-ceop" }, "\(top.map(\.id))")
        #expect(services.allSatisfy { $0.layer == "gb" })
        let australian = try KnowledgeBase.bundled().adapted(by: [try LayerFixtures.example("au")])
        #expect(australian.search(Self.question, limit: 5).hits.contains { $0.record.id == "au-esafety" })
    }

    @Test func theBaselinesOwnAnswersStay() throws {
        let base = try KnowledgeBase.bundled()
        let merged = try base.adapted(by: [try LayerFixtures.example("gb")])
        // The question's best baseline answers stay in the top results next to the services.
        let top = Set(merged.search(Self.question, limit: 8).hits.map(\.record.id))
        for id in base.search(Self.question, limit: 3).hits.map(\.record.id) { #expect(top.contains(id), "\(id)") }
        // On the development questions, an adaptation moves at most one of the baseline's top five per question.
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/dev-questions.tsv")
        let questions = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").last.map(String.init) }
        #expect(questions.count > 20)
        for question in questions {
            let before = base.search(question, limit: 5).hits.map(\.record.id)
            let after = Set(merged.search(question, limit: 5).hits.map(\.record.id))
            #expect(before.filter { !after.contains($0) }.count <= 1, "\(question)")
        }
    }

    @Test func everyFactInTheExamplesHasASourceAndConfidence() throws {
        for name in ["gb", "au"] {
            let layer = try LayerFixtures.example(name)
            let facts =
                layer.services.flatMap { [$0.phone, $0.web].compactMap { $0 } }
                + layer.laws.flatMap { [$0.citation, $0.web].compactMap { $0 } }
            #expect(facts.count >= layer.services.count + layer.laws.count)
            for fact in facts {
                #expect(fact.source.hasPrefix("https://") || fact.source.hasPrefix("http://"), "\(name): \(fact.value)")
                #expect(Provenance.Confidence.allCases.contains(fact.confidence))
            }
            for change in layer.changes {
                #expect(change.provenance.source.hasPrefix("http"), "\(name): \(change.title)")
            }
            // A number or address written in a note or description must be one of the layer's sourced facts.
            let known = facts.map(\.value)
            let prose =
                layer.changes.map(\.text) + layer.services.flatMap { [$0.description, $0.contact ?? ""] }
                + layer.laws.map(\.text)
            for text in prose {
                for match in text.matches(
                    of: /(?:https?:\/\/|www\.)[^\s),]+|\b\d[\d ]{1,}\d\b|\b[A-Z][\w ]+ Act \d{4}\b/)
                {
                    let found = String(match.output).trimmingCharacters(in: .whitespaces)
                    #expect(known.contains { $0.contains(found) }, "\(name): '\(found)' has no sourced fact")
                }
            }
        }
    }
}
