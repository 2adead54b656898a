import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `write(2)` until every byte is written, retrying after signals: a short write is continued, and a failed
/// one is returned as the error, never ignored.
enum FileDescriptorWriter {
    /// Why a write failed.
    struct Failure: Error, CustomStringConvertible {
        let code: Int32

        /// The system's message and the error's name, e.g. `No space left on device (ENOSPC)`.
        var description: String {
            let name = Self.names[code].map { " (\($0))" } ?? " (errno \(code))"
            return String(cString: strerror(code)) + name
        }

        private static let names: [Int32: String] = [
            ENOSPC: "ENOSPC", EPIPE: "EPIPE", EIO: "EIO", EBADF: "EBADF", EDQUOT: "EDQUOT", EFBIG: "EFBIG",
        ]
    }

    /// Writes all of `text`'s UTF-8 to `descriptor`; returns `nil` on success.
    static func write(_ text: String, to descriptor: Int32) -> Failure? {
        var text = text
        return text.withUTF8 { bytes -> Failure? in
            guard let base = bytes.baseAddress else { return nil }
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return Failure(code: errno)
                }
                // write(2) returns 0 only for a zero-length request; treat it as an I/O error rather than spin.
                if written == 0 { return Failure(code: EIO) }
                offset += written
            }
            return nil
        }
    }
}

/// `write(2)`, named apart from ``FileDescriptorWriter/write(_:to:)``.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
        Musl.write(descriptor, buffer, count)
    #else
        Darwin.write(descriptor, buffer, count)
    #endif
}
