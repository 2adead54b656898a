import Foundation
import GuidelineCompiler
import Testing

/// `ContentFolder`, the one reader of content folders (`cop --content`, the snapshot tool, the tests and the
/// benchmarks): which files it reads and how their paths start.
@Suite struct ContentFolderTests {
    @Test("the bundled content read from its absolute path has paths 'Content/en/...', sorted, without READMEs")
    func bundledContentPaths() throws {
        let directory = BundledSource.packageRoot.appending(path: "Content/en")
        let folder = ContentFolder(contentsOf: directory, root: "Content/en")
        #expect(folder.root == "Content/en")
        #expect(folder.diagnostics.isEmpty)
        let walker = try #require(FileManager.default.enumerator(atPath: directory.path))
        let expected = walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix("README.md") }
            .map { "Content/en/" + $0 }
            .sorted()
        #expect(!expected.isEmpty)
        #expect(folder.files.map(\.path) == expected)
        #expect(BundledSource.compilation.diagnostics == folder.compile().diagnostics)
    }

    @Test("without a root, paths start with the folder as the URL names it; README.md and hidden files are skipped")
    func defaultRoot() throws {
        try TemporaryFolder.with { folder in
            try folder.write("catalogues/harms.md", ContentFixtures.harms)
            try folder.write("README.md", "# Not content\n")
            try folder.write(".drafts/harms.md", ContentFixtures.harms)
            try folder.write("content/b.md", ContentFixtures.harms)
            try folder.write("content/a/harms.md", ContentFixtures.harms)

            let read = ContentFolder(contentsOf: folder.url)
            #expect(read.root == folder.url.relativePath)
            let expected = ["catalogues/harms.md", "content/a/harms.md", "content/b.md"].map(folder.display)
            #expect(read.files.map(\.path) == expected)

            let base = URL(fileURLWithPath: folder.url.path, isDirectory: true)
            let named = ContentFolder(contentsOf: URL(fileURLWithPath: "content", relativeTo: base))
            #expect(named.root == "content")
            #expect(named.files.map(\.path) == ["content/a/harms.md", "content/b.md"])
            #expect(!named.hasErrors)
        }
    }

    @Test("a folder that cannot be read gives no files and an error, and compile() reports it")
    func unreadableFolder() {
        let folder = ContentFolder(contentsOf: URL(fileURLWithPath: "/nonexistent-cop-folder"), root: "missing")
        #expect(folder.files.isEmpty)
        #expect(folder.hasErrors)
        #expect(folder.diagnostics.map(\.location.file) == ["missing"])
        let compilation = folder.compile()
        #expect(compilation.hasErrors)
        #expect(compilation.diagnostics.contains { $0.code == .unreadableFile })
    }
}
