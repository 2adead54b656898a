/// Text on its way to the terminal: runs of plain text, some of them styled.
///
/// Content never carries styling: views build `StyledText` from plain strings and mark what is bold or
/// highlighted as a run's ``Style``. ``rendered(colour:)`` sanitises each run's text
/// (``TerminalSanitizer``) and only then wraps styled runs in escape sequences, so every escape sequence
/// in the output is one of ours and each one is closed.
///
/// ```swift
/// let line: StyledText = "\(number). \(bold: record.title)"
/// ```
///
/// This file is self-contained: the `Fuzz/` package compiles it as it is.
struct StyledText: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// How a run is shown on a colour terminal.
    enum Style: Sendable, Hashable {
        /// Titles: ANSI bold.
        case bold
        /// Matched words in search snippets: ANSI bold yellow.
        case highlight

        var escapeSequence: String {
            switch self {
            case .bold: "\u{1B}[1m"
            case .highlight: "\u{1B}[1;33m"
            }
        }

        /// The sequence that ends any style.
        static let reset = "\u{1B}[0m"
    }

    /// A stretch of text in one style (`nil`: plain).
    struct Run: Sendable, Hashable {
        var text: String
        var style: Style?
    }

    private(set) var runs: [Run]

    /// `text` in one run.
    init(_ text: String, style: Style? = nil) {
        runs = text.isEmpty ? [] : [Run(text: text, style: style)]
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    init(stringInterpolation: StringInterpolation) {
        runs = stringInterpolation.text.runs
    }

    /// The text without styles (still unsanitised).
    var plainText: String { runs.map(\.text).joined() }

    /// Appends `other`'s runs.
    mutating func append(_ other: StyledText) {
        for run in other.runs { append(run.text, style: run.style) }
    }

    /// Appends `text` in `style`, merging it into the last run when the style is the same.
    mutating func append(_ text: String, style: Style? = nil) {
        guard !text.isEmpty else { return }
        if let last = runs.indices.last, runs[last].style == style {
            runs[last].text += text
        } else {
            runs.append(Run(text: text, style: style))
        }
    }

    static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        var result = lhs
        result.append(rhs)
        return result
    }

    /// The lines joined with line feeds.
    static func lines(_ lines: [StyledText]) -> StyledText {
        var result = StyledText("")
        for (index, line) in lines.enumerated() {
            if index > 0 { result.append("\n") }
            result.append(line)
        }
        return result
    }

    /// The text as written to the terminal: each run sanitised, then styled runs wrapped in their escape
    /// sequence and a reset when `colour` is on (a reset before each line feed, so a pager that shows part
    /// of the output never leaves a style open).
    func rendered(colour: Bool) -> String {
        var output = ""
        for run in runs {
            let text = TerminalSanitizer.sanitized(run.text)
            guard colour, let style = run.style else {
                output += text
                continue
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            output += lines.map { $0.isEmpty ? "" : style.escapeSequence + $0 + Style.reset }.joined(separator: "\n")
        }
        return output
    }

    /// Builds styled text from a string literal with interpolations: `"\(a) and \(bold: b)"`.
    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var text = StyledText("")

        init(literalCapacity: Int, interpolationCount: Int) {}

        mutating func appendLiteral(_ literal: String) { text.append(literal) }

        mutating func appendInterpolation(_ value: StyledText) { text.append(value) }

        mutating func appendInterpolation(_ value: some StringProtocol) { text.append(String(value)) }

        mutating func appendInterpolation(_ value: Int) { text.append(String(value)) }

        mutating func appendInterpolation(bold value: some StringProtocol) { text.append(String(value), style: .bold) }
    }
}
