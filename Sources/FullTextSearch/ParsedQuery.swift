/// The result of parsing query text: the typed ``Query`` and notes on anything that was reinterpreted
/// or cut, so that nothing is dropped silently.
public struct ParsedQuery: Sendable, Hashable {
    /// The query to run.
    public var query: Query
    /// What the parser changed or ignored, in the order it happened.
    public var notes: [QueryNote]

    /// Creates a parsed query.
    /// - Parameters:
    ///   - query: The query.
    ///   - notes: The parser's notes.
    public init(query: Query, notes: [QueryNote] = []) {
        self.query = query
        self.notes = notes
    }
}

/// Something the ``QueryParser`` reinterpreted or ignored, with a sentence a user can read.
public struct QueryNote: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kind of note, stable for programs.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// The text was longer than the length limit; the rest was ignored.
        case truncated
        /// There were more terms than the term limit; the rest were ignored.
        case tooManyTerms
        /// A quote was not closed; the rest of the text was read as a phrase.
        case unbalancedQuote
        /// `name:value` named no keyword field; both parts were searched as words.
        case unknownField
        /// `field:` had no value; it was ignored.
        case emptyFilterValue
        /// `-field:value` is not supported; it was ignored.
        case negatedFilter
        /// A `-`, `OR` or `*` had nothing to apply to; it was ignored.
        case danglingOperator
        /// `""` was ignored.
        case emptyPhrase
        /// A prefix or a misspelled word matched more indexed words than the expansion limit; only the
        /// first ones were searched.
        case expansionLimited
        /// The query had no words to search for and no filters, so nothing was searched.
        case emptyQuery
    }

    /// The kind of note.
    public let code: Code
    /// A sentence describing what happened, quoting the text concerned.
    public let message: String

    /// Creates a note.
    /// - Parameters:
    ///   - code: The kind of note.
    ///   - message: A sentence describing what happened.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// `code: message`.
    public var description: String { "\(code.rawValue): \(message)" }
}
