/// Turns text into indexable terms: Unicode-aware tokenization, compatibility normalization, case and
/// diacritic folding, stop-word removal and Snowball stemming.
///
/// The same analyzer must be used to build an index and to query it; ``SearchIndex`` keeps its own.
/// An analyzer is `Sendable` and may be used from many tasks at once.
///
/// ```swift
/// let analyzer = try Analyzer(language: "english")
/// analyzer.terms(in: "Bullied at school") // ["bulli", "school"]
/// ```
public struct Analyzer: Sendable {
    /// The Snowball algorithm name, for example `"english"`.
    public let language: String
    /// The words dropped before stemming.
    public let stopWords: StopWords
    private let stemmer: Stemmer

    /// The Snowball algorithm names that can be passed as `language`, sorted.
    public static var availableLanguages: [String] { Stemmer.availableLanguages }

    /// Creates an analyzer for a Snowball language.
    /// - Parameters:
    ///   - language: A name from ``availableLanguages``, for example `"english"` or `"french"`.
    ///   - stopWords: The stop words; by default ``StopWords/defaults(for:)`` for `language`.
    /// - Throws: ``AnalyzerError/unknownLanguage(_:available:)`` naming the valid languages.
    public init(language: String = "english", stopWords: StopWords? = nil) throws(AnalyzerError) {
        guard let stemmer = Stemmer(language: language) else {
            throw .unknownLanguage(language, available: Stemmer.availableLanguages)
        }
        self.language = language
        self.stopWords = stopWords ?? .defaults(for: language)
        self.stemmer = stemmer
    }

    /// The words of `text` with their folded surface forms, stems and ranges in `text`.
    /// - Parameter text: Any text.
    /// - Returns: Every word, stop words included (with a `nil` ``Token/term``), in order.
    /// - Complexity: O(*n*) in the length of `text`.
    public func tokens(in text: String) -> [Token] {
        Tokenizer.words(in: text).enumerated().map { position, raw in
            let surface = TextFolding.fold(text[raw.range])
            return Token(
                surface: surface,
                term: term(ofFolded: surface),
                range: raw.range,
                utf8Range: raw.utf8Range,
                position: position
            )
        }
    }

    /// The indexed terms of `text`: stems of the words that are not stop words, in order.
    /// - Complexity: O(*n*) in the length of `text`.
    public func terms(in text: String) -> [String] {
        tokens(in: text).compactMap(\.term)
    }

    /// The folded form of one word, as stored in ``Token/surface``.
    /// - Complexity: O(*n*) in the length of `word`.
    public func fold(_ word: String) -> String {
        TextFolding.fold(word[...])
    }

    /// The indexed term of an already folded word: `nil` for a stop word, otherwise its stem.
    /// - Complexity: O(*n*) in the length of `folded`; O(1) amortized for a word stemmed before.
    func term(ofFolded folded: String) -> String? {
        stopWords.contains(folded) ? nil : stemmer.stem(folded)
    }

    /// The stem of an already folded word.
    /// - Complexity: O(*n*) in the length of `word`; O(1) amortized for a word stemmed before.
    public func stem(_ folded: String) -> String {
        stemmer.stem(folded)
    }

    /// The terms of `text` with their positions relative to the first word, for phrase matching.
    func phrase(_ text: String) -> AnalyzedPhrase {
        AnalyzedPhrase(tokens: tokens(in: text))
    }
}

/// Why an ``Analyzer`` could not be created.
public enum AnalyzerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `libstemmer` has no algorithm with this name; `available` lists the ones it has.
    case unknownLanguage(String, available: [String])

    /// A sentence naming the unknown language and the valid ones.
    public var description: String {
        switch self {
        case .unknownLanguage(let language, let available):
            "Unknown stemming language '\(language)'; expected one of: \(available.joined(separator: ", "))."
        }
    }
}
