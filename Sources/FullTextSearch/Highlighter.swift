/// Cuts snippets from the snippet field and highlights the words that matched, using the forward index
/// (term numbers per word), so stemmed and thesaurus matches are highlighted like typed ones.
struct Highlighter {
    /// A run of matched words, `first...last` by word position; `key` identifies the pattern it matched.
    private struct Span {
        var first: Int
        var last: Int
        var key: Int
    }

    /// The most spans considered when choosing a window, to bound the work on very long fields.
    private static let maximumSpans = 256

    let wordCount: Int
    let leadingWords: Int

    /// A snippet of `entry` around the occurrences of `patterns`.
    /// - Complexity: O(*w* × *p* + *s*²) for *w* words in the field, *p* patterns and *s* matched spans (at most 256).
    func snippet(of entry: ForwardIndex.Entry, patterns: [PlanClause.Pattern]) -> Snippet {
        let spans = Self.spans(in: entry.terms, patterns: patterns)
        let window = chooseWindow(spans: spans, wordTotal: entry.terms.count)
        let inside = Self.merged(spans.filter { $0.first >= window.lowerBound && $0.last < window.upperBound })
        return makeSnippet(entry: entry, window: window, spans: inside)
    }

    private static func spans(in terms: [Int32], patterns: [PlanClause.Pattern]) -> [Span] {
        var spans: [Span] = []
        for position in terms.indices where spans.count < maximumSpans {
            for (key, pattern) in patterns.enumerated() {
                if let last = match(pattern, in: terms, at: position) {
                    spans.append(Span(first: position, last: last, key: key))
                }
            }
        }
        return spans
    }

    /// The last word position of an occurrence of `pattern` starting at `position`, if there is one.
    private static func match(_ pattern: PlanClause.Pattern, in terms: [Int32], at position: Int) -> Int? {
        switch pattern {
        case .term(let id):
            return terms[position] == id ? position : nil
        case .phrase(let ids, let offsets):
            guard let lastOffset = offsets.last, position + lastOffset < terms.count else { return nil }
            let matches = zip(ids, offsets).allSatisfy { terms[position + $1] == $0 }
            return matches ? position + lastOffset : nil
        }
    }

    /// The word window with the most distinct patterns, then the most spans, then the earliest.
    /// `spans` are in increasing order of their first word.
    private func chooseWindow(spans: [Span], wordTotal: Int) -> Range<Int> {
        guard wordTotal > wordCount else { return 0..<wordTotal }
        var best = 0..<wordCount
        var bestRank = (distinct: -1, count: -1)
        var seenKeys = Array(repeating: -1, count: (spans.map(\.key).max() ?? 0) + 1)
        var firstInside = 0
        for (candidate, span) in spans.enumerated() {
            let start = min(max(0, span.first - leadingWords), wordTotal - wordCount)
            let window = start..<(start + wordCount)
            while spans[firstInside].first < start { firstInside += 1 }
            var rank = (distinct: 0, count: 0)
            for inside in spans[firstInside...] {
                guard inside.first < window.upperBound else { break }
                guard inside.last < window.upperBound else { continue }
                rank.count += 1
                if seenKeys[inside.key] != candidate {
                    seenKeys[inside.key] = candidate
                    rank.distinct += 1
                }
            }
            if rank.distinct > bestRank.distinct || (rank.distinct == bestRank.distinct && rank.count > bestRank.count)
            {
                best = window
                bestRank = rank
            }
        }
        return best
    }

    /// Overlapping or touching spans joined into one, so highlights never overlap.
    private static func merged(_ spans: [Span]) -> [Span] {
        var result: [Span] = []
        for span in spans.sorted(by: { ($0.first, $0.last) < ($1.first, $1.last) }) {
            if let last = result.last, span.first <= last.last {
                result[result.count - 1].last = max(last.last, span.last)
            } else {
                result.append(span)
            }
        }
        return result
    }

    private func makeSnippet(entry: ForwardIndex.Entry, window: Range<Int>, spans: [Span]) -> Snippet {
        let text = entry.text
        let utf8Count = text.utf8.count
        let lower = window.lowerBound == 0 || window.isEmpty ? 0 : Int(entry.starts[window.lowerBound])
        let upper =
            window.upperBound >= entry.terms.count || window.isEmpty
            ? utf8Count : Int(entry.ends[window.upperBound - 1])
        let snippetText = String(
            text.unicodeScalars[Self.index(text, utf8Offset: lower)..<Self.index(text, utf8Offset: upper)]
        )
        let highlights = spans.map { span in
            let start = Self.index(snippetText, utf8Offset: Int(entry.starts[span.first]) - lower)
            let end = Self.index(snippetText, utf8Offset: Int(entry.ends[span.last]) - lower)
            return Snippet.Highlight(
                range: start..<end,
                utf16Range: Self.utf16Offset(snippetText, start)..<Self.utf16Offset(snippetText, end)
            )
        }
        let fieldStart = Self.utf16Offset(text, Self.index(text, utf8Offset: lower))
        return Snippet(
            text: snippetText,
            highlights: highlights,
            fieldUTF16Range: fieldStart..<(fieldStart + snippetText.utf16.count),
            isTruncatedAtStart: lower > 0,
            isTruncatedAtEnd: upper < utf8Count
        )
    }

    private static func index(_ text: String, utf8Offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: min(max(0, utf8Offset), text.utf8.count))
    }

    private static func utf16Offset(_ text: String, _ index: String.Index) -> Int {
        text.utf16.distance(from: text.utf16.startIndex, to: index)
    }
}
