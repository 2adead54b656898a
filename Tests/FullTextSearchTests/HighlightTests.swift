import FullTextSearch
import Testing

@Suite struct HighlightTests {
    let index: SearchIndex

    init() throws {
        index = try TestCorpus.index()
    }

    private func hit(_ query: String, _ id: String) throws -> SearchHit {
        try #require(index.search(query, limit: 50).hits.first { $0.documentID == id })
    }

    @Test("stemmed matches are highlighted")
    func stemmedHighlights() throws {
        let snippet = try hit("bullying", "a-bullying").snippet
        #expect(snippet.highlightedTexts == ["bullied", "Bullying"])
        #expect(
            snippet.marked()
                == "Pupils who are **bullied** online need support from teachers. **Bullying** can happen in games."
        )
    }

    @Test("thesaurus matches are highlighted, a phrase as one range")
    func synonymHighlights() throws {
        #expect(try hit("csam", "d-abuse-material").snippet.highlightedTexts == ["Child sexual abuse material"])
        #expect(try hit("child sexual abuse material", "c-csam").snippet.highlightedTexts == ["CSAM"])
    }

    @Test("UTF-16 offsets and string ranges agree, also after non-ASCII text")
    func utf16Offsets() throws {
        let snippet = try hit("friend cafe", "h-cafe").snippet
        #expect(snippet.highlightedTexts == ["friend", "café"])
        let utf16 = Array(snippet.text.utf16)
        for highlight in snippet.highlights {
            let viaOffsets = String(decoding: utf16[highlight.utf16Range], as: UTF16.self)
            #expect(viaOffsets == String(snippet.text[highlight.range]))
        }
    }

    @Test("a long field is cut around the best match")
    func window() throws {
        let filler = Array(repeating: "filler", count: 80).joined(separator: " ")
        let documents = [
            SearchDocument(id: "long", text: ["title": "Long", "body": "\(filler) the hotline answers \(filler)"])
        ]
        let index = try TestCorpus.index(documents: documents)
        let snippet = try #require(index.search("hotline").hits.first).snippet
        #expect(snippet.isTruncatedAtStart)
        #expect(snippet.isTruncatedAtEnd)
        #expect(snippet.highlightedTexts == ["hotline"])
        #expect(snippet.text.split(separator: " ").count == 30)
        let body = try #require(documents[0].text["body"])
        let utf16 = Array(body.utf16)
        #expect(String(decoding: utf16[snippet.fieldUTF16Range], as: UTF16.self) == snippet.text)
    }
}
