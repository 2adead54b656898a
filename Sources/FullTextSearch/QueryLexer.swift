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
/// `“ ”` too); a `-` directly before a lexeme negates it. ASCII text, what most queries are, is read byte by
/// byte; other text character by character (the same lexemes: `QueryLexerTests` compares the two).
enum QueryLexer {
    /// The lexemes of `text`.
    /// - Complexity: O(*n*) in the length of `text`.
    static func lexemes(of text: Substring) -> [QueryLexeme] {
        text.isASCII ? lexemes(ofUnits: Array(text.utf8)) : lexemes(ofUnits: Array(text))
    }

    /// The lexemes of text given as characters, or as the bytes of ASCII text.
    static func lexemes<Unit: QueryLexerUnit>(ofUnits units: [Unit]) -> [QueryLexeme] {
        var reader = UnitReader(units: units)
        var result: [QueryLexeme] = []
        while let lexeme = reader.next() { result.append(lexeme) }
        return result
    }
}

/// What ``QueryLexer`` reads: a character, or a byte of ASCII text.
protocol QueryLexerUnit {
    /// Whitespace or a control character.
    var isLexemeSeparator: Bool { get }
    /// A straight or typographic double quote.
    var isQuote: Bool { get }
    /// `-`.
    var isMinus: Bool { get }
    /// The text of a run of units.
    static func text(of units: ArraySlice<Self>) -> String
}

extension Character: QueryLexerUnit {
    /// ASCII characters (and `"\r\n"`, whose ``Character/asciiValue`` is a line feed) are classified by value: the
    /// ASCII whitespace and control characters are exactly 0x00–0x20 and 0x7F.
    var isLexemeSeparator: Bool {
        if let ascii = asciiValue { return ascii.isLexemeSeparator }
        return isWhitespace || unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
    }

    var isQuote: Bool {
        if let ascii = asciiValue { return ascii.isQuote }
        return self == "\u{201C}" || self == "\u{201D}"
    }

    var isMinus: Bool { asciiValue?.isMinus ?? false }

    static func text(of units: ArraySlice<Character>) -> String { String(units) }
}

extension UInt8: QueryLexerUnit {
    var isLexemeSeparator: Bool { self <= 0x20 || self == 0x7F }
    var isQuote: Bool { self == UInt8(ascii: "\"") }
    var isMinus: Bool { self == UInt8(ascii: "-") }
    static func text(of units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
}

/// Reads lexemes from units, one after the other.
private struct UnitReader<Unit: QueryLexerUnit> {
    let units: [Unit]
    private var index = 0

    init(units: [Unit]) {
        self.units = units
    }

    mutating func next() -> QueryLexeme? {
        skipSeparators()
        guard index < units.count else { return nil }
        var negated = false
        if units[index].isMinus {
            index += 1
            guard index < units.count, !units[index].isLexemeSeparator else {
                return QueryLexeme(kind: .danglingMinus, negated: false)
            }
            negated = true
        }
        if units[index].isQuote {
            index += 1
            let (text, closed) = readQuoted()
            return QueryLexeme(kind: .quoted(text, closed: closed), negated: negated)
        }
        let bare = readBare()
        if bare.hasSuffix(":"), index < units.count, units[index].isQuote {
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
        while index < units.count, units[index].isLexemeSeparator { index += 1 }
    }

    private mutating func readBare() -> String {
        let start = index
        while index < units.count, !units[index].isLexemeSeparator, !units[index].isQuote { index += 1 }
        return Unit.text(of: units[start..<index])
    }

    private mutating func readQuoted() -> (String, closed: Bool) {
        let start = index
        while index < units.count, !units[index].isQuote { index += 1 }
        let text = Unit.text(of: units[start..<index])
        guard index < units.count else { return (text, false) }
        index += 1
        return (text, true)
    }
}
