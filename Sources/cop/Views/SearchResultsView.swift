import ChildOnlineProtection

/// Search hits as text: a numbered title, kind, audience, ID and confidence, the snippet with highlights, the location.
struct SearchResultsView {
    let results: GuidelineSearchResults
    let offset: Int

    /// Marks put around highlights before the text is cleaned, then turned into colour (or dropped).
    private static let open = "\u{E000}"
    private static let close = "\u{E001}"

    func lines() -> [String] {
        let shortened = results.query.count > 80 ? results.query.prefix(80) + "…" : results.query
        let query = Terminal.clean(shortened).replacing("\n", with: " ")
        var lines = urgentHelpLines()
        guard !results.hits.isEmpty else {
            return lines + [results.total == 0 ? "No results for \"\(query)\"." : "No results on this page (\(results.total) in all)."] + contextLines()
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
            let labels = [record.kind.rawValue, record.audience?.rawValue, record.id, record.confidence.map { "confidence: \($0.rawValue)" }].compactMap { $0 }
            lines.append("")
            lines.append(String(repeating: " ", count: width - number.count) + number + ". " + Terminal.bold(Terminal.clean(record.title)))
            lines.append(indent + labels.joined(separator: " · "))
            if !hit.snippet.text.isEmpty { lines.append(indent + snippet(of: hit)) }
            lines.append(indent + "\(record.source.file):\(record.source.line)")
            if let explanation = hit.explanation {
                lines += Terminal.clean(explanation).split(separator: "\n").map { indent + "  " + $0 }
            }
        }
        return lines
    }

    /// The "get help now" block, first, with each step's text in full.
    private func urgentHelpLines() -> [String] {
        guard let help = results.urgentHelp else { return [] }
        var lines = [Terminal.bold("GET HELP NOW: " + help.title)]
        for (number, step) in help.steps.enumerated() {
            lines.append("  \(number + 1). " + Terminal.bold(Terminal.clean(step.title)) + " [\(step.id)]")
            lines.append("     " + Terminal.clean(step.text).replacing("\n", with: " "))
        }
        lines.append("If a child is in danger right now, call your local emergency number.")
        lines.append("")
        return lines
    }

    /// Who the query was read as coming from, and whether meaning-level ranking was on.
    private func contextLines() -> [String] {
        var lines: [String] = []
        if let asker = results.asker, asker.audience != nil || asker.age != nil {
            var parts: [String] = []
            if let audience = asker.audience { parts.append("a question from \(audience.rawValue)") }
            if let age = asker.age, let band = asker.ageBand { parts.append("about a child aged \(age) (\(band.rawValue))") }
            let evidence = asker.evidence.map { "“\(Terminal.clean($0))”" }.joined(separator: ", ")
            let use = results.appliesAsker ? "preferred, not filtered" : "the audience filter decides"
            lines.append("Read as \(parts.joined(separator: ", ")) from \(evidence); \(use).")
        }
        if !results.semantic.isOn { lines.append("Note: \(Terminal.clean(results.semantic.description)).") }
        return lines
    }

    /// The snippet on one line, highlights in bold yellow on a colour terminal.
    private func snippet(of hit: GuidelineHit) -> String {
        let marked = Terminal.clean(hit.snippet.marked(open: Self.open, close: Self.close)).replacing("\n", with: " ").replacing("\t", with: " ")
        return marked
            .replacing(Self.open, with: Terminal.usesColour ? Terminal.highlightOn : "")
            .replacing(Self.close, with: Terminal.usesColour ? Terminal.styleOff : "")
    }
}
