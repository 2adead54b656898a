/// A context, group or measure that is not a risk: gaming, children with disabilities, age assurance, ...
public struct Topic: Sendable, Hashable, Codable, Identifiable {
    /// The stable ID.
    public let id: String
    /// A readable name.
    public let title: String
    /// Words a searcher might type for this topic.
    public let aliases: [Alias]
    /// What the topic covers.
    public let definition: String
    /// Where the topic is defined.
    public let location: SourceLocation

    /// Creates a topic from its fields (the content compiler and snapshots build them).
    package init(
        id: String, title: String, aliases: [Alias], definition: String, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.aliases = aliases
        self.definition = definition
        self.location = location
    }
}
