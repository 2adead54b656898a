/// A document to index: an identifier, free-text fields and exact-value keyword fields.
///
/// Text fields are analyzed (tokenized, folded, stemmed) and searched; keyword fields hold exact values
/// used by filters and facets. Fields that the ``IndexSchema`` does not name are ignored.
///
/// ```swift
/// let document = SearchDocument(
///     id: "rec-1",
///     text: ["title": "Report grooming", "body": "Adults who groom children online..."],
///     keywords: ["audience": ["industry"], "risk": ["grooming"]]
/// )
/// ```
public struct SearchDocument: Sendable, Hashable, Codable {
    /// The stable identifier returned in hits; also the tie-breaker between equal scores.
    public var id: String
    /// Field name to text, for the text fields of the schema.
    public var text: [String: String]
    /// Field name to exact values, for the keyword fields of the schema.
    public var keywords: [String: [String]]

    /// Creates a document.
    /// - Parameters:
    ///   - id: The stable identifier.
    ///   - text: Field name to text.
    ///   - keywords: Field name to exact values.
    public init(id: String, text: [String: String], keywords: [String: [String]] = [:]) {
        self.id = id
        self.text = text
        self.keywords = keywords
    }
}
