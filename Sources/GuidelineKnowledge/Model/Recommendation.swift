/// One action for one audience, linked to the risks and topics it addresses.
///
/// A recommendation that belongs to a ``Checklist`` is a checklist item: a checkable statement.
public struct Recommendation: Sendable, Hashable, Codable, Identifiable {
    /// The stable ID.
    public let id: String
    /// The guideline set it belongs to.
    public let audience: Audience
    /// The section that holds it.
    public let sectionID: String
    /// The action, in plain words.
    public let title: String
    /// How to do it and why, as plain text.
    public let text: String
    /// The risks it addresses.
    public let riskIDs: [RiskID]
    /// The topics it addresses.
    public let topicIDs: [String]
    /// The age bands it is for (children, and parents and educators when the advice depends on the
    /// child's age), own or inherited from its section.
    public let ageBands: [AgeBand]
    /// Who it is for (parents and educators only), own or inherited.
    public let readers: [Reader]
    /// The checklist it is an item of, if any.
    public let checklistID: String?
    /// Questions this record answers, in its readers' own words (2 to 5; empty when the content gives none).
    public let questions: [String]
    /// Where its advice comes from: its own `Source` and `Confidence`, or its section's when it says
    /// `Source: section` or (under a `general-practice` section) says nothing.
    public let provenance: Provenance
    /// Where its heading is.
    public let location: SourceLocation

    /// Creates a recommendation from its fields (the content compiler and snapshots build them).
    package init(
        id: String, audience: Audience, sectionID: String, title: String, text: String, riskIDs: [RiskID],
        topicIDs: [String], ageBands: [AgeBand], readers: [Reader], checklistID: String?, questions: [String],
        provenance: Provenance, location: SourceLocation
    ) {
        self.id = id
        self.audience = audience
        self.sectionID = sectionID
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
    }

    /// `.checklistItem` when the recommendation belongs to a checklist, `.recommendation` otherwise.
    public var kind: RecordKind { checklistID == nil ? .recommendation : .checklistItem }
}
