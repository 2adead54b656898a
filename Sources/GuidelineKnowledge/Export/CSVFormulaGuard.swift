/// Keeps CSV cells from running as spreadsheet formulas (OWASP "CSV injection", also "formula injection").
///
/// Spreadsheets treat a cell that begins with `=`, `+`, `-` or `@` as a formula, and some also after a
/// leading tab or carriage return, so a checklist title such as `=HYPERLINK(...)` would run when the CSV is
/// opened. Such a cell gets the standard treatment OWASP recommends: a single quote (`'`) in front, which
/// spreadsheets show as text and do not evaluate. Every CSV this library writes (``CSVTable``) goes through
/// ``neutralized(_:)``, cell by cell, before quoting.
enum CSVFormulaGuard {
    /// The first characters that make a spreadsheet evaluate a cell.
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `cell` with a leading `'` when it begins with a trigger; `cell` itself otherwise.
    static func neutralized(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, triggers.contains(first) else { return cell }
        return "'" + cell
    }
}
