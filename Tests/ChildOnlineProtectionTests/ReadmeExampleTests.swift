import ChildOnlineProtection
import Foundation
import Testing

/// The README's library example, compiled and run here. The test below checks that the README shows
/// exactly this code, so the two cannot drift apart.
// README-EXAMPLE-BEGIN
func groomingAdviceForParents() throws -> [String] {
    let guidelines = try KnowledgeBase.bundled()

    // Everything the parents & educators guidelines ask about grooming, with its source location.
    var lines = guidelines.recommendations(addressing: .grooming, for: .parentsEducators).prefix(3).map { advice in
        "\(advice.title) (\(advice.location))"
    }

    // Ranked full-text search, filtered to one audience, as an app would offer it.
    let results = guidelines.search(
        "an adult keeps messaging my child in a game", audiences: [.parentsEducators], limit: 3)
    lines += results.hits.map { "\($0.record.title) [\($0.record.id)]" }
    return lines
}
// README-EXAMPLE-END

@Suite struct ReadmeExampleTests {
    @Test("the README's library example runs and finds advice")
    func exampleRuns() throws {
        let lines = try groomingAdviceForParents()
        #expect(lines.count == 6)
    }

    @Test("the README shows the example exactly as it is compiled here")
    func readmeMatchesTest() throws {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: here, encoding: .utf8)
        let example = try #require(
            source.components(separatedBy: "// README-EXAMPLE-BEGIN\n").last?.components(
                separatedBy: "// README-EXAMPLE-END"
            ).first)
        #expect(readme.contains(example), "README.md must contain the example between the markers verbatim")
    }
}
