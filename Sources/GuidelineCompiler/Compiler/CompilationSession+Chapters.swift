import GuidelineKnowledge

/// Pass 3 for chapter files: sections and recommendations of one guideline set.
extension CompilationSession {
    /// What a section passes down to the records inside it. A section with errors still passes down what
    /// it can, so the records inside it are checked too; `isUsable` is false and they are not kept.
    private struct Inherited {
        let sectionID: String
        let ageBands: [AgeBand]
        let readers: [Reader]
        let checklistID: String?
        let provenance: Provenance?
        let isUsable: Bool
    }

    private static let chapterFields = [
        "ID", "Set", "Source", "Confidence", "Ages", "Readers", "Checklist", "Risks", "Topics",
    ]
    private static let subsectionFields = [
        "ID", "Source", "Confidence", "Ages", "Readers", "Checklist", "Risks", "Topics",
    ]
    private static let recommendationFields = [
        "ID", "Risks", "Topics", "Ages", "Readers", "Checklist", "Questions", "Source", "Confidence",
    ]

    /// The guideline sets whose records may name age bands: the children's own, and the advice to adults
    /// that depends on the child's age.
    private static let audiencesWithAges: Set<Audience> = [.children, .parentsEducators]

    mutating func buildChapter(_ audience: Audience, _ file: ParsedFile) {
        var chapter: Inherited?
        var subsection: Inherited?
        for (block, _, id) in file.records {
            checkBodyLinks(block, in: file)
            switch block.level {
            case 1:
                chapter = buildSection(block, id: id, audience: audience, parent: nil, in: file)
            case 2:
                subsection = chapter.flatMap { buildSection(block, id: id, audience: audience, parent: $0, in: file) }
            default:
                if let subsection { buildRecommendation(block, id: id, audience: audience, in: subsection, file: file) }
            }
        }
    }

    private mutating func buildSection(
        _ block: HeadingBlock, id: String, audience: Audience, parent: Inherited?, in file: ParsedFile
    ) -> Inherited? {
        let isChapter = parent == nil
        let required = isChapter ? ["ID", "Set", "Source", "Confidence"] : ["ID"]
        let fieldsComplete = checkFields(
            block, allowed: isChapter ? Self.chapterFields : Self.subsectionFields, required: required)
        let errorsBefore = log.errorCount
        let provenance = provenance(block, inherited: parent?.provenance)
        let inherited = Inherited(
            sectionID: id,
            ageBands: ageBands(block, audience: audience) ?? parent?.ageBands ?? [],
            readers: readers(block, audience: audience) ?? parent?.readers ?? [],
            checklistID: checklist(block, audience: audience, in: file) ?? parent?.checklistID,
            provenance: provenance,
            // A section whose ID is a duplicate passes down `isUsable == false`: its records are checked but
            // not kept, since their section ID would name the other record.
            isUsable: fieldsComplete && provenance != nil && log.errorCount == errorsBefore && parent?.isUsable != false
                && !duplicateRecordLocations.contains(block.location)
        )
        let risks = linkedIDs(block, "Risks", in: file, expecting: .risk).compactMap(RiskID.init(rawValue:))
        let topics = linkedIDs(block, "Topics", in: file, expecting: .topic)
        guard inherited.isUsable, let provenance else { return inherited }
        parts.sections.append(
            Section(
                id: id, audience: audience, title: block.title, text: block.bodyText, parentID: parent?.sectionID,
                subsectionIDs: [], recommendationIDs: [], riskIDs: risks, topicIDs: topics,
                ageBands: inherited.ageBands, readers: inherited.readers, checklistID: inherited.checklistID,
                provenance: provenance, location: block.location
            )
        )
        return inherited
    }

    private mutating func buildRecommendation(
        _ block: HeadingBlock, id: String, audience: Audience, in section: Inherited, file: ParsedFile
    ) {
        let fieldsComplete = checkFields(block, allowed: Self.recommendationFields, required: ["ID"])
        let risks = linkedIDs(block, "Risks", in: file, expecting: .risk).compactMap(RiskID.init(rawValue:))
        let topics = linkedIDs(block, "Topics", in: file, expecting: .topic)
        if block.field("Risks") == nil && block.field("Topics") == nil, fieldsComplete {
            log.error(
                .missingField, "recommendation '\(block.title)' links no risk or topic",
                hint: "add '- Risks: [..](..)' or '- Topics: [..](..)'", at: block.location)
            return
        }
        let text = block.bodyText
        guard !text.isEmpty else {
            log.error(
                .emptyRecommendation, "recommendation '\(block.title)' has no text",
                hint: "say how to do it and why, in a paragraph under the field list", at: block.location)
            return
        }
        let ages = ageBands(block, audience: audience) ?? section.ageBands
        let readers = readers(block, audience: audience) ?? section.readers
        let checklistID = checklist(block, audience: audience, in: file) ?? section.checklistID
        let questions = questions(block, id: id)
        let errorsBefore = log.errorCount
        let provenance = recordProvenance(block, section: section.provenance)
        // A section with errors was reported already; its records are checked above but not kept.
        guard fieldsComplete, section.isUsable, log.errorCount == errorsBefore, let provenance else { return }
        parts.recommendations.append(
            Recommendation(
                id: id, audience: audience, sectionID: section.sectionID, title: block.title, text: text,
                riskIDs: risks, topicIDs: topics,
                ageBands: ages, readers: readers, checklistID: checklistID, questions: questions,
                provenance: provenance, location: block.location
            )
        )
    }

    private mutating func ageBands(_ block: HeadingBlock, audience: Audience) -> [AgeBand]? {
        guard let values = enumValues(block, "Ages", as: AgeBand.self, code: .unknownAgeBand) else { return nil }
        if !Self.audiencesWithAges.contains(audience), let field = block.field("Ages") {
            log.error(
                .invalidValue,
                """
                'Ages' applies to the children's and the parents and educators guidelines only, not to \
                '\(audience.rawValue)'
                """,
                hint: "remove the field", at: field.location)
        }
        return values
    }

    private mutating func readers(_ block: HeadingBlock, audience: Audience) -> [Reader]? {
        guard let values = enumValues(block, "Readers", as: Reader.self, code: .invalidValue) else { return nil }
        if audience != .parentsEducators, let field = block.field("Readers") {
            log.error(
                .invalidValue,
                "'Readers' applies to the parents and educators guidelines only, not to '\(audience.rawValue)'",
                hint: "remove the field", at: field.location)
        }
        return values
    }

    private mutating func checklist(_ block: HeadingBlock, audience: Audience, in file: ParsedFile) -> String? {
        guard let field = block.field("Checklist"),
            let id = linkedIDs(block, "Checklist", in: file, expecting: .checklist).first
        else { return nil }
        if let checklist = parts.checklists.first(where: { $0.id == id }), checklist.audience != audience {
            log.error(
                .invalidValue,
                "checklist '\(id)' belongs to '\(checklist.audience.rawValue)', not to '\(audience.rawValue)'",
                at: field.location)
            return nil
        }
        return id
    }
}
