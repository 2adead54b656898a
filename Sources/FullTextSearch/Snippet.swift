/// A window of a document's original text around its best matches, with the matched words highlighted.
///
/// Highlights are given twice: as `Range<String.Index>` into ``text`` for Swift callers, and as offsets in
/// **UTF-16 code units** from the start of ``text`` for JSON and JavaScript (`String.prototype.slice`,
/// `NSRange`).
public struct Snippet: Sendable, Hashable {
    /// One highlighted match.
    public struct Highlight: Sendable, Hashable {
        /// The match's range in ``Snippet/text``.
        public let range: Range<String.Index>
        /// The match's range in ``Snippet/text``, in UTF-16 code units.
        public let utf16Range: Range<Int>
    }

    /// An exact excerpt of the snippet field's original text (no ellipses added).
    public let text: String
    /// The highlighted matches, in order, not overlapping.
    public let highlights: [Highlight]
    /// Where ``text`` lies in the snippet field's original text, in UTF-16 code units.
    public let fieldUTF16Range: Range<Int>
    /// Whether the field has text before ``text`` (show a leading ellipsis).
    public let isTruncatedAtStart: Bool
    /// Whether the field has text after ``text`` (show a trailing ellipsis).
    public let isTruncatedAtEnd: Bool

    /// The text with each highlight wrapped in markers, and ellipses where the text was cut.
    /// - Parameters:
    ///   - open: Inserted before each highlight, for example `"**"` or `"<mark>"`.
    ///   - close: Inserted after each highlight.
    ///   - ellipsis: Added where the field text continues beyond the snippet.
    public func marked(open: String = "**", close: String = "**", ellipsis: String = "…") -> String {
        Self.marking(
            text, highlights: highlights.map(\.range), truncatedAtStart: isTruncatedAtStart,
            truncatedAtEnd: isTruncatedAtEnd, open: open, close: close, ellipsis: ellipsis)
    }

    /// `text` with each of `highlights` (ordered, not overlapping ranges of its scalars) wrapped in `open` and
    /// `close`, and `ellipsis` where the text was cut: what ``marked(open:close:ellipsis:)`` does, for any
    /// snippet-like value.
    public static func marking(
        _ text: String, highlights: [Range<String.Index>], truncatedAtStart: Bool, truncatedAtEnd: Bool,
        open: String, close: String, ellipsis: String
    ) -> String {
        var result = truncatedAtStart ? ellipsis : ""
        var cursor = text.startIndex
        let scalars = text.unicodeScalars
        for highlight in highlights {
            result += String(scalars[cursor..<highlight.lowerBound])
            result += open + String(scalars[highlight]) + close
            cursor = highlight.upperBound
        }
        result += String(scalars[cursor...])
        return result + (truncatedAtEnd ? ellipsis : "")
    }

    /// The highlighted substrings, in order.
    public var highlightedTexts: [String] {
        highlights.map { String(text.unicodeScalars[$0.range]) }
    }
}
