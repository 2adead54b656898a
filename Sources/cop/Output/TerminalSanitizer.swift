/// The one sanitising step between `cop` and whatever reads its output (a terminal, a pager, a log).
///
/// Every byte `cop` writes, to stdout or stderr, passes through ``sanitized(_:)`` just before it is written
/// (``Console``), whatever its origin: content titles and text (raw or decoded from HTML entities such as
/// `&#27;`), file paths, queries, argument-parser messages. It replaces each scalar that a terminal would act
/// on or that makes text read differently from what it is with U+FFFD, so the reader sees that something was
/// there:
///
/// - C0 controls other than line feed and tab (ESC starts escape sequences; BEL, BS and CR rewrite what is shown),
/// - DEL and the C1 controls U+0080-U+009F (U+009B is a one-byte CSI, U+009D an OSC on many terminals),
/// - the bidirectional embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069 ("Trojan Source").
///
/// Styling (bold titles, highlighted matches) is added after this step by ``StyledText/rendered(colour:)``,
/// never carried inside text, so nothing in content can open, close or forge an escape sequence.
///
/// This file is self-contained: the `Fuzz/` package compiles it as it is.
enum TerminalSanitizer {
    /// What an unsafe scalar is replaced with.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// `text` with every unsafe scalar replaced by U+FFFD; `text` itself when it has none.
    /// - Complexity: O(*n*) in the number of scalars.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isUnsafe(scalar) ? replacement : scalar)
        }
        return String(scalars)
    }

    /// Whether a terminal could act on `scalar`, or it reorders the text around it.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false  // tab, line feed: layout
        case 0x00...0x1F, 0x7F...0x9F: true  // C0, DEL, C1
        case 0x202A...0x202E, 0x2066...0x2069: true  // LRE RLE PDF LRO RLO, LRI RLI FSI PDI
        default: false
        }
    }
}
