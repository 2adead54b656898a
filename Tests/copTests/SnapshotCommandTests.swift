import Foundation
import Testing

/// `cop compile DIR --output FILE` and the global `--snapshot FILE`.
@Suite struct SnapshotCommandTests {
    @Test("a compiled snapshot answers like the content it was compiled from, and is the same bytes each time")
    func compileThenSearch() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "cop-compile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appending(path: "first.snapshot").path,
            second = folder.appending(path: "second.snapshot").path
        for file in [first, second] {
            let compile = try CommandRunner.run(["compile", "Content/en", "--output", file])
            #expect(compile.status == 0, "\(compile.stderr)")
            #expect(compile.stdout.isEmpty)
        }
        #expect(FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
        let query = ["search", "grooming game secret", "--lexical", "--json"]
        let fromSnapshot = try CommandRunner.run(["--snapshot", first] + query)
        let fromMarkdown = try CommandRunner.run(query + ["--content", "Content/en"])
        #expect(fromSnapshot.status == 0 && fromMarkdown.status == 0, "\(fromSnapshot.stderr)\(fromMarkdown.stderr)")
        #expect(fromSnapshot.stdout == fromMarkdown.stdout)
    }

    @Test("an adaptation compiled into a snapshot answers, shows and lists like applying it at load")
    func adaptedSnapshot() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "cop-gb-\(UUID().uuidString).snapshot")
        defer { try? FileManager.default.removeItem(at: file) }
        let compile = try CommandRunner.run(["compile", "--adaptation", "Examples/Adaptations/gb", "-o", file.path])
        #expect(compile.status == 0, "\(compile.stderr)")
        for command in [
            ["search", "where do I report a nude photo of my child", "--lexical", "--json"],
            ["list", "services", "--json"],
        ] {
            let fromSnapshot = try CommandRunner.run(["--snapshot", file.path] + command)
            let applied = try CommandRunner.run(command + ["--adaptation", "Examples/Adaptations/gb"])
            #expect(fromSnapshot.status == 0 && applied.status == 0, "\(fromSnapshot.stderr)\(applied.stderr)")
            #expect(fromSnapshot.stdout == applied.stdout, "\(command)")
        }
    }

    @Test("a damaged or foreign snapshot exits 1 with one clear line naming the file")
    func damagedSnapshot() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "cop-bad-\(UUID().uuidString).snapshot")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("not a snapshot".utf8).write(to: file)
        let output = try CommandRunner.run(["search", "grooming", "--snapshot", file.path])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "error: \(file.path): not a knowledge-base snapshot (no snapshot signature)\n")
    }

    @Test("content with errors writes no snapshot")
    func brokenContent() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "cop-broken-\(UUID().uuidString).snapshot")
        let output = try CommandRunner.run([
            "compile", "Tests/ChildOnlineProtectionTests/Fixtures/malformed", "-o", file.path,
        ])
        #expect(output.status == 1)
        #expect(output.stderr.contains(": error: "))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test("--content and --snapshot together are a usage error")
    func bothSources() throws {
        let output = try CommandRunner.run(["search", "x", "--content", "Content/en", "--snapshot", "x.snapshot"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("give one"))
    }
}
