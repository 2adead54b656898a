/// A table of names and counts, laid out as aligned text for a terminal or as a Markdown table: the
/// shared layout of the coverage reports.
struct CountTable: Sendable {
    /// The column names.
    let header: [String]
    /// The rows, each as many cells as the header.
    let rows: [[String]]
    /// How many leading columns hold names (left-aligned); the others hold counts (right-aligned).
    let nameColumns: Int

    /// The columns padded to equal width, two spaces apart, with no trailing spaces; one line per row,
    /// each ending with a line feed.
    /// - Complexity: O(n) in the size of the table.
    var alignedText: String {
        let lines = [header] + rows
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        return lines.map { line in
            line.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - line[column].count)
                return column < nameColumns ? line[column] + padding : padding + line[column]
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces
        }
        .map { $0 + "\n" }
        .joined()
    }

    /// A GitHub Flavored Markdown table, count columns right-aligned; `|` in a cell is escaped.
    var markdown: String {
        let alignment = header.indices.map { $0 < nameColumns ? "---" : "---:" }
        return ([header, alignment] + rows).map { cells in
            "| " + cells.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        .joined()
    }
}
