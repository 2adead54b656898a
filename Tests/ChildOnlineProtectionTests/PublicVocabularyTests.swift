import ChildOnlineProtection
import Testing

/// The search API is self-contained: every type a caller names comes with `import ChildOnlineProtection`
/// alone (this file imports nothing else), with no `import FullTextSearch`.
@Suite struct PublicVocabularyTests {
    @Test("snippets, query notes and facet counts can be named and built with the COP module alone")
    func namesWithoutFullTextSearch() throws {
        let snippet = GuidelineSnippet(text: "Grooming starts online", utf16Highlights: [0..<8], isTruncatedAtEnd: true)
        #expect(snippet.highlightedTexts == ["Grooming"])
        #expect(snippet.marked() == "**Grooming** starts online…")
        let note = QueryNote(code: .unbalancedQuote, message: "a quote was not closed")
        let facet = FacetCount(value: "industry", count: 3)
        #expect(note.code == .unbalancedQuote && facet.count == 3)

        let results = try KnowledgeBase.bundled().search(GuidelineQuery("\"grooming", limit: 1, semantic: false))
        let notes: [QueryNote] = results.notes
        let facets: [String: [FacetCount]] = results.facets
        let snippets: [GuidelineSnippet] = results.hits.map(\.snippet)
        #expect(notes.map(\.code) == [.unbalancedQuote])
        #expect(facets["audience"]?.isEmpty == false)
        #expect(snippets.count == 1)
    }

    @Test("a highlight outside the text or inside a character is left out")
    func invalidHighlightsAreDropped() {
        let snippet = GuidelineSnippet(text: "é😀x", utf16Highlights: [0..<1, 1..<2, 3..<4, 2..<9])
        #expect(snippet.highlights.map(\.utf16Range) == [0..<1, 3..<4])
        #expect(snippet.highlightedTexts == ["é", "x"])
    }
}
