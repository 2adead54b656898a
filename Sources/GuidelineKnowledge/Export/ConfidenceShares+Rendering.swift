/// The confidence shares as aligned text, CSV, JSON or Markdown.
extension ConfidenceShares {
    /// The report in `format`, ending with a line feed.
    ///
    /// - `table` and `markdown`: one row per audience and an `all` row: `records`, then per level
    ///   `count (share%)`, shares rounded to whole percents. The Markdown form is the README's table.
    /// - `csv`: `audience,records,high,high-share,medium,...`, shares as fractions with 3 decimals.
    /// - `json`: `{"levels": [...], "audiences": [{"audience", "records", "counts": {...}, "shares": {...}}],
    ///   "all": {...}}`.
    /// - Complexity: O(audiences x levels).
    public func rendered(as format: ReportFormat) -> String {
        switch format {
        case .table: countTable.alignedText
        case .markdown: countTable.markdown
        case .csv: csvText
        case .json: jsonText
        }
    }

    private var allRows: [Row] { rows + [total] }

    private static func name(_ row: Row) -> String { row.audience?.rawValue ?? "all" }

    private var countTable: CountTable {
        let body = allRows.map { row in
            [Self.name(row), String(row.records)]
                + levels.map { "\(row.count(of: $0)) (\(Self.percent(row.share(of: $0))))" }
        }
        return CountTable(header: ["audience", "records"] + levels.map(\.rawValue), rows: body, nameColumns: 1)
    }

    /// `25%`: a fraction as a whole percentage, rounded half away from zero.
    private static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    /// `0.250`: a fraction with three decimals.
    private static func fraction(_ share: Double) -> String {
        let thousandths = Int((share * 1000).rounded())
        let digits = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - digits.count) + digits
    }

    private var csvText: String {
        let header = ["audience", "records"] + levels.flatMap { [$0.rawValue, "\($0.rawValue)-share"] }
        let body = allRows.map { row in
            [Self.name(row), String(row.records)]
                + levels.flatMap { [String(row.count(of: $0)), Self.fraction(row.share(of: $0))] }
        }
        return CSVTable(header: header, rows: body).text
    }

    private var jsonText: String {
        func object(_ row: Row) -> JSONValue {
            .object([
                ("audience", .string(Self.name(row))),
                ("records", .integer(row.records)),
                ("counts", .object(levels.map { ($0.rawValue, .integer(row.count(of: $0))) })),
                ("shares", .object(levels.map { ($0.rawValue, .number(row.share(of: $0))) })),
            ])
        }
        return JSONValue.object([
            ("levels", .array(levels.map { .string($0.rawValue) })),
            ("audiences", .array(rows.map(object))),
            ("all", object(total)),
        ])
        .serialized(expandedLevels: 2) + "\n"
    }
}
