/// A recommendation or checklist item a layer adds under a base section (`Additions: section-id`).
/// It takes the section's audience when the layer is applied.
public struct LayerAddition: Sendable, Hashable, Codable, Identifiable {
    /// Its stable ID.
    public let id: String
    /// The layer that adds it.
    public let layerID: String
    /// The base section it goes in.
    public let sectionID: String
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
    /// Questions it answers.
    public let questions: [String]
    /// Where its advice comes from.
    public let provenance: Provenance
    /// Where its heading is.
    public let location: SourceLocation
    /// Where the file's `Additions:` value is (diagnostics about the section point here).
    public let sectionLocation: SourceLocation

    /// The recommendation it becomes in a section of `audience`.
    func recommendation(audience: Audience) -> Recommendation {
        Recommendation(
            id: id, audience: audience, sectionID: sectionID, title: title, text: text, riskIDs: riskIDs, topicIDs: topicIDs,
            ageBands: ageBands, readers: readers, checklistID: checklistID, questions: questions, provenance: provenance, location: location
        )
    }
}

extension LayerSession {
    static let additionFields = ["ID", "Risks", "Topics", "Ages", "Readers", "Checklist", "Questions", "Source", "Confidence"]

    mutating func readAddition(_ block: HeadingBlock, sectionField: HeadingBlock.Field, layerID: String) {
        base.checkFields(block, allowed: Self.additionFields, required: ["ID", "Source", "Confidence"])
        let id = declareID(block, what: "an added recommendation")
        let risks = riskIDs(block)
        let topics = block.field("Topics").map { field in field.links.isEmpty ? base.listValues(field) : field.links.compactMap { $0.destination.split(separator: "#").last.map(String.init) } } ?? []
        let ages = base.enumValues(block, "Ages", as: AgeBand.self, code: .unknownAgeBand) ?? []
        let readers = base.enumValues(block, "Readers", as: Reader.self, code: .invalidValue) ?? []
        let questions = base.questions(block, id: id ?? "")
        if risks.isEmpty, topics.isEmpty {
            base.log.error(.missingField, "'\(block.title)' needs 'Risks' or 'Topics'", hint: "add '- Risks: grooming' (plain IDs or links)", at: block.location)
        }
        if block.bodyText.trimmingSpaces.isEmpty {
            base.log.error(.emptyRecommendation, "recommendation '\(block.title)' has no body", hint: "write the advice under the field list", at: block.location)
        }
        guard reportEmptyFields(block), let id, let provenance = base.provenance(block, inherited: nil) else { return }
        additions.append(LayerAddition(
            id: id, layerID: layerID, sectionID: sectionField.value, title: block.title, text: block.bodyText, riskIDs: risks, topicIDs: topics,
            ageBands: ages, readers: readers, checklistID: block.field("Checklist")?.value, questions: questions, provenance: provenance,
            location: block.location, sectionLocation: sectionField.location
        ))
    }
}
