import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Testing

/// The content folder walker: no race leads outside the folder, symbolic links are never followed, and the
/// walk stops as soon as a folder-wide limit is reached.
@Suite struct ContentWalkTests {
    @Test(
        """
        swapping a subfolder for a symbolic link to outside while the folder is read never reads the outside (2,000 \
        tries)
        """
    )
    func swapRace() throws {
        try TemporaryFolder.with { outside in
            try outside.write("catalogues/harms.md", LoadingSafetyTests.outsideHarms)
            try TemporaryFolder.with { folder in
                try folder.write("catalogues/risks.md", ContentFixtures.risks)
                try folder.write("sub/harms.md", ContentFixtures.harms)
                try FileManager.default.createSymbolicLink(
                    atPath: folder.path(".other"), withDestinationPath: outside.path("catalogues"))
                // Another thread exchanges `sub` (the real folder) and `.other` (the link) atomically, as fast as
                // it can, so `sub` is always one or the other (hidden names are not read, so only `sub` is).
                let done = Flag()
                let sub = folder.path("sub")
                let other = folder.path(".other")
                let exchange = try #require(Self.exchange)
                let swapper = Thread {
                    while !done.isSet {
                        _ = exchange(AT_FDCWD, sub, AT_FDCWD, other, 2)  // RENAME_EXCHANGE
                    }
                }
                swapper.start()
                defer { done.set() }
                var leaks = 0
                var readSub = 0
                for _ in 0..<2_000 {
                    let compilation = KnowledgeBase.compile(contentsOf: folder.url)
                    if LoadingSafetyTests.mentions(compilation.knowledgeBase, "zanzibarian") { leaks += 1 }
                    if compilation.knowledgeBase.harm(id: "distress") != nil { readSub += 1 }
                }
                #expect(leaks == 0, "read outside the folder in \(leaks) of 2,000 tries")
                #expect(readSub > 0, "the real folder was read in some tries, so the race was exercised")
            }
        }
    }

    /// glibc's `renameat2(2)` (not in Swift's Glibc module), for swapping two paths atomically.
    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    static let exchange: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }

    @Test("symbolic links inside the folder are not followed either: a warning each, for .md files and folders")
    func linksInsideAreNotFollowed() throws {
        try TemporaryFolder.with { folder in
            try folder.write("catalogues/risks.md", ContentFixtures.risks)
            try folder.write("catalogues/harms.md", ContentFixtures.harms)
            try FileManager.default.createSymbolicLink(
                atPath: folder.path("copy.md"), withDestinationPath: "catalogues/harms.md")
            try FileManager.default.createSymbolicLink(atPath: folder.path("again"), withDestinationPath: "catalogues")
            try FileManager.default.createSymbolicLink(
                atPath: folder.path("notes.txt"), withDestinationPath: "catalogues/harms.md")
            let compilation = KnowledgeBase.compile(contentsOf: folder.url)
            let links = compilation.diagnostics.filter { $0.code == .symbolicLink }
            #expect(Set(links.map(\.location.file)) == [folder.display("copy.md"), folder.display("again")])
            #expect(links.allSatisfy { $0.severity == .warning })
            #expect(!compilation.diagnostics.contains { $0.code == .duplicateID }, "nothing was read twice")
        }
    }

    @Test("the content folder may itself be reached through a symbolic link: the caller named it")
    func rootThroughLink() throws {
        try TemporaryFolder.with { folder in
            try folder.write("real/catalogues/harms.md", ContentFixtures.harms)
            try FileManager.default.createSymbolicLink(
                atPath: folder.path("alias"), withDestinationPath: folder.path("real"))
            let compilation = KnowledgeBase.compile(contentsOf: folder.url.appendingPathComponent("alias"))
            #expect(compilation.knowledgeBase.harm(id: "distress") != nil, "\(compilation.diagnostics)")
        }
    }

    @Test("a file given as the content folder is one error")
    func fileAsFolder() throws {
        try TemporaryFolder.with { folder in
            try folder.write("harms.md", ContentFixtures.harms)
            let compilation = KnowledgeBase.compile(contentsOf: folder.url.appendingPathComponent("harms.md"))
            #expect(compilation.diagnostics.map(\.message) == ["'\(folder.display("harms.md"))' is not a folder"])
        }
    }

    @Test("the walk stops at the entry limit: more files and folders than the limit is one error, and it ends at once")
    func entryLimit() throws {
        try TemporaryFolder.with { folder in
            try folder.write("catalogues/harms.md", ContentFixtures.harms)
            // Empty files that are not content: only looked at, never read.
            let many = folder.url.appendingPathComponent("many")
            try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
            for index in 0..<ContentLimits.standard.maximumEntryCount {
                let descriptor = open(many.appendingPathComponent("f\(index).txt").path, O_CREAT | O_WRONLY, 0o644)
                close(descriptor)
            }
            try folder.write("zz/late.md", ContentFixtures.topics)
            let compilation = KnowledgeBase.compile(contentsOf: folder.url)
            let errors = compilation.diagnostics.filter { $0.code == .tooManyFiles }
            #expect(errors.count == 1)
            #expect(
                errors.first?.message.hasPrefix(
                    "the content folder has more than \(ContentLimits.standard.maximumEntryCount) files and folders")
                    == true)
            #expect(compilation.knowledgeBase.topic(id: "gaming") == nil, "nothing after the limit is read")
        }
    }
}
