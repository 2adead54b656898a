import FullTextSearch

/// Search results in the JSON shape of `cop search --json` (`design.md` section 7).
extension GuidelineSearchResults {
    /// One JSON object: `query`, `total`, `results` (each hit in the record shape plus `score`, `snippet`
    /// and `highlights`), then `notes` from the query parser.
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
                ("highlights", .array(hit.snippet.highlights.map { .array([.integer($0.utf16Range.lowerBound), .integer($0.utf16Range.count)]) })),
            ]
            if let explanation = hit.explanation { extra.append(("explanation", .string(explanation))) }
            return .object(hit.record.jsonMembers(inserting: extra))
        }
        let document = JSONValue.object([
            ("query", .string(query)),
            ("total", .integer(total)),
            ("results", .array(results)),
            ("notes", .array(notes.map { .string($0.message) })),
        ])
        return document.serialized(expandedLevels: 2) + "\n"
    }
}
