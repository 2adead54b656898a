import CBenchSQLite
public import ChildOnlineProtection

/// The baseline: SQLite FTS5 over the same records, in an in-memory database.
///
/// One FTS5 table `t(title, aliases, text, ...)` with `tokenize='porter unicode61'`, ranked with
/// `bm25(t, 3.0, 2.5, 1.0)` (title and aliases above body text, as our engine weighs them). The filter
/// columns (`id`, `audience`, `kind`, `risks`, `topics`, `ages`) are `UNINDEXED` and filtered with SQL
/// `WHERE`. Each query returns the ID, title and a highlighted snippet of the top hits, like ours.
///
/// Not `Sendable`: one connection, used from one thread.
public final class FTS5Index {
    private var db: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    /// Creates the database and inserts every record (untimed set-up).
    public init(records: [Record]) throws {
        guard sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            throw CorpusError(message: "sqlite3_open_v2 failed")
        }
        try execute(
            """
            CREATE VIRTUAL TABLE t USING fts5(
                title, aliases, text,
                id UNINDEXED, audience UNINDEXED, kind UNINDEXED, risks UNINDEXED, topics UNINDEXED, ages UNINDEXED,
                tokenize='porter unicode61'
            )
            """)
        try execute("BEGIN")
        let insert = try prepare(
            "INSERT INTO t (title, aliases, text, id, audience, kind, risks, topics, ages) VALUES (?,?,?,?,?,?,?,?,?)")
        for record in records {
            sqlite3_reset(insert)
            let values = [
                record.title,
                record.aliases.joined(separator: ", "),
                record.text,
                record.id,
                record.audience?.rawValue ?? "",
                record.kind.rawValue,
                Self.list(record.risks.map(\.rawValue)),
                Self.list(record.topics),
                Self.list(record.ageBands.map(\.rawValue)),
            ]
            for (index, value) in values.enumerated() { bind(insert, Int32(index + 1), value) }
            guard sqlite3_step(insert) == SQLITE_DONE else {
                throw CorpusError(message: "insert failed: \(errorMessage)")
            }
        }
        try execute("COMMIT")
        try execute("INSERT INTO t(t) VALUES('optimize')")
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close(db)
    }

    /// A space-delimited list (` a b `) that `LIKE '% a %'` can test.
    static func list(_ values: [String]) -> String { " " + values.joined(separator: " ") + " " }

    /// Runs one query; returns the IDs of the top hits, best first. A malformed MATCH expression yields no hits.
    public func search(_ match: String, filters: [FTS5Filter] = [], limit: Int = 10) -> [String] {
        var sql = "SELECT id, title, snippet(t, 2, '[', ']', '…', 12) FROM t WHERE t MATCH ?1"
        for filter in filters { sql += " AND " + filter.sql }
        sql += " ORDER BY bm25(t, 3.0, 2.5, 1.0) LIMIT ?2"
        guard let statement = try? cachedStatement(sql) else { return [] }
        sqlite3_reset(statement)
        bind(statement, 1, match)
        sqlite3_bind_int(statement, 2, Int32(limit))
        var ids: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            ids.append(text(statement, 0))
            _ = text(statement, 1)
            _ = text(statement, 2)
        }
        return ids
    }

    // MARK: SQLite plumbing

    private var errorMessage: String { String(cString: sqlite3_errmsg(db)) }

    private func execute(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
            throw CorpusError(message: "\(sql): \(errorMessage)")
        }
    }

    private func prepare(_ sql: String) throws -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw CorpusError(message: "\(sql): \(errorMessage)")
        }
        statements[sql] = statement
        return statement
    }

    private func cachedStatement(_ sql: String) throws -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        return try prepare(sql)
    }

    /// SQLITE_TRANSIENT: SQLite copies the text before `bind` returns.
    private func bind(_ statement: OpaquePointer, _ index: Int32, _ value: String) {
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        sqlite3_bind_text(statement, index, value, -1, transient)
    }

    private func text(_ statement: OpaquePointer, _ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(statement, column) else { return "" }
        return String(cString: pointer)
    }
}

/// A `WHERE` condition on one of the FTS5 table's unindexed columns.
public struct FTS5Filter: Sendable, Hashable {
    public let sql: String

    /// `audience = 'industry'`, `kind = 'checklist-item'`.
    public static func equals(_ column: String, _ value: String) -> FTS5Filter {
        FTS5Filter(sql: "\(column) = '\(value.replacingQuotes())'")
    }

    /// A list column (`risks`, `topics`, `ages`) that contains `value`.
    public static func contains(_ column: String, _ value: String) -> FTS5Filter {
        FTS5Filter(sql: "\(column) LIKE '% \(value.replacingQuotes()) %'")
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''")
    }
}
