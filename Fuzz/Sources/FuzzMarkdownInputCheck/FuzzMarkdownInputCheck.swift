// The pre-parse check of the Markdown layer (Sources/Markdown/MarkdownInputCheck.swift), compiled here from
// the same file (a symbolic link): the Markdown target is not a product of the package.

/// libFuzzer entry point: arbitrary bytes as Markdown, measured against small limits (so that inputs of a
/// few KiB reach them). The readable prefix must be a line-aligned prefix within every limit, and measuring
/// must be deterministic and never read past the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    run(UnsafeRawBufferPointer(start: start, count: count))
}

private let limits = MarkdownInputCheck.Limits(
    maximumContainerDepth: 4, maximumBracketsPerParagraph: 16, maximumDelimitersPerParagraph: 16,
    maximumRawHTMLOpenersPerParagraph: 2, maximumTableCells: 64
)

private func run(_ input: UnsafeRawBufferPointer) -> CInt {
    let text = String(decoding: input, as: UTF8.self)
    let measurement = MarkdownInputCheck.measure(text, limits: limits)
    let bytes = Array(text.utf8)
    let readable = measurement.readableUTF8Count
    check(readable >= 0 && readable <= bytes.count, "readable count out of range", text)
    guard let excess = measurement.excess else {
        check(readable == bytes.count, "no excess but not all readable", text)
        return 0
    }
    check(excess.count > excess.limit, "an excess within its limit", text)
    let lines = 1 + bytes.count { $0 == UInt8(ascii: "\n") } + bytes.count { $0 == UInt8(ascii: "\r") }
    check(excess.line >= 1 && excess.line <= lines, "excess line out of range", text)
    check(readable == 0 || bytes[readable - 1] == UInt8(ascii: "\n") || bytes[readable - 1] == UInt8(ascii: "\r"), "prefix not at a line end", text)
    let prefix = String(decoding: bytes[..<readable], as: UTF8.self)
    let again = MarkdownInputCheck.measure(prefix, limits: limits)
    check(again.excess == nil, "the readable prefix passes a limit", text)
    check(MarkdownInputCheck.measure(text, limits: limits) == measurement, "not deterministic", text)
    return 0
}

private func check(_ condition: Bool, _ what: String, _ text: String) {
    if !condition { fatalError("\(what) for \(text.debugDescription)") }
}

// SwiftPM links debug executables on Linux with `main` aliased to `FuzzMarkdownInputCheck_main` (for testable
// executables), so libFuzzer's own `main` is never used: this entry point hands over to libFuzzer's driver.
@_cdecl("FuzzMarkdownInputCheck_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, count in
        run(UnsafeRawBufferPointer(start: data, count: count))
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
