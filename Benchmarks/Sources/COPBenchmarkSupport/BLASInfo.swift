#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the BLAS under the sentence encoder says about itself, for the report's notes: OpenBLAS picks its
/// kernels for the CPU it detects when it loads (`OPENBLAS_CORETYPE` overrides), and an old OpenBLAS on a
/// newer CPU falls back to generic kernels.
public enum BLASInfo {
    /// OpenBLAS's build configuration and the kernel set in use, e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH ... (core
    /// Prescott)", or `nil` when the loaded BLAS is not OpenBLAS.
    public static var description: String? {
        guard let config = call("openblas_get_config") else { return nil }
        return "\(config) (core \(call("openblas_get_corename") ?? "unknown"))"
    }

    /// Calls a `char *f(void)` function of the process's loaded libraries by name.
    private static func call(_ name: String) -> String? {
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, name) else { return nil }
        typealias Function = @convention(c) () -> UnsafePointer<CChar>?
        return unsafeBitCast(symbol, to: Function.self)().map { String(cString: $0) }
    }
}
