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
