import Foundation
import Testing

/// `cop search` end to end with semantic search: fusion on when the model is installed, a stated fallback
/// when it is missing or corrupt, the get-help-now block, and who the query was read as coming from.
@Suite struct SemanticSearchCommandTests {
    static func search(_ arguments: [String], environment: [String: String] = [:]) throws -> [String: Any] {
        let output = try CommandRunner.run(["search", "--json"] + arguments, environment: environment)
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    static func ids(_ json: [String: Any]) -> [String] {
        (json["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test("with the model installed, meaning-level matches are found and the status says so")
    func semanticOn() throws {
        // No word of the query is in the record's title; the record is found by meaning.
        let json = try Self.search([
            "--limit", "5", "--audience", "children", "--", "my phone controls my whole life and I hate it",
        ])
        let semantic = try #require(json["semantic"] as? [String: Any])
        #expect(semantic["status"] as? String == "on")
        #expect(Self.ids(json).contains { $0.hasPrefix("ch-") })
    }

    @Test(
        "a missing model falls back to words only, says why, and still answers",
        arguments: ["/nonexistent/model", "off"])
    func missingModel(path: String) throws {
        let json = try Self.search(
            ["--limit", "3", "--", "grooming in online games"], environment: ["COP_EMBEDDING_MODEL": path])
        let semantic = try #require(json["semantic"] as? [String: Any])
        #expect(semantic["status"] as? String == "off")
        #expect((semantic["reason"] as? String)?.contains("no sentence-embedding model found") == true)
        #expect(!Self.ids(json).isEmpty)
        let text = try CommandRunner.run(["search", "grooming"], environment: ["COP_EMBEDDING_MODEL": path])
        #expect(text.stdout.contains("Note: semantic search off"))
    }

    @Test("a corrupt model file is reported, never a crash or silently wrong scores")
    func corruptModel() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "cop-corrupt-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("[PAD]\n[UNK]\n[CLS]\n[SEP]\n".utf8).write(to: folder.appending(path: "vocab.txt"))
        try Data([0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 1, 2, 3]).write(to: folder.appending(path: "model.safetensors"))
        let json = try Self.search(["--", "bullying"], environment: ["COP_EMBEDDING_MODEL": folder.path])
        let semantic = try #require(json["semantic"] as? [String: Any])
        #expect(semantic["status"] as? String == "off")
        #expect((semantic["reason"] as? String)?.contains("invalid model weights") == true)
        #expect(!Self.ids(json).isEmpty)
    }

    @Test("a child in danger now gets the urgent steps first; a policy question on the same subject does not")
    func helpFirst() throws {
        let urgent = try Self.search([
            "--limit", "3", "--", "a guy says he will send my nudes to everyone unless i pay him tonight",
        ])
        let help = try #require(urgent["urgentHelp"] as? [String: Any])
        #expect(help["situation"] as? String == "sextortion")
        #expect((help["steps"] as? [[String: Any]])?.isEmpty == false)
        let research = try Self.search([
            "--limit", "3", "--audience", "policy-makers", "--", "what law covers sextortion of children",
        ])
        #expect(research["urgentHelp"] is NSNull)
        let text = try CommandRunner.run([
            "search", "--limit", "1", "my friend says she is going to kill herself tonight",
        ])
        #expect(text.stdout.hasPrefix("GET HELP NOW"))
    }

    @Test("who is asking is inferred, reported with its evidence, and an explicit filter wins")
    func askerInference() throws {
        let json = try Self.search(["--limit", "5", "--", "my 6 year old wants a tablet of her own"])
        let asker = try #require(json["asker"] as? [String: Any])
        #expect(asker["audience"] as? String == "parents-educators")
        #expect(asker["ageBand"] as? String == "under-9")
        #expect(asker["applied"] as? Bool == true)
        #expect((json["results"] as? [[String: Any]])?.first?["audience"] as? String == "parents-educators")
        let filtered = try Self.search([
            "--limit", "5", "--audience", "industry", "--", "my 6 year old wants a tablet of her own",
        ])
        #expect((filtered["asker"] as? [String: Any])?["applied"] as? Bool == false)
        #expect(Self.ids(filtered).allSatisfy { $0.hasPrefix("in-") })
    }

    @Test("the child's age moves age-specific advice up: --age 5 and --age 15 rank differently")
    func childAge() throws {
        let young = try Self.search([
            "--limit", "5", "--audience", "parents-educators", "--age", "5", "--", "how much time on screens is ok",
        ])
        let teen = try Self.search([
            "--limit", "5", "--audience", "parents-educators", "--age", "15", "--", "how much time on screens is ok",
        ])
        #expect(Self.ids(young) != Self.ids(teen))
        let first = try #require((young["results"] as? [[String: Any]])?.first)
        let bands = first["ageBands"] as? [String] ?? []
        #expect(bands.isEmpty || bands.contains("under-9"))
    }

    @Test(
        "any query string still yields an answer",
        arguments: ["", "😀😀😀", "the and of", "ок это тест 日本語", "\u{1B}[31mred\u{07}"])
    func hostileQueries(query: String) throws {
        let output = try CommandRunner.run(["search", "--json", "--", query])
        #expect(output.status == 0)
        #expect((try? JSONSerialization.jsonObject(with: Data(output.stdout.utf8))) != nil)
    }
}
