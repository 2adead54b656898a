import Foundation

/// `cop search --query-file FILE`: a query read from a file or, for `-`, standard input.
///
/// Scales where arguments do not (see ``ArgumentCount``). At most ``maximumSize`` bytes are read, whatever
/// the input is (a pipe never ends, a file may be huge); line breaks become spaces, and invalid UTF-8 becomes
/// U+FFFD. The query parser then reads the first 1,000 characters and notes what it ignored.
enum QueryFile {
    /// The most bytes read: 1 MiB, a thousand times what the query parser reads.
    static let maximumSize = 1 << 20

    /// The query in `path` (`-`: standard input).
    static func read(_ path: String) throws(CommandFailure) -> String {
        let isStandardInput = path == "-"
        let descriptor = isStandardInput ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        let name = isStandardInput ? "standard input" : "'\(path)'"
        guard descriptor >= 0 else {
            throw failure("cannot open the query file \(name): \(String(cString: strerror(errno)))")
        }
        defer { if !isStandardInput { close(descriptor) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while bytes.count <= maximumSize {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read the query from \(name): \(String(cString: strerror(errno)))")
            }
            bytes += chunk[..<count]
        }
        guard bytes.count <= maximumSize else {
            throw failure(
                "the query in \(name) is longer than \(maximumSize) bytes; a query is read up to 1,000 characters")
        }
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func failure(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: 64)
    }
}
