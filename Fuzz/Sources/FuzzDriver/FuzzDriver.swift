/// The libFuzzer driver every fuzz target shares.
///
/// SwiftPM links debug executables on Linux with `main` aliased to `<Target>_main` (for testable executables),
/// so libFuzzer's own `main` is never used. Each target therefore defines two C symbols and nothing else of
/// the driver:
///
///     @_cdecl("LLVMFuzzerTestOneInput")
///     public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
///         let input = FuzzDriver.input(data, count)
///         ...
///     }
///
///     @_cdecl("FuzzQuery_main")
///     public func fuzzerMain(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
///         FuzzDriver.run(argc, argv, testOneInput: fuzz)
///     }
public enum FuzzDriver {
    /// `main`'s `argv`.
    public typealias Arguments = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    /// libFuzzer's callback: one input's bytes (`nil` when empty) and count; returns 0.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Hands the process over to libFuzzer's driver, which reads its own options from `argv` and calls
    /// `testOneInput` with each input; returns the driver's exit status.
    /// - Parameter prepare: Work done once before fuzzing starts (loading content), so that its cost is not
    ///   charged to the first input.
    public static func run(
        _ argc: CInt, _ argv: Arguments, prepare: () -> Void = {}, testOneInput: TestOneInput
    ) -> CInt {
        prepare()
        var argc = argc
        var argv = argv
        return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
    }

    /// The input libFuzzer passes as a buffer (empty when `data` is `nil`).
    public static func input(_ data: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : count)
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzDriver.TestOneInput
) -> CInt
