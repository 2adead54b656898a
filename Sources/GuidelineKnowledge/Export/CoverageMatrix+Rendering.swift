/// The coverage matrix as an aligned text table, CSV, JSON or Markdown.
extension CoverageMatrix {
    /// The formats the matrix renders to: `table` (aligned, with a total row and column), `csv`
    /// (`risk,category,children,...,total`), `json` (`{"audiences": [...], "risks": [{"risk", "title",
    /// "category", "counts": {...}, "total"}]}`) and `markdown` (the table's rows as a Markdown table).
    public typealias Format = ReportFormat

    /// The matrix in `format`, ending with a line feed.
    /// - Complexity: O(risks x audiences).
    public func rendered(as format: Format) -> String {
        switch format {
        case .table: tableText
        case .csv: csvText
        case .json: jsonText
        case .markdown: countTable.markdown
        }
    }

    private var header: [String] { ["risk", "category"] + audiences.map(\.rawValue) + ["total"] }

    /// The rows with a total row at the foot.
    private var countTable: CountTable {
        let totals = audiences.indices.map { column in rows.reduce(0) { $0 + $1.counts[column] } }
        let body = rows.map(cells)
        let footer = ["total", ""] + (totals + [totals.reduce(0, +)]).map(String.init)
        return CountTable(header: header, rows: body + [footer], nameColumns: 2)
    }

    private var tableText: String { countTable.alignedText }

    private var csvText: String {
        CSVTable(header: header, rows: rows.map(cells)).text
    }

    /// A risk's cells: its ID, its category, its counts per audience and its total.
    private func cells(_ row: Row) -> [String] {
        [row.risk.rawValue, row.risk.category.rawValue] + (row.counts + [row.total]).map(String.init)
    }

    private var jsonText: String {
        let risks = rows.map { row -> JSONValue in
            .object([
                ("risk", .string(row.risk.rawValue)),
                ("title", .string(row.title)),
                ("category", .string(row.risk.category.rawValue)),
                ("counts", .object(zip(audiences, row.counts).map { ($0.rawValue, .integer($1)) })),
                ("total", .integer(row.total)),
            ])
        }
        return JSONValue.object([
            ("audiences", .array(audiences.map { .string($0.rawValue) })), ("risks", .array(risks)),
        ])
        .serialized(expandedLevels: 2) + "\n"
    }
}
