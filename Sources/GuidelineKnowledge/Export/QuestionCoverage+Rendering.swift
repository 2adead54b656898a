/// The question coverage as aligned text, CSV, JSON or Markdown.
extension QuestionCoverage {
    /// The report in `format`, ending with a line feed.
    ///
    /// - `table` and `markdown`: three tables, questions per audience (records, records without
    ///   questions, questions), per risk and per topic, each with a total.
    /// - `csv`: one table `scope,id,children,...,total`; `scope` is `all` (ids `records`,
    ///   `records-without-questions`, `questions`), `risk` or `topic`.
    /// - `json`: `{"audiences": [...], "perAudience": [{"audience", "records", "recordsWithoutQuestions",
    ///   "questions"}], "risks": [{"risk", "title", "counts": {...}, "total"}], "topics": [{"topic", ...}]}`.
    /// - Complexity: O((risks + topics) x audiences).
    public func rendered(as format: ReportFormat) -> String {
        switch format {
        case .table: titledTables.map { "\($0.title)\n" + $0.table.alignedText }.joined(separator: "\n")
        case .markdown: titledTables.map { "**\($0.title)**\n\n" + $0.table.markdown }.joined(separator: "\n")
        case .csv: csvText
        case .json: jsonText
        }
    }

    private var columns: [String] { audiences.map(\.rawValue) + ["total"] }

    /// The per-audience figures as rows with one count per audience.
    private var summaryRows: [(id: String, counts: [Int])] {
        [
            ("records", perAudience.map(\.records)),
            ("records-without-questions", perAudience.map(\.recordsWithoutQuestions)),
            ("questions", perAudience.map(\.questions)),
        ]
    }

    private static func cells(_ id: String, _ counts: [Int]) -> [String] {
        [id] + (counts + [counts.reduce(0, +)]).map(String.init)
    }

    private func totalRow(_ rows: [Row]) -> [String] {
        Self.cells("total", audiences.indices.map { column in rows.reduce(0) { $0 + $1.counts[column] } })
    }

    private var titledTables: [(title: String, table: CountTable)] {
        [
            (
                "Questions per audience",
                CountTable(
                    header: ["count"] + columns, rows: summaryRows.map { Self.cells($0.id, $0.counts) }, nameColumns: 1)
            ),
            (
                "Questions per risk",
                CountTable(
                    header: ["risk"] + columns, rows: risks.map { Self.cells($0.id, $0.counts) } + [totalRow(risks)],
                    nameColumns: 1)
            ),
            (
                "Questions per topic",
                CountTable(
                    header: ["topic"] + columns, rows: topics.map { Self.cells($0.id, $0.counts) } + [totalRow(topics)],
                    nameColumns: 1)
            ),
        ]
    }

    private var csvText: String {
        let rows =
            summaryRows.map { ["all"] + Self.cells($0.id, $0.counts) }
            + risks.map { ["risk"] + Self.cells($0.id, $0.counts) }
            + topics.map { ["topic"] + Self.cells($0.id, $0.counts) }
        return CSVTable(header: ["scope", "id"] + columns, rows: rows).text
    }

    private var jsonText: String {
        func rows(_ rows: [Row], key: String) -> JSONValue {
            .array(
                rows.map { row in
                    .object([
                        (key, .string(row.id)),
                        ("title", .string(row.title)),
                        ("counts", .object(zip(audiences, row.counts).map { ($0.rawValue, .integer($1)) })),
                        ("total", .integer(row.total)),
                    ])
                })
        }
        let summary = perAudience.map { count -> JSONValue in
            .object([
                ("audience", .string(count.audience.rawValue)),
                ("records", .integer(count.records)),
                ("recordsWithoutQuestions", .integer(count.recordsWithoutQuestions)),
                ("questions", .integer(count.questions)),
            ])
        }
        return JSONValue.object([
            ("audiences", .array(audiences.map { .string($0.rawValue) })),
            ("perAudience", .array(summary)),
            ("risks", rows(risks, key: "risk")),
            ("topics", rows(topics, key: "topic")),
        ])
        .serialized(expandedLevels: 2) + "\n"
    }
}
