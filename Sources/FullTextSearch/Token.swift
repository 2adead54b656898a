/// One word of analyzed text, with its place in the original string.
public struct Token: Sendable, Hashable {
    /// The word as written, after Unicode compatibility normalization and case and diacritic folding
    /// (`"Café"` becomes `"cafe"`, `"Straße"` becomes `"strasse"`).
    public let surface: String
    /// The indexed term: the stem of ``surface``, or `nil` when the word is a stop word.
    public let term: String?
    /// The word's range in the original text the analyzer was given.
    public let range: Range<String.Index>
    /// The word's range in the original text, in UTF-8 bytes from the start of that text.
    public let utf8Range: Range<Int>
    /// The word's 0-based position among the words of the text (stop words included), used by phrases.
    public let position: Int

    /// Whether the analyzer dropped this word as a stop word.
    public var isStopWord: Bool { term == nil }
}
