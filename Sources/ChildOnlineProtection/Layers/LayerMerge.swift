/// Applies layers one by one to the parts of a compiled knowledge base, checking each against what came before.
struct LayerMerge {
    let base: KnowledgeBase
    var log = DiagnosticLog()
    var layering: Layering
    var recommendations: [String: Recommendation] = [:]
    var sections: [String: Section] = [:]
    var terms: [String: Term] = [:]
    /// Added recommendations in order.
    var added: [Recommendation] = []
    /// Every withdrawn ID (a withdrawn section takes its contents with it).
    var withdrawn: Set<String> = []
    /// The IDs of every record, for did-you-mean.
    let knownIDs: [String]
    /// IDs of the taxonomy and catalogues a layer may not change.
    let taxonomyIDs: Set<String>

    init(base: KnowledgeBase) {
        self.base = base
        layering = base.layering
        knownIDs = base.sections.map(\.id) + base.recommendations.map(\.id) + base.terms.map(\.id)
        taxonomyIDs = Set(base.risks.map(\.id.rawValue) + base.topics.map(\.id) + base.harms.map(\.id) + base.checklists.map(\.id) + Audience.allCases.map(\.rawValue))
    }

    mutating func apply(_ layer: Adaptation) {
        if layering.layers.contains(where: { $0.id == layer.id }) {
            log.error(.duplicateLayer, "layer '\(layer.id)' is applied twice", hint: "give each adaptation once, in the order it stacks", at: layer.manifest.location)
            return
        }
        layering.layers.append(layer.manifest)
        for change in layer.changes { apply(change) }
        for addition in layer.additions { add(addition) }
        for service in layer.services where claim(service.id, at: service.location) { layering.services.append(service); layering.origin[service.id] = service.layerID }
        for law in layer.laws where claim(law.id, at: law.location) { layering.laws.append(law); layering.origin[law.id] = law.layerID }
    }

    // MARK: Changes

    private mutating func apply(_ change: LayerChange) {
        let id = change.targetID
        if taxonomyIDs.contains(id) {
            log.error(.taxonomyID, "a layer cannot change '\(id)': risks, topics, harms, checklists and guideline sets are the shared taxonomy", hint: "amend the recommendations that concern it instead", at: change.targetLocation)
            return
        }
        guard let current = base.unlayeredRecord(id: id) ?? added.first(where: { $0.id == id }).map(Record.init) else {
            reportUnknown(id, at: change.targetLocation)
            return
        }
        if let withdrawal = withdrawalCovering(id) {
            log.error(.changesWithdrawnRecord, "'\(id)' was withdrawn by layer '\(withdrawal.layerID)' at \(withdrawal.location)", hint: "a withdrawn record cannot be \(change.action == .amend ? "amended" : change.action == .replace ? "replaced" : "withdrawn again"); remove this change or the withdrawal", at: change.targetLocation)
            return
        }
        let original = layering.baseRecords[id] ?? current
        checkStaleness(change, against: original)
        if change.action == .replace, !checkReplacement(change) { return }
        layering.baseRecords[id] = original
        layering.changes[id, default: []].append(change)
        switch change.action {
        case .amend: break
        case .replace:
            layering.origin[id] = change.layerID
            replaceText(of: id, with: change.text)
        case .withdraw:
            withdrawn.insert(id)
            withdrawContents(of: id)
        }
    }

    private func withdrawalCovering(_ id: String) -> LayerChange? {
        guard withdrawn.contains(id) else { return nil }
        if let own = layering.withdrawal(of: id) { return own }
        let sectionID = base.recommendation(id: id)?.sectionID ?? base.section(id: id)?.parentID
        return sectionID.flatMap(withdrawalCovering)
    }

    private mutating func reportUnknown(_ id: String, at location: SourceLocation) {
        let suggestion = Suggestion.closest(to: id, in: knownIDs)
        log.error(.unknownBaseID, "no base record has ID '\(id)'", hint: suggestion.map { "did you mean '\($0)'?" } ?? "use the ID of a section, recommendation, checklist item or term (see 'cop show ID')", at: location)
    }

    private mutating func checkStaleness(_ change: LayerChange, against original: Record) {
        guard change.action != .withdraw else { return }
        let current = BaseTextHash.of(original)
        guard let written = change.baseTextHash else {
            log.warning(.staleLayer, "this \(change.action.rawValue) of '\(change.targetID)' does not say which base text it was written against", hint: "add '- Base text: \(current)' so lint can warn when the base text changes", at: change.location)
            return
        }
        if written != current {
            log.warning(.staleLayer, "the base text of '\(change.targetID)' changed since this \(change.action.rawValue) was written (written against \(written), now \(current))", hint: "review it against the current text ('cop show \(change.targetID)'), then write '- Base text: \(current)'", at: change.location)
        }
    }

    /// A second replacement must name the layer it overrides.
    private mutating func checkReplacement(_ change: LayerChange) -> Bool {
        guard let earlier = layering.changes[change.targetID]?.last(where: { $0.action == .replace }) else {
            if let overrides = change.overrides {
                log.error(.conflictingReplacement, "'\(change.targetID)' has no earlier replacement for this one to override (Overrides: \(overrides))", hint: "remove the 'Overrides' field", at: change.targetLocation)
                return false
            }
            return true
        }
        guard change.overrides == earlier.layerID, earlier.layerID != change.layerID else {
            log.error(.conflictingReplacement, "'\(change.targetID)' is already replaced by layer '\(earlier.layerID)' at \(earlier.location)", hint: earlier.layerID == change.layerID ? "a layer replaces a record once; merge the two replacements" : "if this layer should win, add '- Overrides: \(earlier.layerID)'", at: change.targetLocation)
            return false
        }
        return true
    }

    private mutating func replaceText(of id: String, with text: String) {
        if let recommendation = base.recommendation(id: id) ?? added.first(where: { $0.id == id }) {
            recommendations[id] = recommendation.with(text: text)
        } else if let section = base.section(id: id) {
            sections[id] = section.with(text: text)
        } else if let term = base.term(id: id) {
            terms[id] = Term(id: term.id, title: term.title, aliases: term.aliases, definition: text, relatedRiskIDs: term.relatedRiskIDs, relatedTopicIDs: term.relatedTopicIDs, location: term.location)
        }
    }

    /// A withdrawn section takes its sub-sections and recommendations with it.
    private mutating func withdrawContents(of id: String) {
        guard let section = base.section(id: id) else { return }
        for child in section.subsectionIDs {
            withdrawn.insert(child)
            withdrawContents(of: child)
        }
        withdrawn.formUnion(section.recommendationIDs)
        withdrawn.formUnion(added.filter { $0.sectionID == id }.map(\.id))
    }

    // MARK: Additions

    private mutating func claim(_ id: String, at location: SourceLocation) -> Bool {
        let taken = base.unlayeredRecord(id: id) != nil || added.contains { $0.id == id } || layering.origin[id] != nil || taxonomyIDs.contains(id) || base.checklist(id: id) != nil
        if taken {
            log.error(.duplicateID, "ID '\(id)' is already used by the baseline or an earlier layer", hint: "give the layer's record its own ID, e.g. prefixed with the layer ID", at: location)
        }
        return !taken
    }

    private mutating func add(_ addition: LayerAddition) {
        guard let section = base.section(id: addition.sectionID) else {
            reportUnknown(addition.sectionID, at: addition.sectionLocation)
            return
        }
        if withdrawn.contains(section.id) {
            log.error(.changesWithdrawnRecord, "section '\(section.id)' is withdrawn; nothing can be added to it", hint: "add the record to another section", at: addition.sectionLocation)
            return
        }
        let knownTopics = Set(base.topics.map(\.id))
        for topic in addition.topicIDs where !knownTopics.contains(topic) {
            let suggestion = Suggestion.closest(to: topic, in: Array(knownTopics))
            log.error(.unknownTopic, "unknown topic '\(topic)'", hint: suggestion.map { "did you mean '\($0)'?" } ?? "use a topic ID of the baseline", at: addition.location)
        }
        if let checklist = addition.checklistID, base.checklist(id: checklist) == nil {
            log.error(.unresolvedLink, "unknown checklist '\(checklist)'", hint: Suggestion.closest(to: checklist, in: base.checklists.map(\.id)).map { "did you mean '\($0)'?" } ?? "use a checklist ID of the baseline", at: addition.location)
            return
        }
        guard claim(addition.id, at: addition.location) else { return }
        added.append(addition.recommendation(audience: section.audience))
        layering.origin[addition.id] = addition.layerID
    }

    // MARK: Result

    func knowledgeBase() -> KnowledgeBase {
        var parts = KnowledgeBase.Parts()
        parts.guidelineSets = base.guidelineSets
        parts.risks = base.risks
        parts.harms = base.harms
        parts.topics = base.topics
        parts.checklists = base.checklists
        parts.terms = base.terms.filter { !withdrawn.contains($0.id) }.map { terms[$0.id] ?? $0 }
        parts.sections = base.sections.filter { !withdrawn.contains($0.id) }.map { sections[$0.id] ?? $0 }
        var recommendations = base.recommendations + added
        recommendations = recommendations.filter { !withdrawn.contains($0.id) }.map { self.recommendations[$0.id] ?? $0 }
        // Added records go right after their section's last record, so reading order stays by section.
        parts.recommendations = recommendations.enumerated().sorted { lhs, rhs in
            let left = sectionOrder[lhs.element.sectionID, default: .max], right = sectionOrder[rhs.element.sectionID, default: .max]
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
        var layering = layering
        layering.origin = layering.origin.filter { !withdrawn.contains($0.key) }
        return KnowledgeBase(parts: parts, layering: layering, vectorStore: base.vectorStore)
    }

    private var sectionOrder: [String: Int] {
        Dictionary(base.sections.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

extension Recommendation {
    func with(text: String) -> Recommendation {
        Recommendation(
            id: id, audience: audience, sectionID: sectionID, title: title, text: text, riskIDs: riskIDs, topicIDs: topicIDs, ageBands: ageBands,
            readers: readers, checklistID: checklistID, questions: questions, provenance: provenance, location: location
        )
    }
}

extension Section {
    func with(text: String) -> Section {
        Section(
            id: id, audience: audience, title: title, text: text, parentID: parentID, subsectionIDs: subsectionIDs, recommendationIDs: recommendationIDs,
            riskIDs: riskIDs, topicIDs: topicIDs, ageBands: ageBands, readers: readers, checklistID: checklistID, provenance: provenance, location: location
        )
    }
}
