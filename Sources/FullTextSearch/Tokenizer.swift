/// A word found by the ``Tokenizer``, before folding and stemming.
struct RawToken: Sendable, Hashable {
    /// The word's range in the original text.
    var range: Range<String.Index>
    /// The word's range in UTF-8 bytes from the start of the original text.
    var utf8Range: Range<Int>
}

/// Splits text into words: maximal runs of letters, digits and combining marks.
///
/// Apostrophes and zero-width joiners join two word characters (`don't`, Persian words with ZWNJ);
/// everything else (spaces, punctuation, symbols, emoji, control characters) separates words.
/// Scripts without spaces between words (Chinese, Japanese, Thai) come out as one token per run.
enum Tokenizer {
    /// The words of `text`, in order, with ranges into `text`.
    /// - Complexity: O(*n*) in the number of Unicode scalars of `text`.
    static func words(in text: String) -> [RawToken] {
        var tokens: [RawToken] = []
        let scalars = text.unicodeScalars
        var wordStart: (index: String.Index, utf8: Int)?
        var wordEnd: (index: String.Index, utf8: Int) = (scalars.startIndex, 0)
        var pendingJoiner = false
        var offset = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let width = scalar.utf8.count
            switch classify(scalar) {
            case .word:
                if wordStart == nil { wordStart = (index, offset) }
                pendingJoiner = false
                wordEnd = (next, offset + width)
            case .mark where wordStart != nil:
                pendingJoiner = false
                wordEnd = (next, offset + width)
            case .joiner where wordStart != nil && !pendingJoiner:
                pendingJoiner = true
            default:
                if let start = wordStart {
                    tokens.append(RawToken(range: start.index..<wordEnd.index, utf8Range: start.utf8..<wordEnd.utf8))
                }
                wordStart = nil
                pendingJoiner = false
            }
            offset += width
            index = next
        }
        if let start = wordStart {
            tokens.append(RawToken(range: start.index..<wordEnd.index, utf8Range: start.utf8..<wordEnd.utf8))
        }
        return tokens
    }

    private enum ScalarClass {
        case word, mark, joiner, separator
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        if scalar.isASCII {
            let value = scalar.value
            if (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
                return .word
            }
            return value == 0x27 ? .joiner : .separator
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return .word
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        default:
            // Right single quotation mark (typographic apostrophe), ZWNJ and ZWJ join word characters.
            return [0x2019, 0x200C, 0x200D].contains(scalar.value) ? .joiner : .separator
        }
    }
}
