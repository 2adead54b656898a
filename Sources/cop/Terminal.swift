import Foundation

/// Where output goes and how it looks: stderr for errors and notes, colour only on a terminal.
enum Terminal {
    /// Whether stdout is a terminal and the user has not asked for plain output (`NO_COLOR`, `TERM=dumb`).
    static let usesColour: Bool = {
        let environment = ProcessInfo.processInfo.environment
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) != 0
    }()

    /// ANSI bold yellow, for search highlights.
    static let highlightOn = "\u{1B}[1;33m"
    /// ANSI bold, for titles.
    static let boldOn = "\u{1B}[1m"
    /// ANSI reset.
    static let styleOff = "\u{1B}[0m"

    /// `text` in bold on a colour terminal, as is otherwise.
    static func bold(_ text: String) -> String {
        usesColour ? boldOn + text + styleOff : text
    }

    /// Writes one line to stderr.
    static func writeError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `text` without control characters other than line feeds and tabs, so content or a query cannot
    /// move the cursor or change colours in the user's terminal.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isControl(scalar) { result.append(scalar) }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}
