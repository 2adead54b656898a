import Testing

@testable import GuidelineKnowledge

/// The phrase tests under asker inference and help first: consecutive words, prefixes, list order.
@Suite struct QueryWordsTests {
    @Test("a phrase matches consecutive words only, anywhere in the query; folding drops case, punctuation and 's")
    func consecutiveWords() {
        let words = QueryWords("Help! My son's friend is MEETING him, tonight.")
        #expect(words.hasAny(["my son"]))
        #expect(words.hasAny(["meeting him tonight"]))
        #expect(!words.hasAny(["son friend is him"]))
        #expect(!words.hasAny(["my friend"]), "words in between")
        #expect(!words.hasAny(["friend my"]), "words out of order")
        #expect(!words.hasAny(["tonight please"]), "past the last word")
        #expect(!words.hasAny([]))
        #expect(!QueryWords("").hasAny(["my son"]))
    }

    @Test("a word ending in * matches the words it starts, first or later in the phrase")
    func prefixes() {
        let words = QueryWords("he is sextorting me")
        #expect(words.hasAny(["sextort*"]))
        #expect(words.hasAny(["is sextort*"]))
        #expect(words.hasAny(["he* is"]))
        #expect(!words.hasAny(["sextortion*"]))
        #expect(words.hasAny(["me*"]), "a prefix matches the whole word too")
        #expect(!words.hasAny(["extort*"]), "a prefix matches from the start of a word only")
    }

    @Test("first(of:) returns the earliest phrase of the list that occurs, not the earliest in the query")
    func listOrder() {
        let words = QueryWords("our app is for my kids")
        let cues: PhraseList = ["my kid*", "zzz", "our app", "app*"]
        #expect(words.first(of: cues) == "my kid*")
        #expect(words.first(of: ["our app", "my kids"]) == "our app")
        #expect(words.first(of: ["app*", "our app"]) == "app*")
        #expect(words.first(of: ["nothing here"]) == nil)
    }
}
