import Foundation
import Testing

@Suite struct LintCommandTests {
    @Test("cop lint passes on the bundled content folder")
    func bundledFolder() throws {
        let output = try CommandRunner.run(["lint", "Content/en"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("0 errors, 0 warnings"))
    }

    @Test("cop lint exits 1 on malformed content and prints file:line:column diagnostics to stderr")
    func malformedFolder() throws {
        let output = try CommandRunner.run(["lint", "Tests/ChildOnlineProtectionTests/Fixtures/malformed"])
        #expect(output.status == 1)
        let lines = output.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(
            lines.allSatisfy {
                $0.wholeMatch(
                    of: /Tests\/ChildOnlineProtectionTests\/Fixtures\/malformed\/[^:]+:\d+:\d+: (error|warning): .+/)
                    != nil
            }, "\(output.stderr)")
        #expect(output.stderr.contains("malformed/catalogues/harms.md:7:11: error: file is not valid UTF-8"))
    }
}
