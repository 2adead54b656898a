/// Search results in the JSON shape of `cop search --json` (<doc:JSONOutput>), with keys in a fixed order; the
/// same shape the `Codable` conformance reads and writes.
extension GuidelineSearchResults {
    /// One JSON object: `query`, `total`, `urgentHelp` (the "get help now" block, or `null`), `results`
    /// (each hit in the record shape plus `score`, `snippet`, `highlights` and `snippetTruncated`), then
    /// `notes` from the query parser (`code` and `message`), `facets` (per facet, `value` and `count`), `asker`
    /// (who the query was read as coming from: `audience`, `age`, `ageBand`, `evidence`, and
    /// `applied`, false when an audience filter made it moot) and `semantic` (`on` with `model`, or `off`
    /// with `reason`).
    ///
    /// `highlights` lists `[start, length]` pairs in UTF-16 code units of `snippet`, so JavaScript's
    /// `snippet.slice(start, start + length)` is the highlighted text. `explanation` is present when the
    /// query asked for explanations.
    /// - Complexity: O(n) in the size of the output.
    public func json() -> String {
        let results = hits.map { hit -> JSONValue in
            var extra: [(key: String, value: JSONValue)] = [
                ("score", .number(hit.score)),
                ("snippet", .string(hit.snippet.text)),
                (
                    "highlights",
                    .array(
                        hit.snippet.highlights.map {
                            .array([.integer($0.utf16Range.lowerBound), .integer($0.utf16Range.count)])
                        })
                ),
                (
                    "snippetTruncated",
                    .object([
                        ("atStart", .bool(hit.snippet.isTruncatedAtStart)),
                        ("atEnd", .bool(hit.snippet.isTruncatedAtEnd)),
                    ])
                ),
            ]
            if let explanation = hit.explanation { extra.append(("explanation", .string(explanation))) }
            return .object(hit.record.jsonMembers(inserting: extra))
        }
        let document = JSONValue.object([
            ("query", .string(query)),
            ("total", .integer(total)),
            ("urgentHelp", urgentHelp.map(Self.json) ?? .null),
            ("results", .array(results)),
            (
                "notes",
                .array(notes.map { .object([("code", .string($0.code.rawValue)), ("message", .string($0.message))]) })
            ),
            (
                "facets",
                .object(
                    facets.keys.sorted().map { name in
                        (
                            name,
                            .array(
                                (facets[name] ?? []).map {
                                    .object([("value", .string($0.value)), ("count", .integer($0.count))])
                                })
                        )
                    })
            ),
            ("asker", asker.map { Self.json($0, applied: appliesAsker) } ?? .null),
            ("semantic", Self.json(semantic)),
        ])
        return document.serialized(expandedLevels: 2) + "\n"
    }

    private static func json(_ help: UrgentHelp) -> JSONValue {
        .object([
            ("situation", .string(help.situation.rawValue)),
            ("title", .string(help.title)),
            ("steps", .array(help.steps.map { .object($0.jsonMembers()) })),
        ])
    }

    private static func json(_ asker: AskerInference, applied: Bool) -> JSONValue {
        .object([
            ("audience", asker.audience.map { .string($0.rawValue) } ?? .null),
            ("age", asker.age.map { .integer($0) } ?? .null),
            ("ageBand", asker.ageBand.map { .string($0.rawValue) } ?? .null),
            ("evidence", .array(asker.evidence.map { .string($0) })),
            ("applied", .bool(applied)),
        ])
    }

    private static func json(_ status: SemanticSearchStatus) -> JSONValue {
        switch status {
        case .on(let model): .object([("status", .string("on")), ("model", .string(model))])
        case .off(let reason): .object([("status", .string("off")), ("reason", .string(reason))])
        }
    }
}
