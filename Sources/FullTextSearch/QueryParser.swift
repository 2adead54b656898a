/// Parses the query language into a ``Query``. Parsing never fails: any text yields a query, possibly
/// empty, with ``QueryNote``s for whatever was reinterpreted or cut.
///
/// Syntax:
/// - free words: `grooming in online games` (stop words are dropped later by the analyzer);
/// - phrases: `"child sexual abuse"`; an unclosed quote makes the rest of the text a phrase;
/// - exclusion: `-word`, `-"a phrase"`, `-prefix*`;
/// - alternatives: `sexting OR nudes` (uppercase `OR`, between two terms);
/// - filters: `field:value` or `field:"two words"` for the schema's keyword fields (case-insensitive
///   field names); values of one field are OR'd, different fields AND'd; `name:value` for an unknown
///   field searches both parts as words;
/// - prefix: `cyber*` (at least two characters before the `*`).
///
/// ```swift
/// let parser = QueryParser(keywordFields: ["audience", "risk"])
/// let parsed = parser.parse(#"grooming "online games" -adult audience:parents"#)
/// ```
public struct QueryParser: Sendable {
    /// Bounds that keep parsing and searching fast on any input.
    public struct Limits: Sendable, Hashable {
        /// The longest text read, in Unicode scalars; the rest is ignored with a note.
        public var maximumLength: Int
        /// The most terms kept (words, phrases, prefixes, exclusions and filters together).
        public var maximumTerms: Int

        /// Creates limits.
        /// - Parameters:
        ///   - maximumLength: The longest text read, in Unicode scalars.
        ///   - maximumTerms: The most terms kept.
        public init(maximumLength: Int = 1_000, maximumTerms: Int = 32) {
            self.maximumLength = max(0, maximumLength)
            self.maximumTerms = max(0, maximumTerms)
        }
    }

    /// The bounds applied to every parse.
    public let limits: Limits
    /// Lowercased keyword field name to the name used in the schema.
    private let keywordFields: [String: String]

    /// Creates a parser that recognizes `field:value` for the given keyword fields.
    /// - Parameters:
    ///   - keywordFields: The keyword field names of the index's schema.
    ///   - limits: The length and term limits.
    public init<Fields: Sequence<String>>(keywordFields: Fields, limits: Limits = Limits()) {
        self.limits = limits
        var fields: [String: String] = [:]
        for field in keywordFields { fields[field.lowercased()] = fields[field.lowercased()] ?? field }
        self.keywordFields = fields
    }

    /// Parses query text. Never fails.
    /// - Parameter text: Any text, including empty, binary-looking or very long text.
    /// - Returns: The query and the notes on what was changed.
    /// - Complexity: O(*m*) where *m* is ``Limits/maximumLength``, whatever the length of `text`.
    public func parse(_ text: String) -> ParsedQuery {
        var builder = QueryBuilder(maximumTerms: limits.maximumTerms)
        let scalars = text.unicodeScalars
        let end =
            scalars.index(scalars.startIndex, offsetBy: limits.maximumLength, limitedBy: scalars.endIndex)
            ?? scalars.endIndex
        for lexeme in QueryLexer.lexemes(of: text[text.startIndex..<end]) {
            add(lexeme, to: &builder)
        }
        builder.finish()
        if end < scalars.endIndex {
            let rest = String(String.UnicodeScalarView(scalars[end...].prefix(24)))
            builder.note(
                .truncated,
                """
                The query is longer than \(limits.maximumLength) characters; the text from “\(rest)…” on was \
                ignored.
                """
            )
        }
        return builder.result()
    }

    private func add(_ lexeme: QueryLexeme, to builder: inout QueryBuilder) {
        switch lexeme.kind {
        case .danglingMinus:
            builder.note(.danglingOperator, "A “-” with nothing after it was ignored.")
        case .quoted(let text, let closed):
            if !closed {
                builder.note(
                    .unbalancedQuote,
                    "The quote before “\(text)” is not closed; the rest of the query was read as a phrase."
                )
            }
            guard !text.allSatisfy(\.isLexemeSeparator) else {
                builder.note(.emptyPhrase, "An empty phrase “\"\"” was ignored.")
                return
            }
            builder.add(.phrase(text), negated: lexeme.negated, source: "\"\(text)\"")
        case .quotedFilter(let field, let value, let closed):
            if !closed {
                builder.note(
                    .unbalancedQuote,
                    "The quote after “\(field):” is not closed; the rest of the query was read as its value."
                )
            }
            addFieldValue(field: field, value: value, negated: lexeme.negated, to: &builder)
        case .bare(let text):
            addBare(text, negated: lexeme.negated, to: &builder)
        }
    }

    private func addBare(_ text: String, negated: Bool, to builder: inout QueryBuilder) {
        if text == "OR", !negated {
            builder.addOr()
        } else if let colon = text.firstIndex(of: ":"), colon != text.startIndex {
            addFieldValue(
                field: String(text[..<colon]),
                value: String(text[text.index(after: colon)...]),
                negated: negated,
                to: &builder
            )
        } else if text.hasSuffix("*") {
            addPrefix(text, negated: negated, to: &builder)
        } else {
            addWords(text, negated: negated, to: &builder)
        }
    }

    private func addFieldValue(field: String, value: String, negated: Bool, to builder: inout QueryBuilder) {
        guard let schemaField = keywordFields[field.lowercased()] else {
            builder.note(
                .unknownField,
                """
                “\(field)” is not a filter field; “\(field):\(value)” was searched \
                as words.
                """)
            addWords(field + " " + value, negated: negated, to: &builder)
            return
        }
        let trimmed = value.trimmingSeparators()
        if trimmed.isEmpty {
            builder.note(.emptyFilterValue, "The filter “\(field):” has no value and was ignored.")
        } else if negated {
            builder.note(
                .negatedFilter,
                "Excluding by filter (“-\(field):\(trimmed)”) is not supported; it was ignored."
            )
        } else {
            builder.addFilter(field: schemaField, value: trimmed, source: "\(field):\(trimmed)")
        }
    }

    private func addPrefix(_ text: String, negated: Bool, to builder: inout QueryBuilder) {
        let stem = String(text.drop { $0 == "*" }.reversed().drop { $0 == "*" }.reversed())
        let words = Self.words(in: stem)
        guard let last = words.last else {
            builder.note(.danglingOperator, "A “*” with no word before it was ignored.")
            return
        }
        for word in words.dropLast() { builder.add(.word(word), negated: negated, source: word) }
        if last.count >= 2 {
            builder.add(.prefix(last), negated: negated, source: last + "*")
        } else {
            builder.note(
                .danglingOperator,
                "“\(last)*” is too short for a prefix search (2 characters at least); it was searched as a word."
            )
            builder.add(.word(last), negated: negated, source: last)
        }
    }

    private func addWords(_ text: String, negated: Bool, to builder: inout QueryBuilder) {
        for word in Self.words(in: text) {
            builder.add(.word(word), negated: negated, source: word)
        }
    }

    /// Splits bare text into words at characters that cannot belong to a word; keeps `-`, `'`, `.`
    /// and `_` inside words (`e-mail`, `don't`) and lets the analyzer split those later.
    /// ASCII text, what most queries are, is split byte by byte, without grapheme breaking (the same words).
    static func words(in text: String) -> [String] {
        text.isASCII ? asciiWords(in: text) : unicodeWords(in: text)
    }

    /// ``words(in:)`` for any text.
    static func unicodeWords(in text: String) -> [String] {
        text.split { !isWordCharacter($0) }
            .map { $0.trimmingCharacters(where: isInnerPunctuation) }
            .filter { !$0.isEmpty }
    }

    /// ``words(in:)`` for ASCII text: the bytes are the characters, classified as ``isWordCharacter(_:)``
    /// classifies them (`"\r\n"` is two separators here and one there: either way it splits).
    static func asciiWords(in text: String) -> [String] {
        text.utf8.split { !isASCIIWordCharacter($0) }.compactMap { word in
            guard let first = word.firstIndex(where: { !isASCIIInnerPunctuation($0) }),
                let last = word.lastIndex(where: { !isASCIIInnerPunctuation($0) })
            else { return nil }
            return String(decoding: word[first...last], as: UTF8.self)
        }
    }

    /// Whether a character may belong to a bare word: a letter, a number, a combining mark or inner
    /// punctuation. ASCII characters are classified by value (`"\r\n"`, whose ``Character/asciiValue`` is a
    /// line feed, is not a word character).
    private static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return isASCIIWordCharacter(ascii) }
        return character.isLetter || character.isNumber || isInnerPunctuation(character)
            || character.unicodeScalars.contains {
                [.nonspacingMark, .spacingMark].contains($0.properties.generalCategory)
            }
    }

    /// Whether an ASCII character may belong to a bare word: `A`–`Z`, `a`–`z`, `0`–`9` or inner punctuation.
    private static func isASCIIWordCharacter(_ ascii: UInt8) -> Bool {
        switch ascii {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: isASCIIInnerPunctuation(ascii)
        }
    }

    /// Whether a character is punctuation kept inside words (`e-mail`, `don't`, `don’t`, `v1.2`, `snake_case`)
    /// but trimmed from their ends.
    private static func isInnerPunctuation(_ character: Character) -> Bool {
        character.asciiValue.map(isASCIIInnerPunctuation) ?? (character == "’")
    }

    /// ``isInnerPunctuation(_:)`` for an ASCII character: `-`, `'`, `.` or `_`.
    private static func isASCIIInnerPunctuation(_ ascii: UInt8) -> Bool {
        ascii == UInt8(ascii: "-") || ascii == UInt8(ascii: "'") || ascii == UInt8(ascii: ".")
            || ascii == UInt8(ascii: "_")
    }
}

extension StringProtocol {
    /// The text without leading and trailing separators (whitespace, control characters).
    fileprivate func trimmingSeparators() -> String {
        trimmingCharacters(where: \.isLexemeSeparator)
    }

    /// The text without leading and trailing characters for which `isTrimmed` holds.
    fileprivate func trimmingCharacters(where isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(self[first...last])
    }
}
