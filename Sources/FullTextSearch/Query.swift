/// A search request as a typed value, independent of any index: what the ``QueryParser`` produces and
/// what callers can build directly.
///
/// A query is a list of ``Clause``s. A document matches if it matches at least one clause; documents that
/// match more clauses rank higher (coordination), so natural-language questions work without a strict AND.
/// Each clause is satisfied by any of its alternatives (`OR`). ``exclusions`` remove documents;
/// ``filters`` keep only documents with one of the listed keyword values, per field.
///
/// ```swift
/// let query = Query(
///     clauses: [.init(.word("grooming")), .init(anyOf: [.phrase("online games"), .prefix("chat")])],
///     exclusions: [.word("adult")],
///     filters: ["audience": ["parents"]]
/// )
/// ```
public struct Query: Sendable, Hashable, Codable {
    /// One searchable unit.
    public enum Term: Sendable, Hashable, Codable {
        /// A word, matched by stem; typo tolerance applies when the stem is not in the index.
        /// A "word" that analyzes to several words (`e-mail`) is matched as a phrase.
        case word(String)
        /// Words that must appear in this order, next to each other.
        case phrase(String)
        /// Any indexed word starting with this text (`cyber` matches *cyberbullying*).
        case prefix(String)
    }

    /// A set of alternatives, any one of which satisfies the clause.
    public struct Clause: Sendable, Hashable, Codable {
        /// The alternatives, OR'd.
        public var alternatives: [Term]

        /// A clause with several alternatives (`a OR b`).
        /// - Parameter alternatives: The terms, any of which satisfies the clause.
        public init(anyOf alternatives: [Term]) {
            self.alternatives = alternatives
        }

        /// A clause with one term.
        /// - Parameter term: The term.
        public init(_ term: Term) {
            self.alternatives = [term]
        }
    }

    /// The clauses; a document must match at least one unless the list is empty.
    public var clauses: [Clause]
    /// Terms whose matching documents are removed from the results.
    public var exclusions: [Term]
    /// Keyword field name to accepted values: values of one field are OR'd, fields are AND'd.
    /// Values match case-insensitively.
    public var filters: [String: Set<String>]

    /// Creates a query.
    /// - Parameters:
    ///   - clauses: The clauses, each satisfied by any of its alternatives.
    ///   - exclusions: Terms that remove documents.
    ///   - filters: Keyword field to accepted values.
    public init(clauses: [Clause] = [], exclusions: [Term] = [], filters: [String: Set<String>] = [:]) {
        self.clauses = clauses
        self.exclusions = exclusions
        self.filters = filters
    }

    /// Creates a query where each term is its own clause.
    /// - Parameters:
    ///   - terms: The terms.
    ///   - exclusions: Terms that remove documents.
    ///   - filters: Keyword field to accepted values.
    public init(terms: [Term], exclusions: [Term] = [], filters: [String: Set<String>] = [:]) {
        self.init(clauses: terms.map(Clause.init), exclusions: exclusions, filters: filters)
    }

    /// Whether the query has neither clauses, exclusions nor filters.
    public var isEmpty: Bool {
        clauses.isEmpty && exclusions.isEmpty && filters.isEmpty
    }
}
