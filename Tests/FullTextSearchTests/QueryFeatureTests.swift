import FullTextSearch
import Testing

@Suite struct QueryFeatureTests {
    let index: SearchIndex

    init() throws {
        index = try TestCorpus.index()
    }

    @Test("a phrase matches words in order and next to each other")
    func phraseOrder() {
        #expect(index.search(#""online games""#).ids == ["b-grooming"])
        #expect(index.search(#""games online""#).ids.isEmpty)
    }

    @Test("a phrase skips over stop words at the same distance")
    func phraseWithStopWords() {
        #expect(index.search(#""report the CSAM""#).ids.isEmpty)
        #expect(index.search(#""report CSAM""#).ids == ["c-csam"])
        #expect(index.search(#""bullying at school""#).ids == ["g-school"])
    }

    @Test("an exclusion removes matching documents")
    func exclusion() {
        #expect(Set(index.search("bullying").ids) == ["a-bullying", "g-school"])
        #expect(index.search("bullying -school").ids == ["a-bullying"])
        #expect(index.search(#"bullying -"whole school""#).ids == ["a-bullying"])
    }

    @Test("OR makes alternatives of one clause")
    func alternatives() {
        let results = index.search("sexting OR sextortion")
        #expect(Set(results.ids) == ["e-sexting", "j-sextortion", "k-threats"])
    }

    @Test("filters keep matching documents: values OR'd, fields AND'd")
    func filters() {
        #expect(index.search("audience:industry").ids == ["c-csam", "d-abuse-material", "j-sextortion", "k-threats"])
        #expect(index.search("audience:industry risk:csam").ids == ["c-csam", "d-abuse-material"])
        #expect(index.search("audience:parents audience:educators risk:grooming").ids == ["b-grooming"])
        #expect(index.search("bullying", filters: ["audience": ["parents"]]).ids.isEmpty)
        #expect(index.search(Query(), filters: ["risk": ["CSAM"]]).ids == ["c-csam", "d-abuse-material"])
    }

    @Test("an empty query with filters returns every matching document in identifier order")
    func browse() {
        let results = index.search("", filters: ["audience": ["children"]], limit: 100)
        #expect(results.ids == ["f-privacy", "h-cafe", "l-games", "m-twin", "n-twin"])
        #expect(results.hits.allSatisfy { $0.score == 0 })
    }

    @Test(
        "a query with no words and no filters answers nothing, with a note, instead of every document",
        arguments: ["", "   ", "🙂🙂", "?!.", "-bullying"])
    func emptyQuery(_ text: String) {
        let results = index.search(text)
        #expect(results.total == 0)
        #expect(results.hits.isEmpty)
        #expect(results.notes.map(\.code).contains(.emptyQuery))
    }

    @Test("facets count every match, not only the returned page")
    func facets() {
        let results = index.search("bullying OR csam", limit: 1)
        #expect(results.hits.count == 1)
        #expect(results.total == 4)
        #expect(
            results.facets["risk"] == [
                FacetCount(value: "csam", count: 2), FacetCount(value: "cyberbullying", count: 2),
            ]
        )
        #expect(results.facets["audience"]?.first == FacetCount(value: "educators", count: 2))
        #expect(results.facets["audience"]?.contains(FacetCount(value: "policy", count: 1)) == true)
    }

    @Test("an unknown filter field in a typed query matches nothing and is noted")
    func unknownFilterField() {
        let results = index.search(Query(terms: [.word("bullying")], filters: ["colour": ["red"]]))
        #expect(results.ids.isEmpty)
        #expect(results.notes.map(\.code) == [.unknownField])
    }

    @Test("a prefix expands to indexed words")
    func prefix() {
        #expect(Set(index.search("cyber*").ids) == ["a-bullying", "g-school"])
        #expect(index.search("sext*").hits.first?.matchedTerms.isEmpty == false)
        #expect(Set(index.search(Query(terms: [.prefix("sext")])).ids) == ["e-sexting", "j-sextortion", "k-threats"])
    }

    @Test("a misspelled word matches by typo tolerance, scored below the exact word")
    func typoTolerance() throws {
        let exact = try #require(index.search("grooming").hits.first { $0.documentID == "b-grooming" })
        let typo = try #require(index.search("groomimg").hits.first { $0.documentID == "b-grooming" })
        #expect(typo.score < exact.score)
        #expect(typo.matchedTerms == ["grooming"])
        #expect(index.search("chta").ids == ["b-grooming"])
        #expect(index.search("sextrotion").ids.contains("j-sextortion"))
    }

    @Test("typo tolerance is not applied to short words or to words that are indexed")
    func typoToleranceBounds() {
        #expect(index.search("gam").ids.isEmpty)
        #expect(index.search("games").ids.allSatisfy { ["a-bullying", "b-grooming", "l-games"].contains($0) })
    }

    @Test("an acronym in the thesaurus finds its multi-word synonym as a phrase")
    func thesaurusAcronymToPhrase() throws {
        let results = index.search("csam")
        #expect(results.ids == ["c-csam", "d-abuse-material"])
        let expanded = try #require(results.hits.last)
        #expect(expanded.matchedTerms == ["child sexual abuse material"])
        let original = try #require(results.hits.first)
        #expect(expanded.score < original.score)
    }

    @Test("a multi-word phrase in the thesaurus finds its acronym")
    func thesaurusPhraseToAcronym() {
        #expect(Set(index.search("child sexual abuse material").ids).isSuperset(of: ["c-csam", "d-abuse-material"]))
        #expect(Set(index.search(#""child sexual abuse material""#).ids) == ["c-csam", "d-abuse-material"])
        #expect(Set(index.search("nudes").ids) == ["e-sexting"])
        #expect(index.search("sharing intimate images").ids.first == "e-sexting")
    }
}
