/// Any searchable entity in one flat shape: the shape of `cop export` and of search hits.
///
/// `Record` is `Codable` in exactly the JSON shape of `cop export --format json` (see
/// <doc:JSONOutput>): encoding a record gives one element of the export's array, and decoding an element of
/// that array gives the record back.
///
/// Two words are kept apart: ``location`` is where the record is written (a content file, line and column; the
/// JSON key is `source` for compatibility), and ``provenance`` is where its *content* comes from (the
/// content's `Source` field) and how sure the content is of it.
public struct Record: Sendable, Hashable, Identifiable {
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
    /// Aliases: the words a searcher might type for a risk, topic or term; empty for other records.
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
    /// Where the record's content comes from and how sure the content is of it (sections, recommendations,
    /// checklist items, and an adaptation's services and laws); `nil` for risks, harms, topics and terms.
    public let provenance: Provenance?
    /// Where the record is written: the content file and the line and column of its heading.
    public let location: SourceLocation
    /// The layer the record comes from: ``Baseline/layerID`` for the baseline, else the adaptation's ID
    /// (an added record, a service, a law, or a base record whose text an adaptation replaced).
    public internal(set) var layer: String = Baseline.layerID

    /// How sure the content is of the record: the confidence of its ``provenance``, `nil` when it has none.
    // Not inlined into other modules: the Swift 6.3.1 optimizer crashes ("Found ownership error") on release
    // builds of callers that read it from a borrowed record.
    @inline(never)
    public var confidence: Provenance.Confidence? { provenance?.confidence }
}
