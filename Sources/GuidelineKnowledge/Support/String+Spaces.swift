// The one home of the trimming helpers of this module and the content compiler: spaces and tabs, never line breaks.
extension Substring {
    /// The text without leading and trailing spaces and tabs (Unicode space separators), as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` trims it, without bridging through `NSString`; line breaks are kept.
    /// - Complexity: O(*n*) in the number of leading and trailing spaces, plus the copy.
    package var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
            let last = scalars.lastIndex(where: { !$0.isSpace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The text without trailing spaces and tabs (the same set as ``trimmingSpaces``).
    /// - Complexity: O(*n*) in the number of trailing spaces, plus the copy.
    package var trimmingTrailingSpaces: String {
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(scalars[...last])
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs; see ``Substring/trimmingSpaces``.
    package var trimmingSpaces: String { self[...].trimmingSpaces }

    /// The text without trailing spaces and tabs; see ``Substring/trimmingTrailingSpaces``.
    package var trimmingTrailingSpaces: String { self[...].trimmingTrailingSpaces }
}

extension Unicode.Scalar {
    /// A tab or a space separator (general category Zs), the set Foundation calls `.whitespaces`.
    fileprivate var isSpace: Bool {
        self == " " || self == "\t" || (!isASCII && properties.generalCategory == .spaceSeparator)
    }
}
