internal import FullTextSearch

/// A window of a record's text around its best matches, with the matched words highlighted.
///
/// Highlights are given twice: as `Range<String.Index>` into ``text`` for Swift callers, and as offsets in
/// **UTF-16 code units** from the start of ``text`` for JSON and JavaScript (`String.prototype.slice`,
/// `NSRange`). A COP type, so naming it needs only `import ChildOnlineProtection`.
public struct GuidelineSnippet: Sendable, Hashable {
    /// One highlighted match.
    public struct Highlight: Sendable, Hashable {
        /// The match's range in ``GuidelineSnippet/text``.
        public let range: Range<String.Index>
        /// The match's range in ``GuidelineSnippet/text``, in UTF-16 code units.
        public let utf16Range: Range<Int>
    }

    /// An exact excerpt of the record's text (no ellipses added).
    public let text: String
    /// The highlighted matches, in order, not overlapping.
    public let highlights: [Highlight]
    /// Whether the record's text goes on before ``text`` (show a leading ellipsis).
    public let isTruncatedAtStart: Bool
    /// Whether the record's text goes on after ``text`` (show a trailing ellipsis).
    public let isTruncatedAtEnd: Bool

    /// Creates a snippet from its text and the UTF-16 ranges of its highlights.
    /// - Parameters:
    ///   - text: The excerpt.
    ///   - utf16Highlights: The highlighted ranges in UTF-16 code units of `text`, in order; a range that is
    ///     out of bounds or splits a character is left out.
    ///   - isTruncatedAtStart: Whether the record's text goes on before `text`.
    ///   - isTruncatedAtEnd: Whether the record's text goes on after `text`.
    public init(
        text: String, utf16Highlights: [Range<Int>], isTruncatedAtStart: Bool = false, isTruncatedAtEnd: Bool = false
    ) {
        self.text = text
        let utf16 = text.utf16
        let scalars = text.unicodeScalars
        self.highlights = utf16Highlights.compactMap { range in
            guard range.lowerBound >= 0, range.upperBound <= utf16.count,
                let lower = utf16.index(utf16.startIndex, offsetBy: range.lowerBound).samePosition(in: scalars),
                let upper = utf16.index(utf16.startIndex, offsetBy: range.upperBound).samePosition(in: scalars)
            else { return nil }
            return Highlight(range: lower..<upper, utf16Range: range)
        }
        self.isTruncatedAtStart = isTruncatedAtStart
        self.isTruncatedAtEnd = isTruncatedAtEnd
    }

    /// The search engine's snippet as a COP value.
    init(_ snippet: Snippet) {
        self.text = snippet.text
        self.highlights = snippet.highlights.map { Highlight(range: $0.range, utf16Range: $0.utf16Range) }
        self.isTruncatedAtStart = snippet.isTruncatedAtStart
        self.isTruncatedAtEnd = snippet.isTruncatedAtEnd
    }

    /// The text with each highlight wrapped in markers, and ellipses where the record's text was cut.
    /// - Parameters:
    ///   - open: Inserted before each highlight, for example `"**"` or `"<mark>"`.
    ///   - close: Inserted after each highlight.
    ///   - ellipsis: Added where the record's text continues beyond the snippet.
    public func marked(open: String = "**", close: String = "**", ellipsis: String = "…") -> String {
        Snippet.marking(
            text, highlights: highlights.map(\.range), truncatedAtStart: isTruncatedAtStart,
            truncatedAtEnd: isTruncatedAtEnd, open: open, close: close, ellipsis: ellipsis)
    }

    /// The highlighted substrings, in order.
    public var highlightedTexts: [String] {
        highlights.map { String(text.unicodeScalars[$0.range]) }
    }
}
