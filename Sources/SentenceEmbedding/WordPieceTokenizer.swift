/// BERT's uncased WordPiece tokenizer, as the reference implementation (Hugging Face `BertTokenizer` with
/// `do_lower_case`) runs it: clean the text, split CJK ideographs, lowercase, strip accents, split at white
/// space and punctuation, then split each word into the longest vocabulary pieces (`##` marks a piece that
/// continues a word). A word with no split into known pieces, or longer than 100 characters, becomes `[UNK]`.
public struct WordPieceTokenizer: Sendable {
    /// The vocabulary: piece to token ID.
    let vocabulary: [String: Int32]
    let unknownID: Int32
    /// The `[CLS]` token that starts every sequence.
    public let classID: Int32
    /// The `[SEP]` token that ends every sequence.
    public let separatorID: Int32

    private static let maximumWordLength = 100

    /// Reads a `vocab.txt` (one piece a line; the line number is the ID).
    /// - Throws: ``EmbeddingModelError/invalidVocabulary(_:)`` when a special token is missing.
    public init(vocabularyText: String) throws(EmbeddingModelError) {
        var vocabulary: [String: Int32] = [:]
        var id: Int32 = 0
        // Lines split as bytes, as the reference tokenizer reads the file: splitting by `Character` would walk
        // grapheme clusters, which cost most of the model's load time (callgrind).
        for line in vocabularyText.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let piece = String(Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line))
            if !piece.isEmpty, vocabulary[piece] == nil { vocabulary[piece] = id }
            id += 1
        }
        guard let unknown = vocabulary["[UNK]"], let cls = vocabulary["[CLS]"], let sep = vocabulary["[SEP]"] else {
            throw .invalidVocabulary("the vocabulary lacks [UNK], [CLS] or [SEP]")
        }
        self.vocabulary = vocabulary
        self.unknownID = unknown
        self.classID = cls
        self.separatorID = sep
    }

    /// The token IDs of `text` framed by `[CLS]` and `[SEP]`, cut to at most `maximumLength` IDs in all.
    /// - Complexity: O(n) in the length of the text (each word is cut at 100 characters).
    public func tokenIDs(_ text: String, maximumLength: Int) -> [Int32] {
        let budget = max(0, maximumLength - 2)
        var ids: [Int32] = [classID]
        for word in Self.basicWords(text) {
            if ids.count - 1 >= budget { break }
            appendPieces(of: word, to: &ids)
        }
        if ids.count - 1 > budget { ids.removeLast(ids.count - 1 - budget) }
        ids.append(separatorID)
        return ids
    }

    /// Greedy longest-match-first split of one word into vocabulary pieces.
    private func appendPieces(of word: [Unicode.Scalar], to ids: inout [Int32]) {
        guard word.count <= Self.maximumWordLength else {
            ids.append(unknownID)
            return
        }
        var pieces: [Int32] = []
        var start = 0
        while start < word.count {
            var end = word.count
            var found: Int32?
            while start < end {
                var candidate = start > 0 ? "##" : ""
                candidate.unicodeScalars.append(contentsOf: word[start..<end])
                if let id = vocabulary[candidate] {
                    found = id
                    break
                }
                end -= 1
            }
            guard let id = found else {
                ids.append(unknownID)
                return
            }
            pieces.append(id)
            start = end
        }
        ids.append(contentsOf: pieces)
    }

    /// The basic tokenizer: words and punctuation marks, lowercased, accents stripped.
    static func basicWords(_ text: String) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = []
        }
        for scalar in text.unicodeScalars {
            if scalar.value == 0 || scalar.value == 0xFFFD || isControl(scalar) { continue }
            if isWhitespace(scalar) {
                flush()
            } else if isCJK(scalar) || isPunctuation(scalar) {
                flush()
                words.append(contentsOf: normalized(scalar).map { [$0] })
            } else {
                current.append(contentsOf: normalized(scalar))
            }
        }
        flush()
        return words
    }

    /// Lowercased, decomposed, without combining marks (what `strip_accents` leaves of a character).
    private static func normalized(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.isASCII {
            let value = scalar.value
            return [(65...90).contains(value) ? Unicode.Scalar(value + 32) ?? scalar : scalar]
        }
        let lowered = String(scalar).lowercased().decomposedStringWithCanonicalMapping
        return lowered.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r": true
        default: scalar.properties.generalCategory == .spaceSeparator
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\t", "\n", "\r": return false
        default:
            switch scalar.properties.generalCategory {
            case .control, .format, .unassigned, .privateUse, .surrogate: return true
            default: return false
            }
        }
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (33...47).contains(value) || (58...64).contains(value) || (91...96).contains(value)
            || (123...126).contains(value)
        {
            return true
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
            0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            true
        default:
            false
        }
    }
}
