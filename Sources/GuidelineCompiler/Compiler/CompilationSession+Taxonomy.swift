import GuidelineKnowledge

/// Pass 4: the content against the fixed taxonomy, and records that nothing refers to.
extension CompilationSession {
    mutating func build(_ files: [ParsedFile]) {
        // Catalogues first, so chapters can check what they link (a checklist's guideline set).
        for file in files {
            if case .catalogue(let kind) = file.role { buildCatalogue(kind, file) }
        }
        for file in files {
            if case .chapter(let audience) = file.role { buildChapter(audience, file) }
        }
    }

    mutating func checkTaxonomy() {
        let rootLocation = SourceLocation(file: root, line: 1, column: 1)
        let definedRisks = Set(parts.risks.map(\.id))
        let missingRisks = RiskID.allCases.filter { !definedRisks.contains($0) }
        if !missingRisks.isEmpty, !parts.risks.isEmpty {
            log.warning(
                .missingTaxonomyEntry,
                "the risk catalogue does not define: \(missingRisks.map(\.rawValue).joined(separator: ", "))",
                hint: "add an entry for each risk of the taxonomy", at: parts.risks[0].location)
        }
        let definedTopics = Set(parts.topics.map(\.id))
        let missingTopics = Taxonomy.requiredTopicIDs.filter { !definedTopics.contains($0) }
        if !missingTopics.isEmpty, !parts.topics.isEmpty {
            log.warning(
                .missingTaxonomyEntry, "the topic catalogue does not define: \(missingTopics.joined(separator: ", "))",
                hint: "add an entry for each required topic", at: parts.topics[0].location)
        }
        let describedSets = Set(parts.guidelineSets.map(\.id))
        for audience in Set(parts.sections.map(\.audience)).subtracting(describedSets).sorted() {
            log.warning(
                .missingTaxonomyEntry,
                "guideline set '\(audience.rawValue)' has chapters but no entry in a 'guideline-sets' catalogue",
                hint: "add an entry with its title and description",
                at: parts.sections.first { $0.audience == audience }?.location ?? rootLocation)
        }
        let linkedHarms = Set(parts.risks.flatMap(\.harmIDs))
        for harm in parts.harms where !linkedHarms.contains(harm.id) {
            log.warning(
                .missingTaxonomyEntry, "harm '\(harm.id)' is linked from no risk",
                hint: "add it to the 'Harms' of the risks that lead to it", at: harm.location)
        }
    }
}
