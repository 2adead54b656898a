import ChildOnlineProtection

/// Search hits as text: a numbered title, kind, audience and ID, the snippet with highlights, the location.
struct SearchResultsView {
    let results: GuidelineSearchResults
    let offset: Int

    func lines() -> [StyledText] {
        let shortened = results.query.count > 80 ? results.query.prefix(80) + "…" : results.query
        let query = shortened.replacing("\n", with: " ")
        guard !results.hits.isEmpty else {
            return [results.total == 0 ? "No results for \"\(query)\"." : "No results on this page (\(results.total) in all)."]
        }
        let first = offset + 1
        let last = offset + results.hits.count
        var lines: [StyledText] = ["\(results.total) results for \"\(query)\" (showing \(first)-\(last))"]
        let width = String(last).count
        for (position, hit) in results.hits.enumerated() {
            let record = hit.record
            let number = String(first + position)
            let indent = String(repeating: " ", count: width + 2)
            let labels = [record.kind.rawValue, record.audience?.rawValue, record.id].compactMap { $0 }
            lines.append("")
            lines.append("\(String(repeating: " ", count: width - number.count))\(number). \(bold: record.title)")
            lines.append("\(indent)\(labels.joined(separator: " · "))")
            if !hit.snippet.text.isEmpty { lines.append("\(indent)\(snippet(of: hit))") }
            lines.append("\(indent)\(record.source.file):\(record.source.line)")
            if let explanation = hit.explanation {
                lines += explanation.split(separator: "\n").map { line -> StyledText in "\(indent)  \(line)" }
            }
        }
        return lines
    }

    /// The snippet on one line, its highlights styled from the snippet's ranges (never from markers in the
    /// text, so characters in content cannot start or end a highlight).
    private func snippet(of hit: GuidelineHit) -> StyledText {
        let snippet = hit.snippet
        let scalars = snippet.text.unicodeScalars
        var result = StyledText(snippet.isTruncatedAtStart ? "…" : "")
        var cursor = snippet.text.startIndex
        for highlight in snippet.highlights {
            result.append(Self.oneLine(scalars[cursor..<highlight.range.lowerBound]))
            result.append(Self.oneLine(scalars[highlight.range]), style: .highlight)
            cursor = highlight.range.upperBound
        }
        result.append(Self.oneLine(scalars[cursor...]))
        result.append(snippet.isTruncatedAtEnd ? "…" : "")
        return result
    }

    private static func oneLine(_ scalars: String.UnicodeScalarView.SubSequence) -> String {
        String(scalars).replacing("\n", with: " ").replacing("\t", with: " ")
    }
}
