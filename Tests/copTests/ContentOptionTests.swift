import ChildOnlineProtection
import Foundation
import Testing

/// `--content DIR` on every subcommand.
@Suite struct ContentOptionTests {
    static let malformed = "Tests/ChildOnlineProtectionTests/Fixtures/malformed"

    @Test(
        "a broken --content folder exits 1 with file:line:column diagnostics on stderr",
        arguments: [
            ["search", "x"], ["show", "grooming"], ["risk", "grooming"], ["topic", "gaming"], ["list", "risks"],
            ["checklist", "industry"], ["coverage"], ["export"], ["suggest", "x"],
        ])
    func brokenContent(arguments: [String]) throws {
        let output = try CommandRunner.run(arguments + ["--content", Self.malformed])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        let lines = output.stderr.split(separator: "\n")
        #expect(
            lines.contains(
                """
                \(Self.malformed)/catalogues/harms.md:7:11: error: file is not valid UTF-8 (hint: save the file as \
                UTF-8)
                """
            ))
        #expect(lines.allSatisfy { $0.wholeMatch(of: /[^:]+:\d+:\d+: (error|warning): .+/) != nil }, "\(output.stderr)")
    }

    @Test(
        "an empty --content or lint path is a usage error, not the current folder",
        arguments: [
            ["--content", "", "search", "x"], ["search", "x", "--content", ""], ["export", "--content", ""],
            ["lint", ""],
        ])
    func emptyPath(arguments: [String]) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 64)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr.hasPrefix("error: ") && output.stderr.contains("needs a folder; '' names none"),
            "\(output.stderr)")
        #expect(output.stderr.split(separator: "\n").count == 1)
    }

    @Test("a missing --content folder exits 1 with one diagnostic")
    func missingFolder() throws {
        let output = try CommandRunner.run(["search", "--content", "/no/such/folder", "x"])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("/no/such/folder:1:1: error: "))
    }

    @Test("a valid custom --content folder is used instead of the bundled content, before or after the subcommand")
    func customContent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cop-content-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("en")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("Content/en"), to: copy)
        // A national adaptation: one risk renamed.
        let risks = copy.appendingPathComponent("catalogues/risks.md")
        let text = try String(contentsOf: risks, encoding: .utf8)
        try text.replacingOccurrences(of: "## Online grooming\n", with: "## Online grooming (national wording)\n")
            .write(to: risks, atomically: true, encoding: .utf8)

        let after = try CommandRunner.run(["show", "grooming", "--content", copy.path])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.hasPrefix("Online grooming (national wording)\n"))
        #expect(after.stdout.contains("Source:  \(copy.path)/catalogues/risks.md:"))
        let before = try CommandRunner.run(["--content", copy.path, "export"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == (try KnowledgeBase.bundled().records.count))
        #expect(array.contains { $0["title"] as? String == "Online grooming (national wording)" })
    }
}
