import ChildOnlineProtection

/// `cop risk` and `cop topic`: what each guideline set asks about one risk or topic, audience by audience.
struct CrossAudienceView {
    /// One audience's column: its best items and how many it has in all.
    struct Column {
        let audience: Audience
        let items: [(id: String, title: String, location: String)]
        let total: Int
    }

    let columns: [Column]

    func lines() -> [StyledText] {
        var lines: [StyledText] = ["", "\(bold: "What each audience is asked to do:")"]
        for column in columns {
            let shown =
                column.items.count < column.total ? "\(column.items.count) of \(column.total)" : "\(column.total)"
            lines += ["", "\(bold: "\(column.audience.rawValue) (\(shown))")"]
            if column.items.isEmpty { lines.append("  (nothing in this guideline set)") }
            for item in column.items {
                lines.append("  - \(item.title) (\(item.id))")
                lines.append("    \(item.location)")
            }
        }
        return lines
    }
}
