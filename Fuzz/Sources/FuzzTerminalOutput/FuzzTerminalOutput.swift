// The sanitiser and the styled text of `cop` (Sources/cop/Output), compiled here from the same files (symbolic
// links): `cop` is an executable, so the fuzz target builds its two output files itself.
import FuzzDriver

/// libFuzzer entry point: arbitrary bytes, decoded as UTF-8 (invalid bytes replaced), cut into runs whose
/// styles the bytes choose, rendered with and without colour. Whatever the text holds, the output may hold
/// no unsafe scalar except the escape sequences `StyledText` itself writes, each one closed on its line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzDriver.input(data, count)
    let text = String(decoding: input, as: UTF8.self)
    let sanitized = TerminalSanitizer.sanitized(text)
    check(!sanitized.unicodeScalars.contains(where: forbidden), "unsafe scalar left", text)
    check(TerminalSanitizer.sanitized(sanitized) == sanitized, "not idempotent", text)
    check(sanitized.unicodeScalars.count == text.unicodeScalars.count, "scalars added or lost", text)

    let styled = styledRuns(text, choosingStylesFrom: input)
    check(
        !styled.rendered(colour: false).unicodeScalars.contains(where: forbidden), "unsafe scalar without colour", text)
    check(onlyOwnEscapes(styled.rendered(colour: true)), "foreign or unclosed escape sequence in colour", text)
    return 0
}

/// Cuts `text` at every line feed and every 7th scalar, styling each piece by the input byte at its start.
private func styledRuns(_ text: String, choosingStylesFrom bytes: UnsafeRawBufferPointer) -> StyledText {
    var result = StyledText("")
    var piece = ""
    var index = 0
    func flush() {
        let selector = bytes.isEmpty ? 0 : bytes[index % bytes.count] % 3
        result.append(piece, style: selector == 0 ? nil : selector == 1 ? .bold : .highlight)
        piece = ""
    }
    for scalar in text.unicodeScalars {
        piece.unicodeScalars.append(scalar)
        index += 1
        if scalar == "\n" || index % 7 == 0 { flush() }
    }
    flush()
    return result
}

/// Whether the only unsafe scalars in `output` are ESC of `ESC[1m`, `ESC[1;33m` and `ESC[0m`, each style
/// opened being reset before the next one opens and before the line ends.
private func onlyOwnEscapes(_ output: String) -> Bool {
    let open = [Array("\u{1B}[1m".unicodeScalars), Array("\u{1B}[1;33m".unicodeScalars)]
    let reset = Array("\u{1B}[0m".unicodeScalars)
    let scalars = Array(output.unicodeScalars)
    var index = 0
    var isOpen = false
    while index < scalars.count {
        let scalar = scalars[index]
        if scalar == "\u{1B}" {
            let rest = scalars[index...]
            if !isOpen, let sequence = open.first(where: { rest.starts(with: $0) }) {
                isOpen = true
                index += sequence.count
                continue
            }
            guard isOpen, rest.starts(with: reset) else { return false }
            isOpen = false
            index += reset.count
            continue
        }
        if forbidden(scalar) || (scalar == "\n" && isOpen) { return false }
        index += 1
    }
    return !isOpen
}

/// What must never reach a terminal, written out here independently of `TerminalSanitizer.isUnsafe` so that a
/// mistake there is found: C0 controls but tab and line feed, DEL, C1, and the bidi embeddings, overrides and
/// isolates.
private func forbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
        || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
}

private func check(_ condition: Bool, _ what: String, _ text: String) {
    if !condition { fatalError("\(what) for \(text.debugDescription)") }
}

/// libFuzzer's driver over ``fuzz(_:_:)`` (see `FuzzDriver` for why each target defines this symbol).
@_cdecl("FuzzTerminalOutput_main")
public func fuzzerMain(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput: fuzz)
}
