/// A syntactic piece of query text.
struct QueryLexeme: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A run of characters without spaces or quotes, such as `cyber*`, `OR` or `audience:industry`.
        case bare(String)
        /// Quoted text; `closed` is false when the closing quote was missing.
        case quoted(String, closed: Bool)
        /// `field:"quoted value"`.
        case quotedFilter(field: String, value: String, closed: Bool)
        /// A `-` followed by a space or nothing.
        case danglingMinus
    }

    var kind: Kind
    var negated: Bool
}

/// Splits query text into lexemes: bare runs, quoted phrases and negations.
///
/// Whitespace and control characters separate lexemes; `"` opens and closes phrases (typographic quotes
/// `“ ”` too); a `-` directly before a lexeme negates it.
struct QueryLexer {
    private let characters: [Character]
    private var index = 0

    init(_ text: Substring) {
        characters = Array(text)
    }

    mutating func lexemes() -> [QueryLexeme] {
        var result: [QueryLexeme] = []
        while let lexeme = next() { result.append(lexeme) }
        return result
    }

    private mutating func next() -> QueryLexeme? {
        skipSeparators()
        guard index < characters.count else { return nil }
        var negated = false
        if characters[index].asciiValue == UInt8(ascii: "-") {
            index += 1
            guard index < characters.count, !Self.isSeparator(characters[index]) else {
                return QueryLexeme(kind: .danglingMinus, negated: false)
            }
            negated = true
        }
        if Self.isQuote(characters[index]) {
            index += 1
            let (text, closed) = readQuoted()
            return QueryLexeme(kind: .quoted(text, closed: closed), negated: negated)
        }
        let bare = readBare()
        if bare.hasSuffix(":"), index < characters.count, Self.isQuote(characters[index]) {
            index += 1
            let (value, closed) = readQuoted()
            return QueryLexeme(
                kind: .quotedFilter(field: String(bare.dropLast()), value: value, closed: closed),
                negated: negated
            )
        }
        return QueryLexeme(kind: .bare(bare), negated: negated)
    }

    private mutating func skipSeparators() {
        while index < characters.count, Self.isSeparator(characters[index]) { index += 1 }
    }

    private mutating func readBare() -> String {
        let start = index
        while index < characters.count, !Self.isSeparator(characters[index]), !Self.isQuote(characters[index]) {
            index += 1
        }
        return String(characters[start..<index])
    }

    private mutating func readQuoted() -> (String, closed: Bool) {
        let start = index
        while index < characters.count, !Self.isQuote(characters[index]) { index += 1 }
        let text = String(characters[start..<index])
        guard index < characters.count else { return (text, false) }
        index += 1
        return (text, true)
    }

    /// Whether a character separates lexemes: whitespace, or control characters only.
    ///
    /// ASCII characters (and `"\r\n"`, whose ``Character/asciiValue`` is a line feed) are classified by value:
    /// the ASCII whitespace and control characters are exactly 0x00–0x20 and 0x7F.
    static func isSeparator(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii <= 0x20 || ascii == 0x7F }
        return character.isWhitespace
            || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
    }

    /// Whether a character is a straight or typographic double quote.
    static func isQuote(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == UInt8(ascii: "\"") }
        return character == "\u{201C}" || character == "\u{201D}"
    }
}
