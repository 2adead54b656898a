import Foundation

/// The only way `cop` writes: stdout for results, stderr for errors and notes.
///
/// Everything passes through ``TerminalSanitizer`` here, at the last moment (``StyledText/rendered(colour:)``),
/// whatever it holds: content, file paths, queries, argument-parser messages, exports. Writes to stdout are
/// checked: a failed or short write (a full disk, `> /dev/full`, a closed pipe) throws, and `cop` exits 74
/// with one line on stderr instead of leaving a truncated file behind a success status.
enum Console {
    /// Exit code of a failed write to stdout (`EX_IOERR` of sysexits.h).
    static let writeFailureExitCode: Int32 = 74

    /// Writes `text` to stdout, styled when stdout is a colour terminal.
    static func write(_ text: StyledText) throws(CommandFailure) {
        if let error = FileDescriptorWriter.write(text.rendered(colour: Terminal.usesColour), to: STDOUT_FILENO) {
            throw CommandFailure(
                message: "cannot write the output: \(error.description)", exitCode: writeFailureExitCode)
        }
    }

    /// Writes `lines` to stdout, each ending with a line feed (nothing for no lines).
    static func write(lines: [StyledText]) throws(CommandFailure) {
        guard !lines.isEmpty else { return }
        try write(StyledText.lines(lines) + "\n")
    }

    /// Writes `text` (an export: JSON, CSV, Markdown) to stdout as it is, sanitised.
    static func write(_ text: String) throws(CommandFailure) {
        try write(StyledText(text))
    }

    /// Writes one line to stderr, sanitised. Best effort: there is nowhere left to report a failure.
    static func writeError(_ line: String) {
        _ = FileDescriptorWriter.write(StyledText(line + "\n").rendered(colour: false), to: STDERR_FILENO)
    }
}
