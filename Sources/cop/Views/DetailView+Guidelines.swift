import ChildOnlineProtection

/// The entities of the guideline sets: sets, sections, recommendations and checklists.
extension DetailView {
    func lines(for recommendation: Recommendation) -> [StyledText] {
        let header: [StyledText] = TextLayout.header(
            recommendation.title,
            "\(recommendation.kind.rawValue) \(recommendation.id) · \(recommendation.audience.rawValue)")
        let body: [StyledText] = TextLayout.body(recommendation.text) + [""]
        return header + body + questions(recommendation.questions)
            + TextLayout.fields(
                [
                    ("Section", sectionPath(recommendation.sectionID)),
                    ("Risks", risks(recommendation.riskIDs)),
                    ("Topics", topics(recommendation.topicIDs)),
                    ("Ages", recommendation.ageBands.map(\.rawValue).joined(separator: ", ")),
                    ("Readers", recommendation.readers.map(\.rawValue).joined(separator: ", ")),
                    ("Checklist", checklistName(recommendation.checklistID)),
                ] + provenance(recommendation.provenance) + [
                    ("Source", TextLayout.location(recommendation.location))
                ])
    }

    func lines(for section: Section) -> [StyledText] {
        let contents =
            section.subsectionIDs.compactMap(base.section).map { "  § \($0.title) (\($0.id))" }
            + section.recommendationIDs.compactMap(base.recommendation).map { "  - \($0.title) (\($0.id))" }
        return TextLayout.header(section.title, "section \(section.id) · \(section.audience.rawValue)")
            + TextLayout.body(section.text) + [""]
            + TextLayout.fields(
                [
                    ("Within", section.parentID.map(sectionPath) ?? ""),
                    ("Risks", risks(section.riskIDs)),
                    ("Topics", topics(section.topicIDs)),
                    ("Ages", section.ageBands.map(\.rawValue).joined(separator: ", ")),
                    ("Readers", section.readers.map(\.rawValue).joined(separator: ", ")),
                    ("Checklist", checklistName(section.checklistID)),
                ] + provenance(section.provenance) + [
                    ("Source", TextLayout.location(section.location))
                ])
            + (contents.isEmpty ? [] : ["", "Contents:"] + contents.map { StyledText($0) })
    }

    func lines(for set: GuidelineSet) -> [StyledText] {
        let chapters = set.chapterIDs.compactMap(base.section).map { "  § \($0.title) (\($0.id))" }
        return TextLayout.header(set.title, "guideline set \(set.id.rawValue)")
            + TextLayout.body(set.description) + [""]
            + TextLayout.fields(
                [
                    ("Advice", "\(base.recommendations(for: set.id).count) recommendations and checklist items"),
                    ("Checklists", TextLayout.named(base.checklists(for: set.id).map { ($0.id, $0.title) })),
                ] + provenance(set.provenance) + [
                    ("Source", TextLayout.location(set.location))
                ])
            + (chapters.isEmpty ? [] : ["", "Chapters:"] + chapters.map { StyledText($0) })
    }

    func lines(for checklist: Checklist) -> [StyledText] {
        let items = base.items(of: checklist.id).map { "  - [ ] \($0.title) (\($0.id))" }
        return TextLayout.header(checklist.title, "checklist \(checklist.id) · \(checklist.audience.rawValue)")
            + TextLayout.body(checklist.description) + [""]
            + TextLayout.fields([("Source", TextLayout.location(checklist.location))])
            + ["", "Items (\(items.count)):"] + items.map { StyledText($0) }
    }
}
