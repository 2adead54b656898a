/// The coverage matrix as an aligned text table, CSV or JSON.
extension CoverageMatrix {
    /// The formats the matrix renders to.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// Aligned columns for a terminal, with a total row and column.
        case table
        /// A header line and one line per risk: `risk,category,children,...,total`.
        case csv
        /// `{"audiences": [...], "risks": [{"risk", "title", "category", "counts": {...}, "total"}]}`.
        case json
    }

    /// The matrix in `format`, ending with a line feed.
    /// - Complexity: O(risks x audiences).
    public func rendered(as format: Format) -> String {
        switch format {
        case .table: tableText
        case .csv: csvText
        case .json: jsonText
        }
    }

    private var header: [String] { ["risk", "category"] + audiences.map(\.rawValue) + ["total"] }

    private var tableText: String {
        let totals = audiences.indices.map { column in rows.reduce(0) { $0 + $1.counts[column] } }
        let body = rows.map { row in [row.risk.rawValue, row.risk.category.rawValue] + (row.counts + [row.total]).map(String.init) }
        let footer = ["total", ""] + (totals + [totals.reduce(0, +)]).map(String.init)
        let lines = [header] + body + [footer]
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        return lines.map { line in
            line.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - line[column].count)
                // Names left-aligned, counts right-aligned.
                return column < 2 ? line[column] + padding : padding + line[column]
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
        }
        .joined(separator: "\n") + "\n"
    }

    private var csvText: String {
        CSVTable(header: header, rows: rows.map { row in [row.risk.rawValue, row.risk.category.rawValue] + (row.counts + [row.total]).map(String.init) }).text
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
        return JSONValue.object([("audiences", .array(audiences.map { .string($0.rawValue) })), ("risks", .array(risks))])
            .serialized(expandedLevels: 2) + "\n"
    }
}

extension String {
    /// The string without trailing spaces.
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
