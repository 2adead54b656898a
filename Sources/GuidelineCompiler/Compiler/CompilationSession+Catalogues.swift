import GuidelineKnowledge

/// Pass 3 for catalogue files: risks, harms, topics, glossary terms, checklists and guideline sets.
extension CompilationSession {
    mutating func buildCatalogue(_ kind: CatalogueKind, _ file: ParsedFile) {
        let fields = kind.fields
        for (block, _, id) in file.records {
            guard checkFields(block, allowed: fields.required + fields.optional, required: fields.required) else {
                continue
            }
            checkBodyLinks(block, in: file)
            let location = block.location
            let text = block.bodyText
            if text.isEmpty {
                log.error(
                    .emptyDefinition, "'\(block.title)' has no definition",
                    hint: "write the definition as a paragraph under the field list", at: location)
            }
            switch kind {
            case .guidelineSets:
                guard let audience = Audience(rawValue: id), let provenance = provenance(block, inherited: nil) else {
                    continue
                }
                parts.guidelineSets.append(
                    GuidelineSet(
                        id: audience, title: block.title, description: text, provenance: provenance, chapterIDs: [],
                        location: location))
            case .risks:
                guard let riskID = RiskID(rawValue: id) else { continue }
                if let field = block.field("Category"), field.value != riskID.category.rawValue {
                    log.error(
                        .invalidValue,
                        """
                        risk '\(id)' has category '\(field.value)', but the taxonomy puts it in \
                        '\(riskID.category.rawValue)'
                        """,
                        hint: "write 'Category: \(riskID.category.rawValue)'", at: field.location)
                }
                let harms = linkedIDs(block, "Harms", in: file, expecting: .harm)
                parts.risks.append(
                    Risk(
                        id: riskID, title: block.title, aliases: aliases(block), definition: text, harmIDs: harms,
                        location: location))
            case .harms:
                parts.harms.append(Harm(id: id, title: block.title, definition: text, location: location))
            case .topics:
                parts.topics.append(
                    Topic(id: id, title: block.title, aliases: aliases(block), definition: text, location: location))
            case .glossary:
                let related = linkedRisksAndTopics(block, "Related", in: file)
                parts.terms.append(
                    Term(
                        id: id, title: block.title, aliases: aliases(block), definition: text,
                        relatedRiskIDs: related.risks, relatedTopicIDs: related.topics, location: location))
            case .checklists:
                guard let field = block.field("Set") else { continue }
                guard let audience = Audience(rawValue: field.value) else {
                    log.error(
                        .invalidValue, "unknown guideline set '\(field.value)'",
                        hint: "use one of: \(Audience.allCases.map(\.rawValue).joined(separator: ", "))",
                        at: field.location)
                    continue
                }
                parts.checklists.append(
                    Checklist(id: id, audience: audience, title: block.title, description: text, location: location))
            }
        }
    }
}
