/// Any searchable entity in one flat shape: the shape of `cop export` and of search hits.
public struct Record: Sendable, Hashable, Codable, Identifiable {
    /// Where a record is written, as the JSON contract gives it.
    public struct Source: Sendable, Hashable, Codable {
        /// The content file.
        public let file: String
        /// The 1-based line of the record's heading.
        public let line: Int
    }

    /// The entity's stable ID.
    public let id: String
    /// What kind of entity it is.
    public let kind: RecordKind
    /// The guideline set, or `nil` for risks, harms, topics and terms.
    public let audience: Audience?
    /// The heading.
    public let title: String
    /// The body as plain text.
    public let text: String
    /// Aliases (risks, topics, terms); empty otherwise. Not part of the JSON contract's required keys.
    public let aliases: [String]
    /// Risks the record addresses or is (a risk record lists itself).
    public let risks: [RiskID]
    /// Topics the record addresses or is (a topic record lists itself).
    public let topics: [String]
    /// Age bands (children's records, and parents and educators records whose advice depends on age).
    public let ageBands: [AgeBand]
    /// Who the advice is for within parents and educators (`parents`, `educators`); empty for other records.
    public let readers: [Reader]
    /// Questions the record answers (recommendations and checklist items); empty otherwise.
    public let questions: [String]
    /// How sure the content is of the record (sections, recommendations, checklist items); `nil` for
    /// risks, harms, topics and terms, which carry no provenance.
    public let confidence: Provenance.Confidence?
    /// Where the record's content comes from (the provenance's source text), `nil` when `confidence` is.
    public let provenance: String?
    /// Where the record is written.
    public let source: Source
    /// The layer the record comes from: ``Baseline/layerID`` for the baseline, else the adaptation's ID
    /// (an added record, a service, a law, or a base record whose text an adaptation replaced).
    public internal(set) var layer: String = Baseline.layerID
}
