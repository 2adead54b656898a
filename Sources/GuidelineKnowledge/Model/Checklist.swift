/// A named checklist of one guideline set: an industry product-feature checklist or the national checklist.
public struct Checklist: Sendable, Hashable, Codable, Identifiable {
    /// The stable ID (by convention `checklist-...`).
    public let id: String
    /// The guideline set the checklist belongs to.
    public let audience: Audience
    /// A readable name, e.g. "Hosting user-generated content and connecting users".
    public let title: String
    /// What the checklist is for.
    public let description: String
    /// Where the checklist is defined.
    public let location: SourceLocation

    /// Creates a checklist from its fields (the content compiler and snapshots build them).
    package init(
        id: String, audience: Audience, title: String, description: String, location: SourceLocation
    ) {
        self.id = id
        self.audience = audience
        self.title = title
        self.description = description
        self.location = location
    }
}
