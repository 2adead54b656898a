// The pre-parse check of the Markdown layer (Sources/CmarkTree/MarkdownInputCheck.swift), compiled here from
// the same file (a symbolic link): the CmarkTree target is not a product of the package.
import FuzzDriver

private let limits = MarkdownInputCheck.Limits(
    maximumContainerDepth: 4, maximumBracketsPerParagraph: 16, maximumDelimitersPerParagraph: 16,
    maximumRawHTMLOpenersPerParagraph: 2, maximumTableCells: 64
)

/// libFuzzer entry point: arbitrary bytes as Markdown, measured against small limits (so that inputs of a
/// few KiB reach them). The readable prefix must be a line-aligned prefix within every limit, and measuring
/// must be deterministic and never read past the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzDriver.input(data, count)
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
    check(
        readable == 0 || bytes[readable - 1] == UInt8(ascii: "\n") || bytes[readable - 1] == UInt8(ascii: "\r"),
        "prefix not at a line end", text)
    let prefix = String(decoding: bytes[..<readable], as: UTF8.self)
    let again = MarkdownInputCheck.measure(prefix, limits: limits)
    check(again.excess == nil, "the readable prefix passes a limit", text)
    check(MarkdownInputCheck.measure(text, limits: limits) == measurement, "not deterministic", text)
    return 0
}

private func check(_ condition: Bool, _ what: String, _ text: String) {
    if !condition { fatalError("\(what) for \(text.debugDescription)") }
}

/// libFuzzer's driver over ``fuzz(_:_:)`` (see `FuzzDriver` for why each target defines this symbol).
@_cdecl("FuzzMarkdownInputCheck_main")
public func fuzzerMain(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput: fuzz)
}
