import Foundation

/// Unicode compatibility normalization plus case, diacritic and width folding of one word.
enum TextFolding {
    /// The folded form of `word`: `"Café"` → `"cafe"`, `"ＡＢＣ"` → `"abc"`, `"Straße"` → `"strasse"`,
    /// typographic apostrophes become `'` and zero-width joiners are removed.
    /// - Complexity: O(*n*) in the length of `word`.
    static func fold(_ word: Substring) -> String {
        if word.isASCII {
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

    /// Lowercases ASCII without an intermediate array: most words are already lowercase (a plain copy,
    /// which for words of up to 15 bytes is a small string with no allocation at all).
    private static func asciiLowercased(_ word: Substring) -> String {
        let bytes = word.utf8
        guard bytes.contains(where: isUppercaseASCII) else { return String(word) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = isUppercaseASCII(byte) ? byte + 0x20 : byte
            }
            return bytes.count
        }
    }

    private static func isUppercaseASCII(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte)
    }
}
