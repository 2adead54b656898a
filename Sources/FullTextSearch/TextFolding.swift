import Foundation

/// Unicode compatibility normalization plus case, diacritic and width folding of one word.
enum TextFolding {
    /// The folded form of `word`: `"Café"` → `"cafe"`, `"ＡＢＣ"` → `"abc"`, `"Straße"` → `"strasse"`,
    /// typographic apostrophes become `'` and zero-width joiners are removed.
    /// - Complexity: O(*n*) in the length of `word`.
    static func fold(_ word: Substring) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return asciiLowercased(word)
        }
        let normalized = String(word).precomposedStringWithCompatibilityMapping
        let folded = normalized.folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
            locale: nil
        )
        var result = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar.value {
            case 0x2019: result.append("'")
            case 0x200C, 0x200D: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Folds a whole phrase word by word, joining the folded words with single spaces.
    /// - Complexity: O(*n*) in the length of `text`.
    static func foldPhrase(_ text: String) -> String {
        Tokenizer.words(in: text).map { fold(text[$0.range]) }.joined(separator: " ")
    }

    private static func asciiLowercased(_ word: Substring) -> String {
        String(decoding: word.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
