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

    @Test("ASCII text folds byte by byte exactly as the Unicode fold does, on 5,000 random ASCII texts")
    func asciiFoldMatchesUnicodeFold() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZm09 '\"-.,!?\t\r\n_\u{0}\u{7F}".utf8)
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(QueryWords.foldedASCII(text) == QueryWords.folded(text), "\(bytes)")
        }
        #expect(QueryWords("I'M 14 and SCARED!!").allWords == ["im", "14", "and", "scared"])
        #expect(QueryWords("Ma fille\u{2019}s école").allWords == ["ma", "fille", "école"])
    }
}
