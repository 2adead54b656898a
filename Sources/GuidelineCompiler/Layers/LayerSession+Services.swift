import GuidelineKnowledge

/// Services and laws: level-2 entries of `Catalogue: services` and `Catalogue: laws` files.
extension LayerSession {
    static let serviceFields =
        ["ID", "Risks", "Hours", "Ages", "Languages", "Contact", "Questions"] + factFields("Phone") + factFields("Web")
    static let lawFields = ["ID", "Section", "Risks", "Audiences"] + factFields("Citation") + factFields("Web")

    mutating func readService(_ block: HeadingBlock, layerID: String) {
        base.checkFields(block, allowed: Self.serviceFields, required: ["ID", "Risks"])
        let id = declareID(block, what: "a service")
        let risks = riskIDs(block)
        let phone = sourcedFact(block, "Phone")
        let web = sourcedFact(block, "Web")
        // Optional for a service; when given, checked like a recommendation's (2 to 5, each ending with '?').
        let questions = block.field("Questions") == nil ? [] : base.questions(block, id: id ?? "")
        if block.field("Phone") == nil, block.field("Web") == nil {
            base.log.error(
                .unsourcedFact, "service '\(block.title)' has no phone number or web address",
                hint: "add '- Web: ...' with '- Web source:' and '- Web confidence:' (or a phone number the same way)",
                at: block.location)
        }
        guard reportEmptyFields(block), let id, phone != nil || web != nil else { return }
        services.append(
            Service(
                id: id, layerID: layerID, name: block.title, description: block.bodyText, riskIDs: risks, phone: phone,
                web: web,
                hours: block.field("Hours")?.value, ages: block.field("Ages")?.value,
                languages: block.field("Languages").map(base.listValues) ?? [], contact: block.field("Contact")?.value,
                questions: questions, location: block.location
            ))
    }

    mutating func readLaw(_ block: HeadingBlock, layerID: String) {
        base.checkFields(block, allowed: Self.lawFields, required: ["ID"])
        let id = declareID(block, what: "a law")
        let risks = riskIDs(block)
        let audiences = base.enumValues(block, "Audiences", as: Audience.self, code: .invalidValue) ?? []
        let web = sourcedFact(block, "Web")
        if block.field("Citation") == nil {
            base.log.error(
                .missingField, "law '\(block.title)' has no citation",
                hint:
                    """
                    add '- Citation: Short title Year, s. N' with '- Citation source: https://...' and '- Citation \
                    confidence: high'
                    """,
                at: block.location)
        }
        let citation = sourcedFact(block, "Citation")
        if block.bodyText.trimmingSpaces.isEmpty {
            base.log.error(
                .emptyRecommendation, "law '\(block.title)' needs a body saying what it requires or forbids",
                hint: "write it under the field list, in plain words", at: block.location)
        }
        guard reportEmptyFields(block), let id, let citation else { return }
        laws.append(
            Law(
                id: id, layerID: layerID, title: block.title, citation: citation,
                section: block.field("Section")?.value,
                text: block.bodyText, riskIDs: risks, audiences: audiences, web: web, location: block.location
            ))
    }
}
