/// Rule phrases for ``QueryWords`` (lowercase words; a word ending in `*` matches any word it starts), parsed
/// once and indexed by first word, so that a query tests a list by looking up its own words instead of splitting
/// and scanning every phrase. Asker inference and help first test hundreds of phrases per query.
struct PhraseList: Sendable, ExpressibleByArrayLiteral {
    /// One word of a phrase.
    struct Word: Sendable {
        let text: Substring
        /// Whether the word ended in `*`: it matches any query word that starts with ``text``.
        let isPrefix: Bool

        func matches(_ word: Substring) -> Bool {
            isPrefix ? word.utf8.starts(with: text.utf8) : word == text
        }
    }

    /// The phrases as written, in their order (which ``QueryWords/first(of:)`` keeps).
    let phrases: [String]
    /// Each phrase's words.
    let words: [[Word]]
    /// The phrases whose first word is a whole word, by that word: their indices, ascending.
    let byFirstWord: [Substring: [Int]]
    /// The phrases whose first word is a prefix: their indices, ascending.
    let prefixFirst: [Int]

    init(arrayLiteral phrases: String...) {
        self.init(phrases)
    }

    /// - Complexity: O(n) in the total length of the phrases.
    init(_ phrases: [String]) {
        self.phrases = phrases
        // Split by bytes: the separators and the `*` are ASCII, so every cut falls between characters, and the
        // lists are made on the first query of every process (by character, they cost three times as much).
        words = phrases.map { phrase in
            phrase.utf8.split(separator: UInt8(ascii: " ")).map { bytes in
                bytes.last == UInt8(ascii: "*")
                    ? Word(text: Substring(bytes.dropLast()), isPrefix: true)
                    : Word(text: Substring(bytes), isPrefix: false)
            }
        }
        var byFirstWord: [Substring: [Int]] = [:]
        byFirstWord.reserveCapacity(phrases.count)
        var prefixFirst: [Int] = []
        for (index, phraseWords) in words.enumerated() {
            guard let first = phraseWords.first else { continue }
            if first.isPrefix { prefixFirst.append(index) } else { byFirstWord[first.text, default: []].append(index) }
        }
        self.byFirstWord = byFirstWord
        self.prefixFirst = prefixFirst
    }
}
