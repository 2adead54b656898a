/// Comma-separated values as RFC 4180 writes them: a field is quoted when it holds a comma, a quote or a
/// line break, and quotes inside it are doubled. Rows end with a line feed. A field that a spreadsheet would
/// evaluate as a formula is neutralised first (``CSVFormulaGuard``).
struct CSVTable: Sendable {
    /// The column names.
    let header: [String]
    /// The rows, each as many fields as the header.
    var rows: [[String]] = []

    /// The CSV text: the header line, then one line per row (a quoted field may span lines).
    /// - Complexity: O(n) in the size of the output.
    var text: String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\n" }.joined()
    }

    /// One field, formula-neutralised, then quoted when needed.
    static func field(_ cell: String) -> String {
        let value = CSVFormulaGuard.neutralized(cell)
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
        guard needsQuotes else { return value }
        return "\"" + String(value.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
    }
}
