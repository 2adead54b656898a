/// Groups of equivalent words and phrases used to expand queries.
///
/// A query that contains one entry of a group also searches for the other entries of that group, with a
/// slightly lower weight (``SearchIndex/Configuration/synonymWeight``). Multi-word entries match as phrases.
/// Documents are never expanded, so the index stays small and the thesaurus can change without rebuilding
/// the postings.
///
/// ```swift
/// let thesaurus = Thesaurus([
///     ["csam", "child sexual abuse material", "child pornography"],
///     ["sexting", "nudes", "sharing intimate images"],
/// ])
/// ```
public struct Thesaurus: Sendable, Hashable, Codable {
    /// The groups of equivalent entries, as given.
    public let groups: [[String]]

    /// Creates a thesaurus from groups of equivalent entries. Groups with fewer than two entries are kept
    /// but never expand anything.
    /// - Parameter groups: Each group lists words or phrases that mean the same thing.
    public init(_ groups: [[String]]) {
        self.groups = groups
    }

    /// An empty thesaurus.
    public static let empty = Thesaurus([])
}
