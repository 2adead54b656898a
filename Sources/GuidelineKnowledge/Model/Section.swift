/// A chapter or sub-section of a guideline set, with its text and what it contains.
public struct Section: Sendable, Hashable, Codable, Identifiable {
    /// The stable ID.
    public let id: String
    /// The guideline set the section belongs to.
    public let audience: Audience
    /// The heading.
    public let title: String
    /// The section's introductory text (before its first sub-heading), as plain text.
    public let text: String
    /// The enclosing section, or `nil` for a chapter.
    public let parentID: String?
    /// Sub-sections, in order.
    public let subsectionIDs: [String]
    /// Recommendations and checklist items directly in this section, in order.
    public let recommendationIDs: [String]
    /// Risks the section declares it covers (its own `Risks` field).
    public let riskIDs: [RiskID]
    /// Topics the section declares it covers (its own `Topics` field).
    public let topicIDs: [String]
    /// Age bands (children, parents and educators), own or inherited.
    public let ageBands: [AgeBand]
    /// Readers (parents and educators only), own or inherited.
    public let readers: [Reader]
    /// The checklist whose items this section holds, own or inherited.
    public let checklistID: String?
    /// Which part of the guidelines the section summarises, own or inherited.
    public let provenance: Provenance
    /// Where the section's heading is.
    public let location: SourceLocation

    /// Creates a section from its fields (the content compiler and snapshots build them).
    package init(
        id: String, audience: Audience, title: String, text: String, parentID: String?, subsectionIDs: [String],
        recommendationIDs: [String], riskIDs: [RiskID], topicIDs: [String], ageBands: [AgeBand], readers: [Reader],
        checklistID: String?, provenance: Provenance, location: SourceLocation
    ) {
        self.id = id
        self.audience = audience
        self.title = title
        self.text = text
        self.parentID = parentID
        self.subsectionIDs = subsectionIDs
        self.recommendationIDs = recommendationIDs
        self.riskIDs = riskIDs
        self.topicIDs = topicIDs
        self.ageBands = ageBands
        self.readers = readers
        self.checklistID = checklistID
        self.provenance = provenance
        self.location = location
    }
}
