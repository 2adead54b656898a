/// A query as lowercase words without punctuation (apostrophes dropped: "don't" is "dont"), for phrase tests.
struct QueryWords {
    private let words: [Substring]
    /// The distinct words, so a phrase whose first word is absent is rejected without a scan (the rule lists
    /// of asker inference and help first test hundreds of phrases per query).
    private let distinctWords: Set<Substring>

    /// The words, in order.
    var allWords: [Substring] { words }

    /// How many words there are.
    var count: Int { words.count }

    /// The longest query read.
    static let maximumWords = 200

    /// The longest text read, in characters.
    static let maximumLength = 4_000

    init(_ text: String) {
        let utf8 = text.utf8
        let folded =
            utf8.count <= Self.maximumLength && utf8.allSatisfy { $0 < 0x80 }
            ? Self.foldedASCII(text) : Self.folded(text)
        // "son's" is "son", "don't" is "dont".
        words = folded.split(separator: " ").prefix(Self.maximumWords).map { word in
            guard word.contains("'") else { return word }
            let base = word.hasSuffix("'s") ? word.dropLast(2) : word[...]
            return Substring(base.filter { $0 != "'" })
        }.filter { !$0.isEmpty }
        distinctWords = Set(words)
    }

    /// The text lowercased, with apostrophes as `'` and every character that is neither a letter nor a digit as
    /// a space.
    static func folded(_ text: String) -> String {
        String(
            text.prefix(maximumLength).lowercased().unicodeScalars.map { scalar -> Character in
                if scalar == "'" || scalar == "\u{2019}" { return "'" }
                return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? Character(scalar) : " "
            })
    }

    /// ``folded(_:)`` for ASCII text, byte by byte (what most queries are; the same text, without the Unicode
    /// properties of every character).
    static func foldedASCII(_ text: String) -> String {
        String(
            decoding: text.utf8.map { byte in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 0x20
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"):
                    byte
                default: UInt8(ascii: " ")
                }
            }, as: UTF8.self)
    }

    /// Whether any phrase of `list` occurs as consecutive words.
    /// - Complexity: O(n·c) for n query words and the c phrases that start with one of them.
    func hasAny(_ list: PhraseList) -> Bool {
        firstMatch(in: list) != nil
    }

    /// The first phrase of `list`, in its order, that occurs as consecutive words.
    /// - Complexity: as ``hasAny(_:)``.
    func first(of list: PhraseList) -> String? {
        firstMatch(in: list).map { list.phrases[$0] }
    }

    /// The lowest index of a phrase of `list` that occurs: only phrases that start with a word of the query (or
    /// with a prefix) are tried.
    private func firstMatch(in list: PhraseList) -> Int? {
        var best: Int?
        func consider(_ index: Int) {
            if let best, best <= index { return }
            if occurs(list.words[index]) { best = index }
        }
        for word in distinctWords {
            for index in list.byFirstWord[word] ?? [] { consider(index) }
        }
        for index in list.prefixFirst { consider(index) }
        return best
    }

    /// Whether `phrase` occurs as consecutive words.
    private func occurs(_ phrase: [PhraseList.Word]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { start in
            phrase.indices.allSatisfy { phrase[$0].matches(words[start + $0]) }
        }
    }

    /// Whether `word` is followed, within `distance` words, by one of `targets`.
    func hasNear(_ word: Substring, _ targets: Set<Substring>, within distance: Int) -> Bool {
        for (index, candidate) in words.enumerated() where candidate == word {
            let window = words[(index + 1)..<min(words.count, index + 1 + distance)]
            if window.contains(where: targets.contains) { return true }
        }
        return false
    }
}
