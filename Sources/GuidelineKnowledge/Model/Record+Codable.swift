/// `Record` in the JSON shape of `cop export --format json`, both ways (see <doc:JSONOutput>).
///
/// The members, in the order the export prints them: `id`, `kind`, `audience` (`null` for risks, harms,
/// topics and terms), `title`, `text`, `aliases`, `risks`, `topics`, `ageBands`, `readers`, `questions`,
/// `confidence` and `provenance` (the provenance's source text; both `null` when the record has no
/// provenance), `layer`, and `source` (`file`, `line`, `column`: the record's ``Record/location``).
extension Record: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, audience, title, text, aliases, risks, topics, ageBands, readers, questions
        case confidence, provenance, layer, source
    }

    enum LocationKeys: String, CodingKey {
        case file, line, column
    }

    /// Encodes the record as one element of the export's JSON array; `null` members are written, not left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(audience, forKey: .audience)
        try container.encode(title, forKey: .title)
        try container.encode(text, forKey: .text)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(risks, forKey: .risks)
        try container.encode(topics, forKey: .topics)
        try container.encode(ageBands, forKey: .ageBands)
        try container.encode(readers, forKey: .readers)
        try container.encode(questions, forKey: .questions)
        try container.encode(provenance?.confidence, forKey: .confidence)
        try container.encode(provenance?.source, forKey: .provenance)
        try container.encode(layer, forKey: .layer)
        var location = container.nestedContainer(keyedBy: LocationKeys.self, forKey: .source)
        try location.encode(self.location.file, forKey: .file)
        try location.encode(self.location.line, forKey: .line)
        try location.encode(self.location.column, forKey: .column)
    }

    /// Decodes one element of the export's JSON array.
    /// - Throws: `DecodingError` when a member is missing or of the wrong type, when an ID (kind, audience,
    ///   risk, age band, reader, confidence) is not in the taxonomy, or when only one of `confidence` and
    ///   `provenance` is `null`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let confidence = try container.decode(Provenance.Confidence?.self, forKey: .confidence)
        let source = try container.decode(String?.self, forKey: .provenance)
        let provenance: Provenance?
        switch (source, confidence) {
        case (let source?, let confidence?): provenance = Provenance(source: source, confidence: confidence)
        case (nil, nil): provenance = nil
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .provenance, in: container,
                debugDescription: "'confidence' and 'provenance' must both be null or both be given"
            )
        }
        let location = try container.nestedContainer(keyedBy: LocationKeys.self, forKey: .source)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            kind: try container.decode(RecordKind.self, forKey: .kind),
            audience: try container.decode(Audience?.self, forKey: .audience),
            title: try container.decode(String.self, forKey: .title),
            text: try container.decode(String.self, forKey: .text),
            aliases: try container.decode([String].self, forKey: .aliases),
            risks: try container.decode([RiskID].self, forKey: .risks),
            topics: try container.decode([String].self, forKey: .topics),
            ageBands: try container.decode([AgeBand].self, forKey: .ageBands),
            readers: try container.decode([Reader].self, forKey: .readers),
            questions: try container.decode([String].self, forKey: .questions),
            provenance: provenance,
            location: SourceLocation(
                file: try location.decode(String.self, forKey: .file),
                line: try location.decode(Int.self, forKey: .line),
                column: try location.decode(Int.self, forKey: .column)
            ),
            layer: try container.decode(String.self, forKey: .layer)
        )
    }
}
