import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A child process spoken to in lines: commands on its stdin, one JSON document a line on its stdout, its
/// stderr kept in a temporary file for the error message. The child ends when this object goes away (its
/// stdin is closed).
final class JSONLineChild {
    private let process = Process()
    private let input: FileHandle
    private var output: LineReader
    private let errorLog: URL

    init(executable: String, arguments: [String], environment: [String: String]) throws(SkipReason) {
        _ = Self.ignoreBrokenPipes
        errorLog = FileManager.default.temporaryDirectory.appending(
            path: "cop-benchmark-child-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errorLog.path(percentEncoded: false), contents: nil)
        let toChild = Pipe()
        let fromChild = Pipe()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = toChild
        process.standardOutput = fromChild
        process.standardError = try? FileHandle(forWritingTo: errorLog)
        input = toChild.fileHandleForWriting
        output = LineReader(fromChild.fileHandleForReading)
        do {
            try process.run()
        } catch {
            throw SkipReason("cannot start \(executable): \(error.localizedDescription)")
        }
    }

    /// A child that dies mid-conversation must give an error on the next write, not end this process.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    deinit {
        try? input.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: errorLog)
    }

    func send(_ line: String) throws(SkipReason) {
        do {
            try input.write(contentsOf: Data((line + "\n").utf8))
        } catch {
            throw SkipReason("the child process stopped: \(lastErrorLine)")
        }
    }

    func receiveLine() throws(SkipReason) -> String {
        guard let line = output.nextLine() else { throw SkipReason("the child process stopped: \(lastErrorLine)") }
        return line
    }

    static func decode<Answer: Decodable>(_ type: Answer.Type, from line: String) throws(SkipReason) -> Answer {
        do {
            return try JSONDecoder().decode(Answer.self, from: Data(line.utf8))
        } catch {
            throw SkipReason("the child process answered \(line.prefix(200))")
        }
    }

    /// The last line the child wrote to stderr (its error, when it failed).
    private var lastErrorLine: String {
        let text = (try? String(contentsOf: errorLog, encoding: .utf8)) ?? ""
        return text.split(whereSeparator: \.isNewline).last.map(String.init) ?? "no message"
    }
}

/// Lines from a pipe, read as they arrive.
struct LineReader {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    /// The next line without its newline, or `nil` at the end of the stream.
    mutating func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return line
            }
            let chunk = handle.availableData
            guard !chunk.isEmpty else { return nil }
            buffer.append(chunk)
        }
    }
}
