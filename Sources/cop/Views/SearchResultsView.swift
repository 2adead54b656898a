import ChildOnlineProtection

/// Search hits as text: a numbered title, kind, audience, ID and confidence, the snippet with highlights, the location.
struct SearchResultsView {
    let results: GuidelineSearchResults
    let offset: Int

    func lines() -> [StyledText] {
        let shortened = results.query.count > 80 ? results.query.prefix(80) + "…" : results.query
        let query = TextLayout.oneLine(shortened)
        var lines = urgentHelpLines()
        guard !results.hits.isEmpty else {
            return lines + [
                results.total == 0
                    ? "No results for \"\(query)\"." : "No results on this page (\(results.total) in all)."
            ] + contextLines()
        }
        let first = offset + 1
        let last = offset + results.hits.count
        lines.append("\(results.total) results for \"\(query)\" (showing \(first)-\(last))")
        lines += contextLines()
        let width = String(last).count
        for (position, hit) in results.hits.enumerated() {
            let record = hit.record
            let number = String(first + position)
            let indent = String(repeating: " ", count: width + 2)
            let labels = [
                record.kind.rawValue, record.audience?.rawValue, record.id,
                record.confidence.map { "confidence: \($0.rawValue)" },
            ].compactMap { $0 }
            lines.append("")
            lines.append("\(String(repeating: " ", count: width - number.count))\(number). \(bold: record.title)")
            lines.append("\(indent)\(labels.joined(separator: " · "))")
            if !hit.snippet.text.isEmpty { lines.append("\(indent)\(snippet(of: hit))") }
            lines.append("\(indent)\(record.location.file):\(record.location.line)")
            if let explanation = hit.explanation {
                lines += explanation.split(separator: "\n").map { line -> StyledText in "\(indent)  \(line)" }
            }
        }
        return lines
    }

    /// The "get help now" block, first, with each step's text in full.
    private func urgentHelpLines() -> [StyledText] {
        guard let help = results.urgentHelp else { return [] }
        var lines: [StyledText] = ["\(bold: "GET HELP NOW: " + help.title)"]
        for (number, step) in help.steps.enumerated() {
            lines.append("  \(number + 1). \(bold: step.title) [\(step.id)]")
            lines.append("     \(TextLayout.oneLine(step.text))")
        }
        lines.append("If a child is in danger right now, call your local emergency number.")
        lines.append("")
        return lines
    }

    /// Who the query was read as coming from, and whether meaning-level ranking was on.
    private func contextLines() -> [StyledText] {
        var lines: [StyledText] = []
        if let asker = results.asker, asker.audience != nil || asker.age != nil {
            var parts: [String] = []
            if let audience = asker.audience { parts.append("a question from \(audience.rawValue)") }
            if let age = asker.age, let band = asker.ageBand {
                parts.append("about a child aged \(age) (\(band.rawValue))")
            }
            let evidence = asker.evidence.map { "“\($0)”" }.joined(separator: ", ")
            let use = results.appliesAsker ? "preferred, not filtered" : "the audience filter decides"
            lines.append("Read as \(parts.joined(separator: ", ")) from \(evidence); \(use).")
        }
        if !results.semantic.isOn { lines.append("Note: \(results.semantic.description).") }
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
            result.append(TextLayout.oneLine(Substring(scalars[cursor..<highlight.range.lowerBound])))
            result.append(TextLayout.oneLine(Substring(scalars[highlight.range])), style: .highlight)
            cursor = highlight.range.upperBound
        }
        result.append(TextLayout.oneLine(Substring(scalars[cursor...])))
        result.append(snippet.isTruncatedAtEnd ? "…" : "")
        return result
    }
}
