/// An online risk to children, from the taxonomy, with the words people use for it.
public struct Risk: Sendable, Hashable, Codable, Identifiable {
    /// The stable taxonomy ID.
    public let id: RiskID
    /// A readable name, e.g. "Online grooming".
    public let title: String
    /// The 4C category.
    public var category: RiskCategory { id.category }
    /// Words a searcher might type for this risk: synonyms, acronyms, everyday and children's words.
    public let aliases: [Alias]
    /// How the risk happens and why it matters.
    public let definition: String
    /// The harms this risk can lead to, in the order the content lists them.
    public let harmIDs: [String]
    /// Where the risk is defined.
    public let location: SourceLocation

    /// Creates a risk from its fields (the content compiler and snapshots build them).
    package init(
        id: RiskID, title: String, aliases: [Alias], definition: String, harmIDs: [String], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.aliases = aliases
        self.definition = definition
        self.harmIDs = harmIDs
        self.location = location
    }
}

/// A word or phrase that names a risk, topic or term, with an optional note such as "legacy term".
public struct Alias: Sendable, Hashable, Codable {
    /// The alias as a searcher would type it.
    public let text: String
    /// A note written in brackets after the alias in the content, e.g. `legacy term`.
    public let note: String?

    /// Creates an alias.
    public init(text: String, note: String? = nil) {
        self.text = text
        self.note = note
    }
}
