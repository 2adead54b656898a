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

    /// Creates an addition from its fields (the layer compiler and snapshots build them).
    package init(
        id: String, layerID: String, kind: RecordKind, parentID: String, title: String, text: String,
        riskIDs: [RiskID], topicIDs: [String], ageBands: [AgeBand], readers: [Reader], checklistID: String?,
        questions: [String], provenance: Provenance, location: SourceLocation, parentLocation: SourceLocation
    ) {
        self.id = id
        self.layerID = layerID
        self.kind = kind
        self.parentID = parentID
        self.title = title
        self.text = text
        self.riskIDs = riskIDs
        self.topicIDs = topicIDs
        self.ageBands = ageBands
        self.readers = readers
        self.checklistID = checklistID
        self.questions = questions
        self.provenance = provenance
        self.location = location
        self.parentLocation = parentLocation
    }

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
