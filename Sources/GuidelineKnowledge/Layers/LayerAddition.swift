/// A recommendation, checklist item or section a layer adds under a base section (`Additions: section-id`),
/// or a chapter it adds to a guideline set (`Additions: industry`). It takes its parent's guideline set when
/// the layer is applied. An entry with `- Kind: section` is a section; the others are recommendations (and
/// checklist items, with `Checklist:`). An `Additions:` file may name a section the same layer, or an
/// earlier one, adds.
public struct LayerAddition: Sendable, Hashable, Codable, Identifiable {
    /// Its stable ID.
    public let id: String
    /// The layer that adds it.
    public let layerID: String
    /// ``RecordKind/recommendation``, ``RecordKind/checklistItem`` or ``RecordKind/section``.
    public let kind: RecordKind
    /// The section it goes in, or the guideline set (``Audience`` raw value) a chapter goes in.
    public let parentID: String
    /// Its heading.
    public let title: String
    /// Its body.
    public let text: String
    /// Risks it addresses.
    public let riskIDs: [RiskID]
    /// Topic IDs it addresses (checked against the base's topics when applied).
    public let topicIDs: [String]
    /// Age bands.
    public let ageBands: [AgeBand]
    /// Readers (parents and educators).
    public let readers: [Reader]
    /// The checklist it is an item of, if any.
    public let checklistID: String?
    /// Questions it answers (recommendations).
    public let questions: [String]
    /// Where its advice comes from.
    public let provenance: Provenance
    /// Where its heading is.
    public let location: SourceLocation
    /// Where the file's `Additions:` value is (diagnostics about the parent point here).
    public let parentLocation: SourceLocation

    /// The recommendation it becomes in a section of `audience`.
    func recommendation(audience: Audience) -> Recommendation {
        Recommendation(
            id: id, audience: audience, sectionID: parentID, title: title, text: text, riskIDs: riskIDs,
            topicIDs: topicIDs,
            ageBands: ageBands, readers: readers, checklistID: checklistID, questions: questions,
            provenance: provenance, location: location
        )
    }

    /// The section it becomes in `audience`, under `parentID` (`nil` for a chapter).
    func section(audience: Audience, parentID: String?) -> Section {
        Section(
            id: id, audience: audience, title: title, text: text, parentID: parentID, subsectionIDs: [],
            recommendationIDs: [],
            riskIDs: riskIDs, topicIDs: topicIDs, ageBands: ageBands, readers: readers, checklistID: checklistID,
            provenance: provenance, location: location
        )
    }
}

extension LayerSession {
    static let additionFields = [
        "ID", "Kind", "Risks", "Topics", "Ages", "Readers", "Checklist", "Questions", "Source", "Confidence",
    ]
    static let additionKinds: [RecordKind] = [.recommendation, .section]

    mutating func readAddition(_ block: HeadingBlock, parentField: HeadingBlock.Field, layerID: String) {
        base.checkFields(block, allowed: Self.additionFields, required: ["ID", "Source", "Confidence"])
        let id = declareID(block, what: "an added record")
        var kind = RecordKind.recommendation
        if let field = block.field("Kind") {
            if let named = RecordKind(rawValue: field.value), Self.additionKinds.contains(named) {
                kind = named
            } else {
                base.log.error(
                    .invalidValue, "a layer cannot add a record of kind '\(field.value)' here",
                    hint:
                        """
                        use '- Kind: section' for a section; leave 'Kind' out for a recommendation (glossary terms go \
                        in a 'Catalogue: glossary' file)
                        """,
                    at: field.location)
            }
        }
        let risks = riskIDs(block)
        let topics = topicIDs(block)
        let ages = base.enumValues(block, "Ages", as: AgeBand.self, code: .unknownAgeBand) ?? []
        let readers = base.enumValues(block, "Readers", as: Reader.self, code: .invalidValue) ?? []
        let checklistID = block.field("Checklist")?.value
        var questions: [String] = []
        if kind == .section {
            if let field = block.field("Questions") {
                base.log.error(
                    .unknownField, "a section has no 'Questions'",
                    hint: "ask the questions in the recommendations under it", at: field.location)
            }
        } else {
            questions = base.questions(block, id: id ?? "")
            if risks.isEmpty, topics.isEmpty {
                base.log.error(
                    .missingField, "'\(block.title)' needs 'Risks' or 'Topics'",
                    hint: "add '- Risks: grooming' (plain IDs or links)", at: block.location)
            }
            if block.bodyText.trimmingSpaces.isEmpty {
                base.log.error(
                    .emptyRecommendation, "recommendation '\(block.title)' has no body",
                    hint: "write the advice under the field list", at: block.location)
            }
            if checklistID != nil { kind = .checklistItem }
        }
        guard reportEmptyFields(block), let id, let provenance = base.provenance(block, inherited: nil) else { return }
        additions.append(
            LayerAddition(
                id: id, layerID: layerID, kind: kind, parentID: parentField.value, title: block.title,
                text: block.bodyText, riskIDs: risks,
                topicIDs: topics, ageBands: ages, readers: readers, checklistID: checklistID, questions: questions,
                provenance: provenance,
                location: block.location, parentLocation: parentField.location
            ))
    }
}
