import ChildOnlineProtection

/// Small helpers that lay out plain text for the terminal. Every piece of content passes through
/// ``Terminal/clean(_:)`` here.
enum TextLayout {
    /// `Label:  value` lines with the values aligned; empty values are left out.
    static func fields(_ pairs: [(String, String)]) -> [String] {
        let shown = pairs.filter { !$0.1.isEmpty }
        let width = (shown.map(\.0.count).max() ?? 0) + 2
        return shown.map { label, value in
            let head = (label + ":").padding(toLength: width)
            return head + Terminal.clean(value).replacing("\n", with: "\n" + String(repeating: " ", count: width))
        }
    }

    /// A heading line (bold on a terminal) and a line naming the kind and ID.
    static func header(_ title: String, _ subtitle: String) -> [String] {
        [Terminal.bold(Terminal.clean(title)), Terminal.clean(subtitle)]
    }

    /// A paragraph of content, cleaned.
    static func body(_ text: String) -> [String] {
        text.isEmpty ? [] : ["", Terminal.clean(text)]
    }

    /// `title (id)` for a list of linked entities.
    static func named(_ items: [(id: String, title: String)]) -> String {
        items.map { "\($0.title) (\($0.id))" }.joined(separator: ", ")
    }

    /// `file:line`, the way editors and the JSON contract locate a record.
    static func location(_ location: SourceLocation) -> String {
        "\(location.file):\(location.line)"
    }

    /// Rows of columns, left-aligned, two spaces apart.
    static func columns(_ rows: [[String]]) -> [String] {
        guard let count = rows.map(\.count).max() else { return [] }
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.indices.map { $0 == row.count - 1 ? row[$0] : row[$0].padding(toLength: widths[$0]) }.joined(separator: "  ")
        }
        .map { Terminal.clean($0) }
    }
}

extension String {
    /// The string padded with spaces to `length` characters (never cut).
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
