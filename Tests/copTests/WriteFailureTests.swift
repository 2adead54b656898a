import Foundation
import Testing

/// Nothing is lost silently: a failed or short write to stdout is an error (exit 74, one line on stderr),
/// for every subcommand.
@Suite struct WriteFailureTests {
    static let commands: [[String]] = [
        ["export"], ["export", "--format", "csv"], ["search", "grooming"], ["search", "--json", "grooming"],
        ["show", "grooming"],
        ["risk", "grooming"], ["topic", "gaming"], ["list", "risks"], ["checklist", "industry"], ["coverage"],
        ["suggest", "cyber"], ["lint", "Content/en"], ["--help"], ["--version"], ["search", "--help"],
    ]

    @Test("stdout on a full device (/dev/full): exit 74 and one line on stderr", arguments: commands)
    func fullDevice(arguments: [String]) throws {
        let output = try Self.run(["cop"] + arguments, shell: "exec \"$COP\" \"$@\" > /dev/full")
        #expect(output.status == 74, "\(output.stderr)")
        #expect(output.stderr == "error: cannot write the output: No space left on device (ENOSPC)\n")
    }

    @Test(
        """
        a file that cannot grow (RLIMIT_FSIZE, as on a full file system): the short write is an error, not a truncated \
        success
        """
    )
    func shortWrite() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cop-short-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        // `ulimit -f 8` caps files at 8 blocks; with SIGXFSZ ignored, write(2) first writes what fits, then fails.
        let output = try Self.run(
            ["cop", "export"], shell: "ulimit -f 8; trap '' XFSZ; exec \"$COP\" \"$@\" > '\(file.path)'")
        #expect(output.status == 74, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("error: cannot write the output: File too large (EFBIG)"), "\(output.stderr)")
        #expect(output.stderr.split(separator: "\n").count == 1)
        let written = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
        #expect(written > 0 && written <= 8 * 1024, "the file was cut at the limit: \(written) bytes")
    }

    // MARK: Helpers

    /// Runs `script` with `sh -c`, `$COP` naming the executable and `arguments` (after `$0`) as `"$@"`.
    static func run(_ arguments: [String], shell script: String) throws -> CommandRunner.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script] + arguments
        process.currentDirectoryURL = CommandRunner.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(["COP": CommandRunner.executable.path]) {
            _, new in new
        }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRunner.Output(
            status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }

}
