/// Cuts snippets from the snippet field and highlights the words that matched, using the forward index
/// (term numbers per word), so stemmed and thesaurus matches are highlighted like typed ones.
///
/// One highlighter serves every hit of a query: it indexes all of the query's patterns once, and each
/// snippet says which of them its document matched.
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
    /// The query's patterns, indexed by first term.
    private let patterns: PatternIndex

    /// A highlighter for the patterns of one query.
    /// - Complexity: O(*p* log *p* + *t*) for *p* patterns of *t* terms in all.
    init(wordCount: Int, leadingWords: Int, patterns: [ConceptAlternative.Pattern]) {
        self.wordCount = wordCount
        self.leadingWords = leadingWords
        self.patterns = PatternIndex(patterns)
    }

    /// A snippet of `entry` around the occurrences of the patterns its document matched.
    /// - Parameters:
    ///   - entry: The document's snippet field.
    ///   - keys: Per pattern (in the order given to the initializer), its key in this snippet, or -1 to ignore
    ///     it; window choice counts distinct keys.
    /// - Complexity: O(*w* + *o* × *t* + *s*²) for *w* words in the field, *o* words where a pattern's first
    ///   term occurs, *t* terms per pattern and *s* matched spans (at most 256).
    func snippet(of entry: ForwardIndex.Entry, keys: [Int]) -> Snippet {
        let spans = spans(in: entry.terms, keys: keys)
        let window = chooseWindow(spans: spans, wordTotal: entry.terms.count)
        let inside = Self.merged(spans.filter { $0.first >= window.lowerBound && $0.last < window.upperBound })
        return makeSnippet(entry: entry, window: window, spans: inside)
    }

    /// Every occurrence of every pattern with a key, by increasing first word, then increasing key (keys
    /// increase with pattern numbers); no more words are scanned once ``maximumSpans`` spans are found.
    private func spans(in terms: [Int32], keys: [Int]) -> [Span] {
        var spans: [Span] = []
        for position in terms.indices where spans.count < Self.maximumSpans {
            let term = terms[position]
            // Stop words (-1) start no pattern.
            guard term >= 0, let entries = patterns.entries(startingWith: term) else { continue }
            for entry in entries {
                let key = keys[patterns.patternNumbers[entry]]
                guard key >= 0, let last = patterns.lastPosition(ofEntry: entry, in: terms, at: position) else {
                    continue
                }
                spans.append(Span(first: position, last: last, key: key))
            }
        }
        return spans
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

/// The patterns of one snippet grouped by their first term, so that a single pass over a field's words finds
/// every occurrence: a word costs one probe of a small hash table, however many patterns the query has.
///
/// A phrase pattern's offsets start at 0 (they are offsets from its first term, see ``AnalyzedPhrase``),
/// so an occurrence starts at a word holding the pattern's first term.
private struct PatternIndex {
    /// The entries: pattern numbers (positions in the pattern list), grouped by first term, increasing
    /// within a group.
    let patternNumbers: [Int]
    /// Per entry, the range of its terms after the first in `tailTerms` and `tailOffsets`.
    private let tailStarts: [Int]
    private let tailTerms: [Int32]
    private let tailOffsets: [Int]
    /// Per entry, the offset of its last term from its first (0 for a single term).
    private let lastOffsets: [Int]
    /// Open-addressing hash table of the distinct first terms (-1 marks an empty slot), with linear probing.
    private let slotTerms: [Int32]
    /// Per slot, the range of entries whose pattern starts with the slot's term.
    private let slotKeys: [Range<Int>]
    /// `32 - log2(slot count)`: the hash keeps the top bits of a 32-bit multiplicative hash.
    private let shift: UInt32

    /// - Complexity: O(*p* log *p* + *t*) for *p* patterns of *t* terms in all.
    init(_ patterns: [ConceptAlternative.Pattern]) {
        let firstTerms = patterns.map(Self.firstTerm)
        // Sorting integers (first term above pattern number) groups the patterns by first term.
        patternNumbers = patterns.indices.map { UInt64(UInt32(bitPattern: firstTerms[$0])) << 32 | UInt64($0) }
            .sorted().map { Int($0 & 0xFFFF_FFFF) }
        var tailStarts = [0]
        var tailTerms: [Int32] = []
        var tailOffsets: [Int] = []
        var lastOffsets: [Int] = []
        for key in patternNumbers {
            if case .phrase(let terms, let offsets) = patterns[key] {
                tailTerms += terms.dropFirst()
                tailOffsets += offsets.dropFirst()
                lastOffsets.append(offsets.last ?? 0)
            } else {
                lastOffsets.append(0)
            }
            tailStarts.append(tailTerms.count)
        }
        self.tailStarts = tailStarts
        self.tailTerms = tailTerms
        self.tailOffsets = tailOffsets
        self.lastOffsets = lastOffsets
        // At most half full, so that probes stay short.
        var bits: UInt32 = 1
        while 1 << bits < 2 * patterns.count { bits += 1 }
        shift = 32 - bits
        var slotTerms = [Int32](repeating: -1, count: 1 << bits)
        var slotKeys = [Range<Int>](repeating: 0..<0, count: 1 << bits)
        var groupStart = 0
        while groupStart < patternNumbers.count {
            let term = firstTerms[patternNumbers[groupStart]]
            var groupEnd = groupStart + 1
            while groupEnd < patternNumbers.count, firstTerms[patternNumbers[groupEnd]] == term { groupEnd += 1 }
            var slot = Self.hash(term, shift: shift)
            while slotTerms[slot] >= 0 { slot = (slot + 1) & (slotTerms.count - 1) }
            slotTerms[slot] = term
            slotKeys[slot] = groupStart..<groupEnd
            groupStart = groupEnd
        }
        self.slotTerms = slotTerms
        self.slotKeys = slotKeys
    }

    private static func firstTerm(_ pattern: ConceptAlternative.Pattern) -> Int32 {
        switch pattern {
        case .term(let id): id
        case .phrase(let ids, _): ids[0]
        }
    }

    private static func hash(_ term: Int32, shift: UInt32) -> Int {
        Int((UInt32(bitPattern: term) &* 0x9E37_79B1) >> shift)
    }

    /// The range of entries whose pattern starts with `term` (not negative), if any.
    func entries(startingWith term: Int32) -> Range<Int>? {
        var slot = Self.hash(term, shift: shift)
        while true {
            let slotTerm = slotTerms[slot]
            if slotTerm == term { return slotKeys[slot] }
            if slotTerm < 0 { return nil }
            slot = (slot + 1) & (slotTerms.count - 1)
        }
    }

    /// The last word position of an occurrence of the pattern of `entry` starting at `position` (where its
    /// first term is), if there is one.
    func lastPosition(ofEntry entry: Int, in terms: [Int32], at position: Int) -> Int? {
        let last = position + lastOffsets[entry]
        guard last < terms.count else { return nil }
        for tail in tailStarts[entry]..<tailStarts[entry + 1]
        where terms[position + tailOffsets[tail]] != tailTerms[tail] {
            return nil
        }
        return last
    }
}
