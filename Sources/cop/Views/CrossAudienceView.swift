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

    func lines() -> [String] {
        var lines = ["", Terminal.bold("What each audience is asked to do:")]
        for column in columns {
            let shown = column.items.count < column.total ? "\(column.items.count) of \(column.total)" : "\(column.total)"
            lines += ["", Terminal.bold("\(column.audience.rawValue) (\(shown))")]
            if column.items.isEmpty { lines.append("  (nothing in this guideline set)") }
            for item in column.items {
                lines += Terminal.clean("  - \(item.title) (\(item.id))").split(separator: "\n").map(String.init)
                lines.append("    \(Terminal.clean(item.location))")
            }
        }
        return lines
    }
}
