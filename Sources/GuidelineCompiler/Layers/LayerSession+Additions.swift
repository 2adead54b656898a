import GuidelineKnowledge

/// Reading the entries of an `Additions:` file into `LayerAddition`s.
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
