import ChildOnlineProtection

/// Small helpers that lay out plain text for the terminal. Nothing here sanitises: ``Console`` does, as the
/// text is written.
enum TextLayout {
    /// `Label:  value` lines with the values aligned; empty values are left out.
    static func fields(_ pairs: [(String, String)]) -> [StyledText] {
        let shown = pairs.filter { !$0.1.isEmpty }
        let width = (shown.map(\.0.count).max() ?? 0) + 2
        return shown.map { label, value in
            let head = (label + ":").padding(toLength: width)
            return StyledText(head + value.replacing("\n", with: "\n" + String(repeating: " ", count: width)))
        }
    }

    /// The text on one line: each line break and tab becomes a space.
    /// - Complexity: O(*n*) in the text's UTF-8 length (by bytes: both are ASCII, so no character is split).
    static func oneLine(_ text: some StringProtocol) -> String {
        let breaks: (UInt8) -> Bool = { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\t") }
        guard text.utf8.contains(where: breaks) else { return String(text) }
        return String(decoding: text.utf8.map { breaks($0) ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    /// A heading line (bold on a terminal) and a line naming the kind and ID.
    static func header(_ title: String, _ subtitle: String) -> [StyledText] {
        ["\(bold: title)", StyledText(subtitle)]
    }

    /// A paragraph of content.
    static func body(_ text: String) -> [StyledText] {
        text.isEmpty ? [] : ["", StyledText(text)]
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
    static func columns(_ rows: [[String]]) -> [StyledText] {
        guard let count = rows.map(\.count).max() else { return [] }
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            StyledText(
                row.indices.map { $0 == row.count - 1 ? row[$0] : row[$0].padding(toLength: widths[$0]) }.joined(
                    separator: "  "))
        }
    }
}

extension String {
    /// The string padded with spaces to `length` characters (never cut).
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
