/// A checklist export as a Markdown task list, JSON or CSV.
extension ChecklistExport {
    /// The formats a checklist export renders to.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// A GitHub task list (`- [ ] Title (`id`)`) under one `##` heading per group.
        case markdown
        /// `{"audience", "title", "checklists": [{"id", "title", "items": [records]}]}`, items in the record shape.
        case json
        /// One row per item: the group's ID and title, then the record columns of `cop export --format csv`.
        case csv
    }

    /// The export in `format`, ending with a line feed.
    /// - Complexity: O(n) in the size of the output.
    public func rendered(as format: Format) -> String {
        switch format {
        case .markdown: markdownText
        case .json: jsonText
        case .csv: csvText
        }
    }

    private var markdownText: String {
        var lines = ["# Checklist: \(title)", ""]
        for group in groups {
            lines += ["## \(group.title)", "", "`\(group.id)`: \(group.items.count) items", ""]
            lines += group.items.map { "- [ ] \($0.title) (`\($0.id)`)" }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private var jsonText: String {
        let checklists = groups.map { group -> JSONValue in
            .object([
                ("id", .string(group.id)),
                ("title", .string(group.title)),
                ("items", .array(group.items.map { .object(Record($0).jsonMembers()) })),
            ])
        }
        return JSONValue.object([
            ("audience", .string(audience.rawValue)), ("title", .string(title)), ("checklists", .array(checklists)),
        ])
        .serialized(expandedLevels: 4) + "\n"
    }

    private var csvText: String {
        let rows = groups.flatMap { group in group.items.map { [group.id, group.title] + Record($0).csvFields } }
        return CSVTable(header: ["checklist", "checklistTitle"] + Record.csvHeader, rows: rows).text
    }
}
