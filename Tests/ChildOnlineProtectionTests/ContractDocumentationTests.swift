import ChildOnlineProtection
import Foundation
import Testing

/// The contract pages of the DocC catalog list exactly what the code defines.
@Suite struct ContractDocumentationTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")
    static let catalog = sources.appendingPathComponent("GuidelineKnowledge/GuidelineKnowledge.docc")
    /// The catalog of the compiler module, which has the article on loading custom content.
    static let compilerCatalog = sources.appendingPathComponent("GuidelineCompiler/GuidelineCompiler.docc")

    /// The article `name` of either catalog.
    static func article(_ name: String) throws -> String {
        let compilerArticle = compilerCatalog.appendingPathComponent(name)
        let url =
            FileManager.default.fileExists(atPath: compilerArticle.path)
            ? compilerArticle : catalog.appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The first cells of the page's table rows, unquoted: `| `x` | ...` gives `x`.
    static func firstCells(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`", maxSplits: 1).first.map(String.init)
        }
    }

    @Test("the content format page lists every diagnostic code once")
    func diagnosticCodes() throws {
        let listed = Self.firstCells(try Self.article("ContentFormat.md"))
        #expect(listed.sorted() == Diagnostic.Code.allCases.map(\.rawValue).sorted())
    }

    @Test("the taxonomy page lists every risk with its category, and every audience, age band, topic, kind and level")
    func taxonomy() throws {
        let text = try Self.article("TaxonomyIDs.md")
        for risk in RiskID.allCases {
            #expect(text.contains("| `\(risk.rawValue)` | `\(risk.category.rawValue)` |"), "\(risk)")
        }
        let listed = Set(Self.firstCells(text))
        let expected =
            Audience.allCases.map(\.rawValue) + AgeBand.allCases.map(\.rawValue) + Taxonomy.requiredTopicIDs
            + RecordKind.allCases.map(\.rawValue) + Provenance.Confidence.allCases.map(\.rawValue)
        #expect(Set(expected).subtracting(listed).isEmpty, "missing: \(Set(expected).subtracting(listed))")
        for reader in Reader.allCases { #expect(text.contains("`\(reader.rawValue)`")) }
    }

    @Test("the JSON page names every key a record and a search hit print")
    func jsonKeys() throws {
        let text = try Self.article("JSONOutput.md")
        let base = try KnowledgeBase.bundled()
        let results = base.search(GuidelineQuery("grooming", limit: 1, explain: true, semantic: false))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(results.json().utf8)) as? [String: Any])
        let hit = try #require((object["results"] as? [[String: Any]])?.first)
        for key in Array(object.keys) + Array(hit.keys) {
            #expect(text.contains("| `\(key)` |"), "\(key) is not documented")
        }
    }
}
