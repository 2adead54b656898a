/// A glossary entry.
public struct Term: Sendable, Hashable, Codable, Identifiable {
    /// The stable ID (by convention `term-...`).
    public let id: String
    /// The term as written, e.g. "CSAM".
    public let title: String
    /// Other names for the term; they expand search queries like risk aliases do.
    public let aliases: [Alias]
    /// The definition.
    public let definition: String
    /// Risks the term relates to.
    public let relatedRiskIDs: [RiskID]
    /// Topics the term relates to.
    public let relatedTopicIDs: [String]
    /// Where the term is defined.
    public let location: SourceLocation

    /// Creates a glossary term from its fields (the content compiler and snapshots build them).
    package init(
        id: String, title: String, aliases: [Alias], definition: String, relatedRiskIDs: [RiskID],
        relatedTopicIDs: [String], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.aliases = aliases
        self.definition = definition
        self.relatedRiskIDs = relatedRiskIDs
        self.relatedTopicIDs = relatedTopicIDs
        self.location = location
    }
}
