import GuidelineKnowledge

/// Glossary terms: level-2 entries of a `Catalogue: glossary` file, each with its own provenance.
///
/// ```markdown
/// ## Online Safety Act
/// - ID: gb-term-online-safety-act
/// - Aliases: OSA
/// - Risks: harmful-content
/// - Source: https://...
/// - Confidence: high
///
/// The UK law that ...
/// ```
extension LayerSession {
    static let termFields = ["ID", "Aliases", "Risks", "Topics", "Source", "Confidence"]

    mutating func readTerm(_ block: HeadingBlock, layerID: String) {
        base.checkFields(block, allowed: Self.termFields, required: ["ID", "Source", "Confidence"])
        let id = declareID(block, what: "a glossary term")
        let risks = riskIDs(block)
        let topics = topicIDs(block)
        if block.bodyText.trimmingSpaces.isEmpty {
            base.log.error(
                .emptyRecommendation, "term '\(block.title)' needs its definition as the body",
                hint: "write the definition under the field list", at: block.location)
        }
        guard reportEmptyFields(block), let id, let provenance = base.provenance(block, inherited: nil) else { return }
        terms.append(
            LayerTerm(
                id: id, layerID: layerID, title: block.title,
                aliases: block.field("Aliases").map(base.listValues) ?? [], definition: block.bodyText,
                riskIDs: risks, topicIDs: topics, provenance: provenance, location: block.location
            ))
    }
}
