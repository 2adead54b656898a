/// Applies layers one by one to the parts of a compiled knowledge base, checking each against what came before.
struct LayerMerge {
    let base: KnowledgeBase
    var log = DiagnosticLog()
    var layering: Layering
    /// Records whose text a layer replaced, by ID.
    var recommendations: [String: Recommendation] = [:]
    var sections: [String: Section] = [:]
    var terms: [String: Term] = [:]
    /// Recommendations and checklist items the layers added, in order.
    var added: [Recommendation] = []
    /// Sections the layers added, in order.
    var addedSections: [Section] = []
    /// Glossary terms the layers added, in order.
    var addedTerms: [Term] = []
    /// Every withdrawn ID (a withdrawn section takes its contents with it).
    var withdrawn: Set<String> = []
    /// The IDs of every base record, for did-you-mean.
    let knownIDs: [String]
    /// IDs of the taxonomy and catalogues a layer may not change.
    let taxonomyIDs: Set<String>

    init(base: KnowledgeBase) {
        self.base = base
        layering = base.layering
        knownIDs = base.sections.map(\.id) + base.recommendations.map(\.id) + base.terms.map(\.id)
        taxonomyIDs = Set(
            base.risks.map(\.id.rawValue) + base.topics.map(\.id) + base.harms.map(\.id) + base.checklists.map(\.id)
                + Audience.allCases.map(\.rawValue))
    }

    /// Applies `stack` in order: baseline, then national, then regional or organisational.
    mutating func apply(_ stack: [Adaptation]) {
        for layer in stack { apply(layer, in: stack) }
    }

    private mutating func apply(_ layer: Adaptation, in stack: [Adaptation]) {
        if let folder = layer.folder, let earlier = layering.folders[folder] {
            log.error(
                .duplicateLayer, "the folder of layer '\(earlier)' is given twice",
                hint: "give each adaptation once, in the order the layers stack", at: layer.manifest.location)
            return
        }
        if let earlier = layering.layers.first(where: { $0.id == layer.id }) {
            log.error(
                .duplicateLayer, "layer ID '\(layer.id)' is already used by the layer at \(earlier.location)",
                hint: "give each adaptation once; two different layers need two different IDs",
                at: layer.manifest.location)
            return
        }
        checkStacking(layer.manifest, in: stack)
        layering.layers.append(layer.manifest)
        if let folder = layer.folder { layering.folders[folder] = layer.id }
        for change in layer.changes { apply(change) }
        for addition in layer.additions where addition.kind == .section { addSection(addition) }
        for addition in layer.additions where addition.kind != .section { addRecommendation(addition) }
        for term in layer.terms { add(term) }
        for service in layer.services where claim(service.id, at: service.location) {
            layering.services.append(service); layering.origin[service.id] = service.layerID
        }
        for law in layer.laws where claim(law.id, at: law.location) {
            layering.laws.append(law); layering.origin[law.id] = law.layerID
        }
    }

    // MARK: Stacking

    /// Each layer a manifest stacks on must be applied before it; a chain of `Stacks on` that leads back is a cycle.
    private mutating func checkStacking(_ manifest: LayerManifest, in stack: [Adaptation]) {
        guard let location = manifest.stacksOnLocation else { return }
        let applied = Set(layering.layers.map(\.id))
        let given = Dictionary(stack.map { ($0.id, $0.manifest) }, uniquingKeysWith: { first, _ in first })
        for name in manifest.stacksOn where name != Baseline.id && !applied.contains(name) {
            if let cycle = Self.path(from: name, to: manifest.id, in: given) {
                let chain = ([manifest.id] + cycle).joined(separator: " -> ")
                log.error(
                    .layerCycle, "layers stack on each other in a cycle: \(chain)",
                    hint: "a layer stacks only on layers below it; remove one 'Stacks on' of the cycle", at: location)
            } else if given[name] != nil {
                log.error(
                    .layerOrder, "layer '\(manifest.id)' stacks on '\(name)', which is applied after it",
                    hint: "give the adaptation '\(name)' before '\(manifest.id)'", at: location)
            } else {
                let suggestion = DidYouMean.closest(to: name, in: Array(given.keys) + Array(applied))
                log.error(
                    .layerOrder, "layer '\(manifest.id)' stacks on '\(name)', which is not applied",
                    hint: suggestion.map { "did you mean '\($0)'?" }
                        ?? "apply the adaptation '\(name)' first (an earlier --adaptation)", at: location)
            }
        }
    }

    /// The chain of `Stacks on` from `start` that reaches `target` (ending with it), if any.
    private static func path(from start: String, to target: String, in given: [String: LayerManifest]) -> [String]? {
        var visited: Set<String> = []
        func walk(_ id: String) -> [String]? {
            if id == target { return [id] }
            guard visited.insert(id).inserted, let manifest = given[id] else { return nil }
            for next in manifest.stacksOn {
                if let rest = walk(next) { return [id] + rest }
            }
            return nil
        }
        return walk(start)
    }

    // MARK: Changes

    private mutating func apply(_ change: LayerChange) {
        let id = change.targetID
        if taxonomyIDs.contains(id) {
            log.error(
                .taxonomyID,
                """
                a layer cannot change '\(id)': risks, topics, harms, checklists and guideline sets are the shared \
                taxonomy
                """,
                hint: "amend the recommendations that concern it instead", at: change.targetLocation)
            return
        }
        guard let current = currentRecord(id: id) else {
            reportUnknown(id, at: change.targetLocation)
            return
        }
        if let withdrawal = withdrawalCovering(id) {
            let verb =
                change.action == .amend ? "amended" : change.action == .replace ? "replaced" : "withdrawn again"
            log.error(
                .changesWithdrawnRecord,
                "'\(id)' was withdrawn by layer '\(withdrawal.layerID)' at \(withdrawal.location)",
                hint: "a withdrawn record cannot be \(verb); remove this change or the withdrawal",
                at: change.targetLocation)
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

    /// The record with `id` as the baseline or an earlier layer added it, before any change.
    private func currentRecord(id: String) -> Record? {
        base.unlayeredRecord(id: id)
            ?? added.first { $0.id == id }.map(Record.init)
            ?? addedSections.first { $0.id == id }.map(Record.init)
            ?? addedTerms.first { $0.id == id }.map(Record.init)
    }

    private func section(id: String) -> Section? {
        base.section(id: id) ?? addedSections.first { $0.id == id }
    }

    /// The section a recommendation or section is in.
    private func parent(of id: String) -> String? {
        if let recommendation = base.recommendation(id: id) ?? added.first(where: { $0.id == id }) {
            return recommendation.sectionID
        }
        return section(id: id)?.parentID
    }

    private func withdrawalCovering(_ id: String) -> LayerChange? {
        guard withdrawn.contains(id) else { return nil }
        if let own = layering.withdrawal(of: id) { return own }
        return parent(of: id).flatMap(withdrawalCovering)
    }

    private mutating func reportUnknown(_ id: String, at location: SourceLocation) {
        let candidates = knownIDs + added.map(\.id) + addedSections.map(\.id) + addedTerms.map(\.id)
        let suggestion = DidYouMean.closest(to: id, in: candidates)
        log.error(
            .unknownBaseID, "no base record has ID '\(id)'",
            hint: suggestion.map { "did you mean '\($0)'?" }
                ?? "use the ID of a section, recommendation, checklist item or term (see 'cop show ID')", at: location)
    }

    private mutating func checkStaleness(_ change: LayerChange, against original: Record) {
        guard change.action != .withdraw else { return }
        let current = BaseTextHash.of(original)
        guard let written = change.baseTextHash else {
            log.warning(
                .staleLayer,
                """
                this \(change.action.rawValue) of '\(change.targetID)' does not say which base text it was written \
                against
                """,
                hint: "add '- Base text: \(current)' so lint can warn when the base text changes", at: change.location)
            return
        }
        if written != current {
            log.warning(
                .staleLayer,
                """
                the base text of '\(change.targetID)' changed since this \(change.action.rawValue) was written \
                (written against \(written), now \(current))
                """,
                hint:
                    """
                    review it against the current text ('cop show \(change.targetID)'), then write '- Base text: \
                    \(current)'
                    """,
                at: change.location)
        }
    }

    /// A second replacement must name the layer it overrides (`- Overrides: gb`).
    private mutating func checkReplacement(_ change: LayerChange) -> Bool {
        guard let earlier = layering.changes[change.targetID]?.last(where: { $0.action == .replace }) else {
            if let overrides = change.overrides {
                log.error(
                    .conflictingReplacement,
                    """
                    '\(change.targetID)' has no earlier replacement for this one to override (Overrides: \
                    \(overrides))
                    """,
                    hint: "remove the 'Overrides' field", at: change.targetLocation)
                return false
            }
            return true
        }
        guard change.overrides == earlier.layerID, earlier.layerID != change.layerID else {
            log.error(
                .conflictingReplacement,
                "'\(change.targetID)' is already replaced by layer '\(earlier.layerID)' at \(earlier.location)",
                hint: earlier.layerID == change.layerID
                    ? "a layer replaces a record once; merge the two replacements"
                    : "if this layer should win, add '- Overrides: \(earlier.layerID)'", at: change.targetLocation)
            return false
        }
        return true
    }

    private mutating func replaceText(of id: String, with text: String) {
        if let recommendation = base.recommendation(id: id) ?? added.first(where: { $0.id == id }) {
            recommendations[id] = recommendation.with(text: text)
        } else if let section = section(id: id) {
            sections[id] = section.with(text: text)
        } else if let term = base.term(id: id) ?? addedTerms.first(where: { $0.id == id }) {
            terms[id] = Term(
                id: term.id, title: term.title, aliases: term.aliases, definition: text,
                relatedRiskIDs: term.relatedRiskIDs, relatedTopicIDs: term.relatedTopicIDs, location: term.location)
        }
    }

    /// A withdrawn section takes its sub-sections and recommendations with it, the layers' as well as the base's.
    private mutating func withdrawContents(of id: String) {
        let subsections =
            (base.section(id: id)?.subsectionIDs ?? []) + addedSections.filter { $0.parentID == id }.map(\.id)
        for child in subsections {
            withdrawn.insert(child)
            withdrawContents(of: child)
        }
        withdrawn.formUnion(base.section(id: id)?.recommendationIDs ?? [])
        withdrawn.formUnion(added.filter { $0.sectionID == id }.map(\.id))
    }

    // MARK: Additions

    private mutating func claim(_ id: String, at location: SourceLocation) -> Bool {
        let taken =
            currentRecord(id: id) != nil || layering.origin[id] != nil || taxonomyIDs.contains(id)
            || base.checklist(id: id) != nil
        if taken {
            log.error(
                .duplicateID, "ID '\(id)' is already used by the baseline or an earlier layer",
                hint: "give the layer's record its own ID, e.g. prefixed with the layer ID", at: location)
        }
        return !taken
    }

    /// The section an addition goes in, or `nil` (reported) when it is unknown or withdrawn.
    private mutating func parentSection(of addition: LayerAddition) -> Section? {
        guard let parent = section(id: addition.parentID) else {
            if Audience(rawValue: addition.parentID) != nil {
                log.error(
                    .invalidValue, "a recommendation goes in a section; '\(addition.parentID)' is a guideline set",
                    hint:
                        """
                        name a section ID in 'Additions:', or add '- Kind: section' to add a chapter to the guideline \
                        set
                        """,
                    at: addition.parentLocation)
            } else {
                reportUnknown(addition.parentID, at: addition.parentLocation)
            }
            return nil
        }
        if withdrawn.contains(parent.id) {
            log.error(
                .changesWithdrawnRecord, "section '\(parent.id)' is withdrawn; nothing can be added to it",
                hint: "add the record to another section", at: addition.parentLocation)
            return nil
        }
        return parent
    }

    /// Reports topic IDs the base does not have.
    private mutating func checkTopics(_ topicIDs: [String], at location: SourceLocation) {
        let knownTopics = Set(base.topics.map(\.id))
        for topic in topicIDs where !knownTopics.contains(topic) {
            let suggestion = DidYouMean.closest(to: topic, in: Array(knownTopics))
            log.error(
                .unknownTopic, "unknown topic '\(topic)'",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "use a topic ID of the baseline", at: location)
        }
    }

    /// Reports a checklist the base does not have; true when there is none or it is known.
    private mutating func checkChecklist(_ addition: LayerAddition) -> Bool {
        guard let checklist = addition.checklistID, base.checklist(id: checklist) == nil else { return true }
        log.error(
            .unresolvedLink, "unknown checklist '\(checklist)'",
            hint: DidYouMean.closest(to: checklist, in: base.checklists.map(\.id)).map { "did you mean '\($0)'?" }
                ?? "use a checklist ID of the baseline", at: addition.location)
        return false
    }

    private mutating func addRecommendation(_ addition: LayerAddition) {
        guard let section = parentSection(of: addition) else { return }
        checkTopics(addition.topicIDs, at: addition.location)
        guard checkChecklist(addition), claim(addition.id, at: addition.location) else { return }
        added.append(addition.recommendation(audience: section.audience))
        layering.origin[addition.id] = addition.layerID
    }

    /// A section under a section, or a chapter of a guideline set (`Additions: industry`).
    private mutating func addSection(_ addition: LayerAddition) {
        let placed: (audience: Audience, parentID: String?)
        if let audience = Audience(rawValue: addition.parentID) {
            placed = (audience, nil)
        } else if let parent = parentSection(of: addition) {
            placed = (parent.audience, parent.id)
        } else {
            return
        }
        checkTopics(addition.topicIDs, at: addition.location)
        guard checkChecklist(addition), claim(addition.id, at: addition.location) else { return }
        addedSections.append(addition.section(audience: placed.audience, parentID: placed.parentID))
        layering.origin[addition.id] = addition.layerID
    }

    private mutating func add(_ term: LayerTerm) {
        checkTopics(term.topicIDs, at: term.location)
        guard claim(term.id, at: term.location) else { return }
        addedTerms.append(term.term)
        layering.origin[term.id] = term.layerID
        layering.termProvenance[term.id] = term.provenance
    }

    // MARK: Result

    func knowledgeBase() -> KnowledgeBase {
        var parts = KnowledgeBase.Parts()
        parts.guidelineSets = base.guidelineSets
        parts.risks = base.risks
        parts.harms = base.harms
        parts.topics = base.topics
        parts.checklists = base.checklists
        parts.terms = (base.terms + addedTerms).filter { !withdrawn.contains($0.id) }.map { terms[$0.id] ?? $0 }
        parts.sections = orderedSections().filter { !withdrawn.contains($0.id) }.map { sections[$0.id] ?? $0 }
        let sectionOrder = Dictionary(
            parts.sections.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let recommendations = (base.recommendations + added).filter { !withdrawn.contains($0.id) }.map {
            self.recommendations[$0.id] ?? $0
        }
        // Added records go right after their section's last record, so reading order stays by section. Each
        // record's section is looked up once, and positions are sorted, not records.
        let sectionRanks = recommendations.map { sectionOrder[$0.sectionID, default: .max] }
        parts.recommendations = recommendations.indices.sorted { left, right in
            sectionRanks[left] != sectionRanks[right] ? sectionRanks[left] < sectionRanks[right] : left < right
        }.map { recommendations[$0] }
        var layering = layering
        layering.origin = layering.origin.filter { !withdrawn.contains($0.key) }
        return KnowledgeBase(parts: parts, layering: layering, storedVectors: base.storedVectors)
    }

    /// The base sections in reading order with each added section after its parent's last descendant (a
    /// chapter after its guideline set's last section).
    private func orderedSections() -> [Section] {
        var ordered = base.sections
        for section in addedSections {
            var index = ordered.count
            if let parentID = section.parentID, var last = ordered.firstIndex(where: { $0.id == parentID }) {
                var inside: Set<String> = [parentID]
                while last + 1 < ordered.count, let parent = ordered[last + 1].parentID, inside.contains(parent) {
                    last += 1
                    inside.insert(ordered[last].id)
                }
                index = last + 1
            } else if section.parentID == nil, let last = ordered.lastIndex(where: { $0.audience == section.audience })
            {
                index = last + 1
            }
            ordered.insert(section, at: index)
        }
        return ordered
    }
}

extension Recommendation {
    func with(text: String) -> Recommendation {
        Recommendation(
            id: id, audience: audience, sectionID: sectionID, title: title, text: text, riskIDs: riskIDs,
            topicIDs: topicIDs, ageBands: ageBands,
            readers: readers, checklistID: checklistID, questions: questions, provenance: provenance, location: location
        )
    }
}

extension Section {
    func with(text: String) -> Section {
        Section(
            id: id, audience: audience, title: title, text: text, parentID: parentID, subsectionIDs: subsectionIDs,
            recommendationIDs: recommendationIDs,
            riskIDs: riskIDs, topicIDs: topicIDs, ageBands: ageBands, readers: readers, checklistID: checklistID,
            provenance: provenance, location: location
        )
    }
}
