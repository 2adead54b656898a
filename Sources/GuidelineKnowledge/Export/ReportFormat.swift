/// The formats the coverage reports (``CoverageMatrix``, ``QuestionCoverage``, ``ConfidenceShares``)
/// render to.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Aligned columns for a terminal, with totals.
    case table
    /// A header line and one line per row.
    case csv
    /// One JSON object.
    case json
    /// GitHub Flavored Markdown tables, for a README or a report.
    case markdown
}
