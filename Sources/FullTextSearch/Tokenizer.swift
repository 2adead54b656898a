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
///
/// The scan walks the text's UTF-8 bytes: ASCII bytes are classified directly, and only non-ASCII
/// characters are decoded to Unicode scalars and looked up by general category.
enum Tokenizer {
    /// The words of `text`, in order, with ranges into `text`.
    /// - Complexity: O(*n*) in the number of UTF-8 bytes of `text`.
    static func words(in text: String) -> [RawToken] {
        var tokens: [RawToken] = []
        let utf8 = text.utf8
        // Indices advance from the previous word, so that the conversion is O(n) overall even for bridged text.
        var cursor = (index: utf8.startIndex, offset: 0)
        forEachWord(in: text) { _, range in
            let start = utf8.index(cursor.index, offsetBy: range.lowerBound - cursor.offset)
            let end = utf8.index(start, offsetBy: range.count)
            cursor = (end, range.upperBound)
            tokens.append(RawToken(range: start..<end, utf8Range: range))
        }
        return tokens
    }

    /// Calls `body` with the UTF-8 bytes of each word of `text` and their range in `text`, in order.
    /// - Complexity: O(*n*) in the number of UTF-8 bytes of `text`.
    static func forEachWord(
        in text: String,
        _ body: (_ word: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Void
    ) {
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { forEachWord(inUTF8: $0, body) }
        if scanned == nil {
            Array(text.utf8).withUnsafeBufferPointer { forEachWord(inUTF8: $0, body) }
        }
    }

    /// The scan over valid UTF-8 bytes: a word starts at a word character, continues through word characters
    /// and combining marks, and through one joiner at a time if a word character follows it.
    private static func forEachWord(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>,
        _ body: (_ word: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Void
    ) {
        var wordStart: Int?
        var wordEnd = 0
        var pendingJoiner = false
        var offset = 0
        func endWord() {
            if let start = wordStart { body(UnsafeBufferPointer(rebasing: bytes[start..<wordEnd]), start..<wordEnd) }
            wordStart = nil
        }
        while offset < bytes.count {
            let (kind, width) = classify(bytes, at: offset)
            switch kind {
            case .word:
                if wordStart == nil { wordStart = offset }
                pendingJoiner = false
                wordEnd = offset + width
            case .mark where wordStart != nil:
                pendingJoiner = false
                wordEnd = offset + width
            case .joiner where wordStart != nil && !pendingJoiner:
                pendingJoiner = true
            default:
                endWord()
                pendingJoiner = false
            }
            offset += width
        }
        endWord()
    }

    private enum ScalarClass {
        case word, mark, joiner, separator
    }

    /// The class of the character starting at `offset` and its length in bytes.
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (ScalarClass, Int) {
        let lead = bytes[offset]
        guard lead >= 0x80 else { return (classifyASCII(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        // Lead byte payload, then six bits from each continuation byte (the text is valid UTF-8).
        var value = UInt32(lead) & (0x7F >> width)
        for continuation in bytes[(offset + 1)..<(offset + width)] {
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return (classify(Unicode.Scalar(value) ?? "\u{FFFD}"), width)
    }

    private static func classifyASCII(_ byte: UInt8) -> ScalarClass {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "a")...UInt8(ascii: "z"):
            .word
        case UInt8(ascii: "'"): .joiner
        default: .separator
        }
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
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
