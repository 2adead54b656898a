extension Substring {
    /// The text without leading and trailing spaces and tabs (Unicode space separators), as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` trims it, without bridging through `NSString`; line breaks are kept.
    /// - Complexity: O(*n*) in the number of leading and trailing spaces, plus the copy.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
            let last = scalars.lastIndex(where: { !$0.isSpace })
        else { return "" }
        return String(scalars[first...last])
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs; see ``Substring/trimmingSpaces``.
    var trimmingSpaces: String { self[...].trimmingSpaces }
}

extension Unicode.Scalar {
    /// A tab or a space separator (general category Zs), the set Foundation calls `.whitespaces`.
    fileprivate var isSpace: Bool {
        self == " " || self == "\t" || (!isASCII && properties.generalCategory == .spaceSeparator)
    }
}
