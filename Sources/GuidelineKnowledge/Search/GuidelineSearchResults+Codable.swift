/// Search results in the JSON shape of `cop search --json`, both ways (see <doc:JSONOutput>).
extension GuidelineSearchResults: Codable {
    enum CodingKeys: String, CodingKey {
        case query, total, urgentHelp, results, notes, facets, asker, semantic
    }

    enum AskerKeys: String, CodingKey {
        case audience, age, ageBand, evidence, applied
    }

    enum SemanticKeys: String, CodingKey {
        case status, model, reason
    }

    /// Encodes the results as the object `cop search --json` prints.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(total, forKey: .total)
        try container.encode(urgentHelp, forKey: .urgentHelp)
        try container.encode(hits, forKey: .results)
        try container.encode(notes, forKey: .notes)
        try container.encode(facets, forKey: .facets)
        if let asker {
            var nested = container.nestedContainer(keyedBy: AskerKeys.self, forKey: .asker)
            try nested.encode(asker.audience, forKey: .audience)
            try nested.encode(asker.age, forKey: .age)
            try nested.encode(asker.ageBand, forKey: .ageBand)
            try nested.encode(asker.evidence, forKey: .evidence)
            try nested.encode(appliesAsker, forKey: .applied)
        } else {
            try container.encodeNil(forKey: .asker)
        }
        var semanticContainer = container.nestedContainer(keyedBy: SemanticKeys.self, forKey: .semantic)
        switch semantic {
        case .on(let model):
            try semanticContainer.encode("on", forKey: .status)
            try semanticContainer.encode(model, forKey: .model)
        case .off(let reason):
            try semanticContainer.encode("off", forKey: .status)
            try semanticContainer.encode(reason, forKey: .reason)
        }
    }

    /// Decodes the object `cop search --json` prints.
    /// - Throws: `DecodingError` when a member is missing or of the wrong type, or `semantic.status` is
    ///   neither `on` nor `off`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let asker = try container.decode(AskerInference?.self, forKey: .asker)
        let applied =
            try asker == nil
            ? false
            : container.nestedContainer(keyedBy: AskerKeys.self, forKey: .asker).decode(Bool.self, forKey: .applied)
        let semanticContainer = try container.nestedContainer(keyedBy: SemanticKeys.self, forKey: .semantic)
        let semantic: SemanticSearchStatus
        switch try semanticContainer.decode(String.self, forKey: .status) {
        case "on": semantic = .on(model: try semanticContainer.decode(String.self, forKey: .model))
        case "off": semantic = .off(reason: try semanticContainer.decode(String.self, forKey: .reason))
        case let status:
            throw DecodingError.dataCorruptedError(
                forKey: .status, in: semanticContainer,
                debugDescription: "unknown status '\(status)'; expected 'on' or 'off'"
            )
        }
        self.init(
            query: try container.decode(String.self, forKey: .query),
            total: try container.decode(Int.self, forKey: .total),
            hits: try container.decode([GuidelineHit].self, forKey: .results),
            facets: .counted(try container.decode([String: [FacetCount]].self, forKey: .facets)),
            notes: try container.decode([QueryNote].self, forKey: .notes),
            semantic: semantic,
            asker: asker,
            urgentHelp: try container.decode(UrgentHelp?.self, forKey: .urgentHelp),
            appliesAsker: applied
        )
    }
}

/// A hit in the JSON shape of one element of `results` in `cop search --json`: the record's members (see
/// ``Record``) with `score`, `snippet`, `highlights`, `snippetTruncated` and, when explained, `explanation`.
extension GuidelineHit: Codable {
    enum CodingKeys: String, CodingKey {
        case score, snippet, highlights, snippetTruncated, explanation
    }

    enum TruncationKeys: String, CodingKey {
        case atStart, atEnd
    }

    /// Encodes the hit as one element of `results`.
    public func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(score, forKey: .score)
        try container.encode(snippet.text, forKey: .snippet)
        let pairs = snippet.highlights.map { [$0.utf16Range.lowerBound, $0.utf16Range.count] }
        try container.encode(pairs, forKey: .highlights)
        var truncation = container.nestedContainer(keyedBy: TruncationKeys.self, forKey: .snippetTruncated)
        try truncation.encode(snippet.isTruncatedAtStart, forKey: .atStart)
        try truncation.encode(snippet.isTruncatedAtEnd, forKey: .atEnd)
        try container.encodeIfPresent(explanation, forKey: .explanation)
    }

    /// Decodes one element of `results`.
    /// - Throws: `DecodingError` when a member is missing or of the wrong type, or a highlight is not a
    ///   `[start, length]` pair.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let pairs = try container.decode([[Int]].self, forKey: .highlights)
        let ranges = try pairs.map { pair in
            guard pair.count == 2, pair[0] >= 0, pair[1] >= 0 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .highlights, in: container,
                    debugDescription: "a highlight is a [start, length] pair, got \(pair)"
                )
            }
            return pair[0]..<(pair[0] + pair[1])
        }
        let truncation = try container.nestedContainer(keyedBy: TruncationKeys.self, forKey: .snippetTruncated)
        self.init(
            record: try Record(from: decoder),
            score: try container.decode(Double.self, forKey: .score),
            snippet: GuidelineSnippet(
                text: try container.decode(String.self, forKey: .snippet), utf16Highlights: ranges,
                isTruncatedAtStart: try truncation.decode(Bool.self, forKey: .atStart),
                isTruncatedAtEnd: try truncation.decode(Bool.self, forKey: .atEnd)
            ),
            explanation: try container.decodeIfPresent(String.self, forKey: .explanation)
        )
    }
}

/// The "get help now" block in the JSON shape of `urgentHelp` in `cop search --json`: `situation`, `title`
/// and `steps` (records, in the export's shape). `title` follows from `situation` and is not read back.
extension UrgentHelp: Codable {
    enum CodingKeys: String, CodingKey {
        case situation, title, steps
    }

    /// Encodes the block as `urgentHelp`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(situation, forKey: .situation)
        try container.encode(title, forKey: .title)
        try container.encode(steps, forKey: .steps)
    }

    /// Decodes `urgentHelp`.
    /// - Throws: `DecodingError` when a member is missing or the situation is unknown.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            situation: try container.decode(UrgentSituation.self, forKey: .situation),
            steps: try container.decode([Record].self, forKey: .steps)
        )
    }
}
