/// What can happen to a child as a result of a risk (emotional distress, sexual abuse offline, ...).
public struct Harm: Sendable, Hashable, Codable, Identifiable {
    /// The stable ID.
    public let id: String
    /// A readable name.
    public let title: String
    /// What the harm is.
    public let definition: String
    /// Where the harm is defined.
    public let location: SourceLocation

    /// Creates a harm from its fields (the content compiler and snapshots build them).
    package init(
        id: String, title: String, definition: String, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.definition = definition
        self.location = location
    }
}
