/// A set of folded words that carry too little meaning to index or to score.
public struct StopWords: Sendable, Hashable {
    /// The folded stop words.
    public let words: Set<String>

    /// Creates a stop-word list; the words are folded like indexed text (`"The"` matches `"the"`).
    /// - Parameter words: The stop words.
    public init<Words: Sequence<String>>(_ words: Words) {
        self.words = Set(words.map { TextFolding.fold($0[...]) })
    }

    /// No stop words.
    public static let none = StopWords([String]())

    /// The stop words used by default for a Snowball language name: ``english`` for `"english"`,
    /// ``none`` for the others.
    /// - Parameter language: A Snowball algorithm name.
    public static func defaults(for language: String) -> StopWords {
        language == "english" || language == "porter" ? .english : .none
    }

    /// A common English list (articles, pronouns, auxiliaries, prepositions, conjunctions).
    ///
    /// Negations (`not`, `no`, `nor`) and the question words `how`, `why` and `when` are deliberately
    /// absent: they change the meaning of advice.
    public static let english = StopWords([
        "a", "about", "above", "after", "again", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself",
        "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "very", "was", "we", "were", "what", "which", "while", "who", "whom",
        "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
        "i'm", "it's", "don't", "can't", "what's", "there's", "you're", "we're", "they're",
    ])

    /// Whether a folded word is a stop word.
    func contains(_ folded: String) -> Bool {
        words.contains(folded)
    }
}
