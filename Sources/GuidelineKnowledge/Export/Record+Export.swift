/// `Record` in the shapes of `cop export`: the JSON contract of <doc:JSONOutput> (the shape `Record`'s `Codable`
/// conformance reads and writes), and CSV.
extension Record {
    /// The file formats a list of records can be exported to.
    public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
        /// A JSON array of records in the contract shape (`audience` is `null` for risks, harms, topics, terms).
        case json
        /// One CSV row per record; list fields are joined with `;`, questions with ` | `.
        case csv
    }

    /// Renders `records` in `format`.
    ///
    /// ```swift
    /// let guidelines = try KnowledgeBase.bundled()
    /// let json = Record.export(guidelines.records, as: .json) // "[\n  {"id": "csam", "kind": "risk", ...
    /// ```
    /// - Complexity: O(n) in the size of the output.
    public static func export(_ records: some Sequence<Record>, as format: ExportFormat) -> String {
        switch format {
        case .json:
            JSONValue.array(records.map { .object($0.jsonMembers()) }).serialized(expandedLevels: 1) + "\n"
        case .csv:
            CSVTable(header: csvHeader, rows: records.map(\.csvFields)).text
        }
    }

    /// The record's JSON members in contract order (`CodingKeys`, the keys `Codable` uses), with `extra`
    /// members (a search hit's `score`, `snippet`, ...) inserted before `source`.
    func jsonMembers(inserting extra: [(key: String, value: JSONValue)] = []) -> [(key: String, value: JSONValue)] {
        let members: [(key: CodingKeys, value: JSONValue)] = [
            (.id, .string(id)),
            (.kind, .string(kind.rawValue)),
            (.audience, audience.map { .string($0.rawValue) } ?? .null),
            (.title, .string(title)),
            (.text, .string(text)),
            (.aliases, .array(aliases.map { .string($0) })),
            (.risks, .array(risks.map { .string($0.rawValue) })),
            (.topics, .array(topics.map { .string($0) })),
            (.ageBands, .array(ageBands.map { .string($0.rawValue) })),
            (.readers, .array(readers.map { .string($0.rawValue) })),
            (.questions, .array(questions.map { .string($0) })),
            (.confidence, provenance.map { .string($0.confidence.rawValue) } ?? .null),
            (.provenance, provenance.map { .string($0.source) } ?? .null),
            (.layer, .string(layer)),
        ]
        let source: (key: String, value: JSONValue) = (
            CodingKeys.source.stringValue,
            .object([
                (LocationKeys.file.stringValue, .string(location.file)),
                (LocationKeys.line.stringValue, .integer(location.line)),
                (LocationKeys.column.stringValue, .integer(location.column)),
            ])
        )
        return members.map { ($0.key.stringValue, $0.value) } + extra + [source]
    }

    /// The CSV columns of a record. The columns added after `line` keep the earlier columns' positions;
    /// `questions` are joined with ` | ` (a question may contain `;`), as the content writes them.
    static let csvHeader = [
        "id", "kind", "audience", "title", "text", "risks", "topics", "ageBands", "file", "line", "questions",
        "confidence", "provenance", "readers", "layer",
    ]

    /// The record's CSV fields, in the order of ``csvHeader``.
    var csvFields: [String] {
        [
            id, kind.rawValue, audience?.rawValue ?? "", title, text, risks.map(\.rawValue).joined(separator: ";"),
            topics.joined(separator: ";"), ageBands.map(\.rawValue).joined(separator: ";"), location.file,
            String(location.line),
            questions.joined(separator: " | "), provenance?.confidence.rawValue ?? "", provenance?.source ?? "",
            readers.map(\.rawValue).joined(separator: ";"), layer,
        ]
    }
}
