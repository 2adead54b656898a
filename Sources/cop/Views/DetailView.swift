import ChildOnlineProtection

/// `cop show ID`: the full text of one entity of any kind with its relations, as lines of text.
struct DetailView {
    let base: KnowledgeBase

    /// The view of the entity with `id`, or `nil` when no entity has that ID.
    func lines(for id: String) -> [StyledText]? {
        if let audience = Audience(rawValue: id), let set = base.guidelineSet(audience) { return lines(for: set) }
        if let risk = RiskID(rawValue: id).flatMap(base.risk) { return lines(for: risk) }
        if let recommendation = base.recommendation(id: id) { return lines(for: recommendation) }
        if let section = base.section(id: id) { return lines(for: section) }
        if let checklist = base.checklist(id: id) { return lines(for: checklist) }
        if let harm = base.harm(id: id) { return lines(for: harm) }
        if let topic = base.topic(id: id) { return lines(for: topic) }
        if let term = base.term(id: id) { return lines(for: term) }
        return nil
    }

    /// `audience 3, ...`: how many recommendations and checklist items each audience has.
    func countsPerAudience(_ count: (Audience) -> Int) -> String {
        Audience.allCases.map { "\($0.rawValue) \(count($0))" }.joined(separator: ", ")
    }

    /// The `Provenance` (where the content comes from) and `Confidence` fields.
    func provenance(_ provenance: Provenance) -> [(String, String)] {
        [("Provenance", provenance.source), ("Confidence", provenance.confidence.rawValue)]
    }

    /// "Answers questions like:" and one indented line per question, then a blank line; nothing when
    /// there are no questions.
    func questions(_ questions: [String]) -> [StyledText] {
        guard !questions.isEmpty else { return [] }
        return ["Answers questions like:"] + questions.map { StyledText("  - " + $0) } + [""]
    }

    func risks(_ ids: [RiskID]) -> String {
        TextLayout.named(ids.map { ($0.rawValue, base.risk($0)?.title ?? $0.rawValue) })
    }

    func topics(_ ids: [String]) -> String {
        TextLayout.named(ids.map { ($0, base.topic(id: $0)?.title ?? $0) })
    }

    func sectionPath(_ sectionID: String) -> String {
        var path: [Section] = []
        var current = base.section(id: sectionID)
        while let section = current, !path.contains(where: { $0.id == section.id }) {
            path.insert(section, at: 0)
            current = section.parentID.flatMap(base.section)
        }
        return path.map { "\($0.title) (\($0.id))" }.joined(separator: " > ")
    }

    func checklistName(_ id: String?) -> String {
        guard let id else { return "" }
        return "\(base.checklist(id: id)?.title ?? id) (\(id))"
    }

    func aliases(_ aliases: [Alias]) -> String {
        aliases.map { alias in alias.note.map { "\(alias.text) (\($0))" } ?? alias.text }.joined(separator: ", ")
    }
}
