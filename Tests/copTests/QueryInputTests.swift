import Foundation
import Testing

/// Queries as arguments stay fast (an absurd argument count is refused before argument-parser runs), and
/// a query of any length can come from a file or standard input.
@Suite struct QueryInputTests {
    @Test("100,000 query words as arguments: refused at once with a pointer to --query-file, exit 64")
    func tooManyArguments() throws {
        let start = ContinuousClock.now
        let output = try CommandRunner.run(["search"] + Array(repeating: "word", count: 100_000))
        #expect(output.status == 64)
        #expect(
            output.stderr
                == """
                error: 100001 arguments; at most 1024 are accepted. Pass a long query with 'cop search \
                --query-file FILE', or '--query-file -' to read it from standard input\n
                """
        )
        #expect(ContinuousClock.now - start < .seconds(30), "refused before parsing, not after minutes of it")
    }

    @Test("1,024 arguments, the limit, are still parsed")
    func atTheLimit() throws {
        let output = try CommandRunner.run(["search", "--limit", "1"] + Array(repeating: "grooming", count: 1_021))
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("note: The query has more than 32 terms"))
    }

    @Test("--query-file - reads the query from standard input; line breaks are spaces")
    func standardInput() throws {
        let output = try CommandRunner.run(
            ["search", "--json", "--limit", "1", "--query-file", "-"], input: Data("grooming\nin games\n".utf8))
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["query"] as? String == "grooming in games")
    }

    @Test("--query-file FILE with 100,000 words: read at once, the query parser notes what it ignored")
    func hugeFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cop-query-\(UUID().uuidString).txt")
        try Data(Array(repeating: "grooming", count: 100_000).joined(separator: " ").utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try CommandRunner.run(["search", "--limit", "1", "--query-file", file.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("note: The query is longer than 1000 characters"))
    }

    @Test(
        "--query-file errors are one line, exit 64",
        arguments: [
            (
                ["search", "--query-file", "/nonexistent/query.txt"],
                "error: cannot open the query file '/nonexistent/query.txt': No such file or directory"
            ),
            (["search", "--query-file", "/"], "error: cannot read the query from '/': Is a directory"),
            (
                ["search", "--query-file", "-", "grooming"],
                "error: give the query either as words or with --query-file, not both"
            ),
        ])
    func errors(arguments: [String], message: String) throws {
        let output = try CommandRunner.run(arguments, input: Data())
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix(message), "\(output.stderr)")
        #expect(output.stderr.split(separator: "\n").count == 1)
    }

    @Test("standard input longer than 1 MiB is refused, not read without end")
    func oversizedInput() throws {
        let output = try CommandRunner.run(
            ["search", "--query-file", "-"], input: Data(repeating: UInt8(ascii: "a"), count: 3 << 20))
        #expect(output.status == 64)
        #expect(
            output.stderr
                == """
                error: the query in standard input is longer than 1048576 bytes; a query is read up to 1,000 \
                characters\n
                """
        )
    }
}
