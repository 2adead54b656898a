/// One of the four audience-specific guideline sets, with its chapters in reading order.
public struct GuidelineSet: Sendable, Hashable, Codable, Identifiable {
    /// The audience, which is also the set's ID.
    public let id: Audience
    /// The set's title, e.g. "Guidelines for industry".
    public let title: String
    /// Who the set is for and what it covers.
    public let description: String
    /// Where the description comes from.
    public let provenance: Provenance
    /// The IDs of the set's top-level sections (chapters), in file order.
    public let chapterIDs: [String]
    /// Where the set is described.
    public let location: SourceLocation

    /// Creates a guideline set from its fields (the content compiler and snapshots build them).
    package init(
        id: Audience, title: String, description: String, provenance: Provenance, chapterIDs: [String],
        location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.provenance = provenance
        self.chapterIDs = chapterIDs
        self.location = location
    }
}
