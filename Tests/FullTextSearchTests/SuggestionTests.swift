import FullTextSearch
import Testing

@Suite struct SuggestionTests {
    let index: SearchIndex

    init() throws {
        index = try TestCorpus.index()
    }

    @Test("terms complete as written words, not stems, most frequent first")
    func termCompletions() {
        let terms = index.suggestions(prefix: "bull", limit: 10).filter { $0.kind == .term }.map(\.text)
        #expect(terms == ["bullying"])
        let sext = index.suggestions(prefix: "Sext", limit: 10).filter { $0.kind == .term }.map(\.text)
        #expect(sext == ["sextortion", "sexting"])
    }

    @Test("titles are suggested when a word of theirs starts with the prefix")
    func titleCompletions() {
        let titles = index.suggestions(prefix: "online", limit: 10).filter { $0.kind == .title }
        #expect(titles.map(\.text) == ["Grooming in online games"])
        #expect(titles.first?.documentID == "b-grooming")
    }

    @Test("a word and a title that fold to the same text are suggested once")
    func noDuplicates() throws {
        let documents = [
            SearchDocument(id: "a", text: ["title": "Cyberbullying", "body": "cyberbullying hurts"]),
            SearchDocument(id: "b", text: ["title": "Cyberbullying", "body": "more on cyberbullying"]),
        ]
        let schema = try IndexSchema(
            textFields: [.init(name: "title", weight: 3), .init(name: "body")], snippetField: "body",
            titleField: "title")
        let index = SearchIndex(documents: documents, schema: schema, analyzer: try Analyzer())
        #expect(index.suggestions(prefix: "cyber", limit: 10).map(\.text) == ["cyberbullying"])
    }

    @Test("earlier words are kept and the limit holds")
    func multiWord() {
        let suggestions = index.suggestions(prefix: "online gam", limit: 2)
        #expect(suggestions.count == 2)
        #expect(suggestions.first == Suggestion(text: "online games", kind: .term, documentID: nil))
        #expect(index.suggestions(prefix: "  ", limit: 5).isEmpty)
    }
}
