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

    init(_ text: String) {
        let folded = String(
            text.prefix(4_000).lowercased().unicodeScalars.map { scalar -> Character in
                if scalar == "'" || scalar == "\u{2019}" { return "'" }
                return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? Character(scalar) : " "
            })
        // "son's" is "son", "don't" is "dont".
        words = folded.split(separator: " ").prefix(Self.maximumWords).map { word in
            guard word.contains("'") else { return word }
            let base = word.hasSuffix("'s") ? word.dropLast(2) : word[...]
            return Substring(base.filter { $0 != "'" })
        }.filter { !$0.isEmpty }
        distinctWords = Set(words)
    }

    /// Whether any phrase occurs as consecutive words; a word ending in `*` matches any word it starts.
    func hasAny(_ phrases: [String]) -> Bool {
        phrases.contains(where: has)
    }

    /// Whether `word` is followed, within `distance` words, by one of `targets`.
    func hasNear(_ word: String, _ targets: [String], within distance: Int) -> Bool {
        for (index, candidate) in words.enumerated() where candidate == word {
            let window = words[(index + 1)..<min(words.count, index + 1 + distance)]
            if window.contains(where: { targets.contains(String($0)) }) { return true }
        }
        return false
    }

    /// Whether `phrase` occurs as consecutive words; a word ending in `*` matches any word it starts.
    ///
    /// Phrases are read as UTF-8 bytes, not as characters: asker inference and help first test hundreds of
    /// phrases per query, and character-by-character scanning for spaces and `*` took half of each search
    /// (callgrind). The rule phrases are lowercase ASCII, as the query words are folded.
    func has(_ phrase: String) -> Bool {
        let utf8 = phrase.utf8
        let first = phrase[..<(utf8.firstIndex(of: Self.space) ?? utf8.endIndex)]
        if first.utf8.last != Self.asterisk && !distinctWords.contains(first) { return false }
        let parts = utf8.split(separator: Self.space).map { part in
            part.last == Self.asterisk
                ? (word: Substring(part.dropLast()), isPrefix: true) : (word: Substring(part), isPrefix: false)
        }
        guard !parts.isEmpty, parts.count <= words.count else { return false }
        for start in 0...(words.count - parts.count) {
            let matches = parts.indices.allSatisfy { offset in
                let part = parts[offset]
                let word = words[start + offset]
                return part.isPrefix ? word.utf8.starts(with: part.word.utf8) : word == part.word
            }
            if matches { return true }
        }
        return false
    }

    private static let space = UInt8(ascii: " ")
    private static let asterisk = UInt8(ascii: "*")
}
