import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Synchronization
import Testing

/// Hostile and broken content: every case ends in diagnostics, never a crash, a hang or unbounded work.
/// The committed corpus is `Fixtures/hostile/` (see its README); cases that are large or need special
/// files (huge files, symbolic links, FIFOs) are generated in a temporary folder at test time.
@Suite struct HostileContentTests {
    static let hostile = FixtureTests.fixtures.appendingPathComponent("hostile")

    // MARK: The committed corpus

    /// Every diagnostic the hostile corpus must produce, as `severity code file:line`, file relative to the corpus.
    static let expectedCorpusDiagnostics = [
        "error duplicate-id duplicate.md:5:7",
        "error invalid-utf8 invalid-utf8.md:3:4",
        "error link-outside-content parents-educators/grooming.md:22:40",
        "error too-deeply-nested deep-nesting.md:9:1",
        "warning empty-content empty.md:1:1",
        "warning missing-questions parents-educators/grooming.md:13:1",
        "warning raw-html parents-educators/grooming.md:20:1",
        "warning raw-html parents-educators/grooming.md:22:31",
        "warning raw-html parents-educators/grooming.md:22:6",
    ]

    @Test("the hostile corpus yields exactly its expected diagnostics, plus the incomplete-taxonomy warnings")
    func hostileCorpus() throws {
        let compilation = KnowledgeBase.compile(contentsOf: Self.hostile)
        let prefix = Self.hostile.relativePath + "/"
        let found = compilation.diagnostics.filter { $0.code != .missingTaxonomyEntry }.map { diagnostic in
            """
            \(diagnostic.severity.rawValue) \(diagnostic.code.rawValue) \
            \(diagnostic.location.file.replacingOccurrences(of: prefix, with: "")):\(diagnostic.location.line):\
            \(diagnostic.location.column)
            """
        }
        // Each problem once, at its exact location.
        #expect(
            found.sorted() == Self.expectedCorpusDiagnostics,
            "\(compilation.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(
            compilation.diagnostics.filter { $0.code == .missingTaxonomyEntry }.allSatisfy { $0.severity == .warning })

        // What is valid still compiles: BOM + CRLF harms, the reference cycle between topics, the chapter.
        let base = compilation.knowledgeBase
        #expect(base.harm(id: "distress")?.definition == "Fear, shame or worry that lasts.")
        #expect(base.topic(id: "gaming") != nil && base.topic(id: "social-media") != nil)
        #expect(base.recommendation(id: "pe-grooming-ask") != nil)
    }

    @Test("the deepest level reported for nesting is the parser's documented limit")
    func nestingLimitIsDocumented() {
        // The values the README's Robustness section and Content/README.md document, with their measured cost.
        #expect(ContentLimits.standard.maximumNestingDepth == 96)
        #expect(ContentLimits.standard.maximumFileSize == 1 << 20)
        #expect(ContentLimits.standard.maximumFileCount == 1_000)
        #expect(ContentLimits.standard.maximumRecordCount == 20_000)
        #expect(ContentLimits.standard.maximumTotalSize == 8 << 20)
        #expect(ContentLimits.standard.maximumEntryCount == 10_000)
        #expect(ContentLimits.standard.maximumFolderDepth == 32)
        #expect(ContentLimits.standard.maximumContainerDepth == 8)
        #expect(ContentLimits.standard.maximumBracketsPerParagraph == 500)
        #expect(ContentLimits.standard.maximumDelimitersPerParagraph == 1_000)
        #expect(ContentLimits.standard.maximumRawHTMLOpenersPerParagraph == 32)
        #expect(ContentLimits.standard.maximumTableCells == 100_000)
        #expect(ContentLimits.standard.maximumMarkdownNodes == 1_000_000)
        #expect(ContentLimits.standard.maximumAliasesPerEntry == 64)
        #expect(ContentLimits.standard.maximumAliasLength == 100)
        #expect(ContentLimits.standard.maximumLinkedVocabulary == 2_000_000)
    }

    // MARK: Generated in memory

    static let nestedCases: [(name: String, body: String)] = [
        ("block quotes", String(repeating: "> ", count: 5_000) + "deep"),
        (
            "bullet lists",
            (0..<500).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n")
        ),
        (
            "ordered lists in block quotes",
            (0..<300).map { String(repeating: "> 1. ", count: $0 + 1) + "x" }.joined(separator: "\n")
        ),
        ("emphasis", String(repeating: "*a ", count: 20_000) + String(repeating: "a* ", count: 20_000)),
        ("links", String(repeating: "[", count: 50_000) + "x" + String(repeating: "](y)", count: 50_000)),
    ]

    @Test(
        "deeply nested block quotes and lists are cut at the depth limit with an error, never overflow the stack",
        arguments: nestedCases.prefix(3))
    func deeplyNested(_ testCase: (name: String, body: String)) {
        let compilation = Self.compileHarms(body: "A definition.\n\n" + testCase.body)
        let tooDeep = compilation.diagnostics.filter { $0.code == .tooDeeplyNested }
        // One error per subtree cut at the limit (each line of the last case is its own deep subtree).
        #expect(!tooDeep.isEmpty, "\(testCase.name)")
        #expect(tooDeep.allSatisfy { $0.severity == .error && $0.location.line >= 7 })
        #expect(compilation.knowledgeBase.harm(id: "nested")?.definition.hasPrefix("A definition.") == true)
    }

    @Test("pathological inline nesting (emphasis, brackets) compiles without a crash", arguments: nestedCases.suffix(2))
    func pathologicalInlines(_ testCase: (name: String, body: String)) {
        let compilation = Self.compileHarms(body: testCase.body)
        #expect(compilation.knowledgeBase.harm(id: "nested") != nil, "\(testCase.name)")
    }

    @Test("a single line of one megabyte is read whole")
    func megabyteLine() throws {
        let line = String(repeating: "safe ", count: 200_000)
        let compilation = Self.compileHarms(body: line)
        let harm = try #require(compilation.knowledgeBase.harm(id: "nested"))
        #expect(harm.definition.utf8.count == line.utf8.count - 1)
        #expect(!compilation.hasErrors)
    }

    @Test("a file over the size limit is one error, in memory and on disk")
    func hugeFile() throws {
        let huge = ContentFile(
            path: "content/huge.md",
            bytes: Array(repeating: UInt8(ascii: "a"), count: ContentLimits.standard.maximumFileSize + 1))
        let inMemory = ContentCompiler.compile(ContentFixtures.files() + [huge], root: ContentFixtures.root)
        #expect(
            inMemory.diagnostics.filter { $0.severity == .error }.map(\.description) == [
                """
                content/huge.md:1:1: error: file is \(ContentLimits.standard.maximumFileSize + 1) bytes; the limit is \
                \(ContentLimits.standard.maximumFileSize) (hint: split it into smaller files)
                """
            ])

        try TemporaryFolder.with { folder in
            try folder.write("catalogues/harms.md", ContentFixtures.harms)
            try folder.write("huge.md", String(repeating: "a", count: ContentLimits.standard.maximumFileSize + 1))
            let compilation = KnowledgeBase.compile(contentsOf: folder.url)
            #expect(
                compilation.diagnostics.filter { $0.code == .fileTooLarge }.map(\.location.file) == [
                    folder.display("huge.md")
                ])
        }
    }

    @Test(
        "invalid UTF-8 anywhere is one error at the first bad byte",
        arguments: [
            ([0xFF], "1:1"), ([0x23, 0x20, 0xC3], "1:3"), ([0x0A, 0x0A, 0xE2, 0x82], "3:1"),
            ([0xEF, 0xBB, 0xBF, 0x80], "1:4"),
            ([0xED, 0xA0, 0x80], "1:1"),  // an encoded surrogate
        ] as [([UInt8], String)])
    func invalidUTF8(_ bytes: [UInt8], position: String) {
        let compilation = ContentCompiler.compile([ContentFile(path: "content/bad.md", bytes: bytes)], root: "content")
        #expect(
            compilation.diagnostics.filter { $0.code == .invalidUTF8 }.map {
                "\($0.location.line):\($0.location.column)"
            } == [position])
    }

    @Test("an empty file is a warning and an empty folder an error")
    func emptyFileAndFolder() throws {
        let emptyFile = ContentCompiler.compile(
            ContentFixtures.files() + [ContentFile(path: "content/empty.md", bytes: [])], root: "content")
        #expect(emptyFile.diagnostics.filter { $0.location.file == "content/empty.md" }.map(\.code) == [.emptyContent])
        #expect(!emptyFile.hasErrors)

        try TemporaryFolder.with { folder in
            try FileManager.default.createDirectory(
                at: folder.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
            let compilation = KnowledgeBase.compile(contentsOf: folder.url)
            #expect(compilation.diagnostics.map(\.code) == [.emptyContent])
            #expect(compilation.hasErrors)
        }
    }

    @Test("duplicate IDs across files are reported at the second declaration")
    func duplicateIDsAcrossFiles() {
        let compilation = ContentFixtures.compile(["other/harms.md": ContentFixtures.harms])
        let duplicates = compilation.diagnostics.filter { $0.code == .duplicateID }
        #expect(duplicates.map(\.location.file) == ["content/other/harms.md"])
        #expect(duplicates.first?.hint?.contains("content/catalogues/harms.md") == true)
    }

    @Test("links that form a cycle are resolved once each and do not loop")
    func referenceCycles() throws {
        let topics = """
            # Topics
            - Catalogue: topics

            ## Gaming
            - ID: gaming

            See [social](#social-media), [self](topics.md#gaming) and [the risk](risks.md#grooming).

            ## Social media
            - ID: social-media

            See [gaming](topics.md#gaming).
            """
        let glossary = """
            # Glossary
            - Catalogue: glossary

            ## Luring
            - ID: term-luring
            - Related: [Grooming](risks.md#grooming), [Gaming](topics.md#gaming)

            See [gaming](topics.md#gaming), which links back here through [the risk](risks.md#grooming).
            """
        let compilation = ContentFixtures.compile(["catalogues/topics.md": topics, "catalogues/glossary.md": glossary])
        #expect(!compilation.hasErrors, "\(compilation.diagnostics)")
        #expect(compilation.knowledgeBase.term(id: "term-luring") != nil)
    }

    /// Empty content files, one more than the standard file limit allows.
    static let onePastTheFileLimit = (0...ContentLimits.standard.maximumFileCount).map {
        ContentFile(path: "content/f\($0).md", bytes: [])
    }

    @Test("more files than the file limit is one error and the rest are not compiled")
    func tooManyFiles() {
        let files = Self.onePastTheFileLimit
        let compilation = ContentCompiler.compile(files, root: "content")
        #expect(compilation.diagnostics.filter { $0.code == .tooManyFiles }.count == 1)
        #expect(
            compilation.diagnostics.filter { $0.code == .emptyContent }.count == ContentLimits.standard.maximumFileCount
        )
    }

    @Test("the limits are the caller's: lowered, the same files go over them; raised, the standard ones pass")
    func limitsGivenByTheCaller() throws {
        let files = ContentFixtures.files()
        #expect(!ContentCompiler.compile(files, root: ContentFixtures.root).hasErrors)
        var lowered = ContentLimits.standard
        lowered.maximumFileCount = files.count - 1
        let refused = ContentCompiler.compile(files, root: ContentFixtures.root, limits: lowered)
        #expect(
            refused.diagnostics.filter { $0.code == .tooManyFiles }.map(\.message) == [
                "the content folder has \(files.count) files; at most \(files.count - 1) are read"
            ])

        let many = Self.onePastTheFileLimit
        var raised = ContentLimits.standard
        raised.maximumFileCount = many.count
        let compilation = ContentCompiler.compile(many, root: "content", limits: raised)
        #expect(!compilation.diagnostics.contains { $0.code == .tooManyFiles })
        #expect(compilation.diagnostics.filter { $0.code == .emptyContent }.count == many.count)

        // A folder read keeps its limits for the compilation.
        try TemporaryFolder.with { folder in
            for file in files {
                try folder.write(
                    String(file.path.dropFirst(ContentFixtures.root.count + 1)),
                    String(decoding: file.bytes, as: UTF8.self))
            }
            let read = ContentFolder(contentsOf: folder.url, root: "content", limits: lowered)
            #expect(read.limits == lowered)
            #expect(read.diagnostics.contains { $0.code == .tooManyFiles })
            #expect(!ContentFolder(contentsOf: folder.url, root: "content").compile().hasErrors)
        }
    }

    @Test("folders nested deeper than the folder limit are one error")
    func deepFolders() throws {
        try TemporaryFolder.with { folder in
            let deep = (0...ContentLimits.standard.maximumFolderDepth + 2).map { "d\($0)" }.joined(separator: "/")
            try folder.write(deep + "/harms.md", ContentFixtures.harms)
            try folder.write("catalogues/harms.md", ContentFixtures.harms)
            let compilation = KnowledgeBase.compile(contentsOf: folder.url)
            #expect(compilation.diagnostics.filter { $0.code == .tooDeeplyNested }.count == 1)
            #expect(!compilation.diagnostics.contains { $0.code == .duplicateID }, "the too-deep file is not read")
        }
    }

    // MARK: Special files on disk

    @Test("a folder symbolic link to its parent terminates and reads each file once")
    func symlinkLoop() throws {
        try TemporaryFolder.with { folder in
            try folder.write("catalogues/harms.md", ContentFixtures.harms)
            try FileManager.default.createSymbolicLink(
                atPath: folder.path("catalogues/loop"), withDestinationPath: "..")
            try FileManager.default.createSymbolicLink(
                atPath: folder.path("self"), withDestinationPath: folder.url.path)
            let compilation = KnowledgeBase.compile(contentsOf: folder.url)
            #expect(compilation.knowledgeBase.harms.count == 1)
            #expect(!compilation.diagnostics.contains { $0.code == .duplicateID })
        }
    }

    @Test("a symbolic link to itself and a broken symbolic link are reported, not followed, not hangs")
    func brokenAndSelfLinks() throws {
        try TemporaryFolder.with { folder in
            try folder.write("catalogues/harms.md", ContentFixtures.harms)
            try FileManager.default.createSymbolicLink(
                atPath: folder.path("broken.md"), withDestinationPath: "nowhere.md")
            try FileManager.default.createSymbolicLink(
                atPath: folder.path("itself.md"), withDestinationPath: "itself.md")
            let compilation = KnowledgeBase.compile(contentsOf: folder.url)
            let unreadable = compilation.diagnostics.filter { $0.code == .unreadableFile || $0.code == .symbolicLink }
            #expect(Set(unreadable.map(\.location.file)) == [folder.display("broken.md"), folder.display("itself.md")])
            #expect(unreadable.allSatisfy { $0.code == .symbolicLink && $0.message.hasSuffix("is not followed") })
        }
    }

    @Test("a FIFO named like content is reported as not a regular file, without blocking the reader")
    func fifoDoesNotHang() throws {
        try TemporaryFolder.with { folder in
            try folder.write("catalogues/harms.md", ContentFixtures.harms)
            let fifo = folder.path("pipe.md")
            #expect(mkfifo(fifo, 0o644) == 0)
            // Safety net: if the reader ever blocks opening the FIFO again, a writer opens and closes it after
            // a while, so the reader sees an empty file and the expectations below fail instead of hanging.
            let finished = Flag()
            DispatchQueue.global().async {
                for _ in 0..<400 where !finished.isSet {
                    usleep(50_000)
                    let descriptor = open(fifo, O_WRONLY | O_NONBLOCK)
                    if descriptor >= 0 {
                        close(descriptor)
                        return
                    }
                }
            }
            let compilation = KnowledgeBase.compile(contentsOf: folder.url)
            finished.set()
            let diagnostics = compilation.diagnostics.filter { $0.location.file == folder.display("pipe.md") }
            #expect(diagnostics.map(\.code) == [.unreadableFile])
            #expect(diagnostics.first?.message.contains("not a regular file") == true)
        }
    }

    // MARK: Helpers

    /// A harms catalogue whose one entry has `body` as its definition.
    static func compileHarms(body: String) -> Compilation {
        let text = "# Harms\n- Catalogue: harms\n\n## Nested\n- ID: nested\n\n" + body + "\n"
        return ContentCompiler.compile([ContentFile(path: "content/harms.md", text: text)], root: "content")
    }
}

/// A temporary folder removed after use, with paths as diagnostics show them.
struct TemporaryFolder {
    let url: URL

    static func with(_ body: (TemporaryFolder) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cop-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        try body(TemporaryFolder(url: url))
    }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// The path of a file as the reader's diagnostics show it.
    func display(_ relative: String) -> String { url.relativePath + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
}

/// A thread-safe flag.
final class Flag: Sendable {
    private let value = Mutex(false)

    var isSet: Bool { value.withLock { $0 } }

    func set() { value.withLock { $0 = true } }
}
