import ChildOnlineProtection
import GuidelineCompiler
@testable import GuidelineKnowledge
@testable import FullTextSearch
import Foundation
import Testing

/// Content that would make the Markdown parser or the index super-linear gets a diagnostic naming the limit,
/// and the compiler's work stays bounded.
@Suite struct InputLimitTests {
    /// The red team's inputs, each as the body of a harm after a valid first paragraph.
    static let pathological: [(name: String, body: String, code: Diagnostic.Code, limit: String)] = [
        (
            "emphasis in deep block quotes",
            String(repeating: ">", count: 20_000) + String(repeating: "a*", count: 20_000), .tooDeeplyNested,
            "ContentLimits.maximumContainerDepth"
        ),
        (
            "empty lines in deep lists",
            String(repeating: "- ", count: 30_000) + "x" + String(repeating: "\n", count: 30_000), .tooDeeplyNested,
            "ContentLimits.maximumContainerDepth"
        ),
        (
            "![[]() repeated", String(repeating: "![[]()", count: 40_000), .tooComplex,
            "ContentLimits.maximumBracketsPerParagraph"
        ),
        (
            "quadratic emphasis", String(repeating: "*a ", count: 20_000) + String(repeating: "_a*_ ", count: 20_000),
            .tooComplex, "ContentLimits.maximumDelimitersPerParagraph"
        ),
        (
            "unclosed processing instructions", String(repeating: "x <?", count: 40_000), .tooComplex,
            "ContentLimits.maximumRawHTMLOpenersPerParagraph"
        ),
        (
            "wide header over short rows",
            "|" + String(repeating: "a|", count: 4_000) + "\n|" + String(repeating: "-|", count: 4_000) + "\n"
                + String(repeating: "x\n", count: 4_000), .tooComplex, "ContentLimits.maximumTableCells"
        ),
    ]

    @Test(
        "each super-linear Markdown input is one error naming its limit; the text before it compiles",
        arguments: pathological)
    func pathologicalInput(name: String, body: String, code: Diagnostic.Code, limit: String) throws {
        let compilation = HostileContentTests.compileHarms(body: "A definition.\n\n" + body + "\n\nAfter.")
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(name): \(errors)")
        let error = try #require(errors.first)
        #expect(error.code == code)
        #expect(
            error.message.contains(limit) && error.message.hasSuffix("; the rest of the file is not read"),
            "\(error.message)")
        // At the line where the count passed the limit, in the paragraph that starts at line 9.
        #expect(error.location.line >= 9 && error.location.column == 1, "\(error.location)")
        #expect(compilation.knowledgeBase.harm(id: "nested")?.definition == "A definition.")
    }

    @Test("the table-cell limit is for the whole folder: cells of earlier files count")
    func tableBudgetAcrossFiles() {
        let columns = 100
        // Two files of 2 + 497 rows are within the limit together; the third passes it.
        let rows = ContentLimits.standard.maximumTableCells / columns / 2 - 3
        let table =
            "|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n"
            + String(repeating: "x\n", count: rows)
        let files = (0..<3).map { index in
            ContentFile(
                path: "content/t\(index).md",
                text: "# Harms\n- Catalogue: harms\n\n## Table \(index)\n- ID: table-\(index)\n\nCells.\n\n" + table)
        }
        let compilation = ContentCompiler.compile(files, root: "content")
        let excess = compilation.diagnostics.filter { $0.code == .tooComplex }
        #expect(excess.map(\.location.file) == ["content/t2.md"], "\(compilation.diagnostics)")
    }

    @Test("an empty record title is an error and the record is not declared", arguments: ["### ", "###", "### \t "])
    func emptyTitle(heading: String) throws {
        let chapter = ContentFixtures.chapter.replacingOccurrences(
            of: "### Ask who your child plays with", with: heading)
        let compilation = ContentFixtures.compile(["parents-educators/grooming.md": chapter])
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.emptyTitle], "\(errors)")
        #expect(errors.first?.location.line == 13)
        #expect(compilation.knowledgeBase.recommendation(id: "pe-grooming-ask") == nil)
    }

    @Test("an empty catalogue entry title is an error too")
    func emptyCatalogueTitle() {
        let harms = ContentFixtures.harms.replacingOccurrences(of: "## Distress", with: "## ")
        let compilation = ContentFixtures.compile(["catalogues/harms.md": harms])
        #expect(
            compilation.diagnostics.contains {
                $0.code == .emptyTitle && $0.location.file == "content/catalogues/harms.md"
            })
    }

    // MARK: Aliases and the linked vocabulary

    @Test("10,000 two-word aliases with 1,000 linking records: one error, 64 aliases kept, the build stays small")
    func tenThousandAliases() throws {
        let aliases = (0..<10_000).map { "word\($0) other\($0)" }.joined(separator: ", ")
        let risks = ContentFixtures.risks.replacingOccurrences(
            of: "- Aliases: luring, child pornography (legacy term)", with: "- Aliases: " + aliases)
        let compilation = ContentFixtures.compile([
            "catalogues/risks.md": risks, "parents-educators/many.md": Self.chapter(records: 1_000),
        ])
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.tooComplex], "\(errors.map(\.description))")
        #expect(
            errors.first?.message
                == """
                10000 aliases; the limit is 64 per entry (ContentLimits.maximumAliasesPerEntry), so the rest are \
                not used
                """
        )
        let grooming = try #require(compilation.knowledgeBase.risk(.grooming))
        #expect(grooming.aliases.count == ContentLimits.standard.maximumAliasesPerEntry)
        #expect(compilation.knowledgeBase.recommendations.count == 1_001)
        // The kept aliases still work as a thesaurus: the last one kept finds the records linked to grooming.
        #expect(compilation.knowledgeBase.search("word63 other63", limit: 5).total > 1)
    }

    @Test("an alias over the length limit is an error and is not used")
    func longAlias() throws {
        let long = String(repeating: "word ", count: 30).trimmingCharacters(in: .whitespaces)
        let risks = ContentFixtures.risks.replacingOccurrences(
            of: "- Aliases: luring,", with: "- Aliases: luring, \(long),")
        let compilation = ContentFixtures.compile(["catalogues/risks.md": risks])
        #expect(compilation.diagnostics.filter { $0.severity == .error }.map(\.code) == [.tooComplex])
        #expect(
            try #require(compilation.knowledgeBase.risk(.grooming)).aliases.map(\.text) == [
                "luring", "child pornography",
            ])
    }

    @Test("over the linked-vocabulary limit, the costliest entry's aliases are dropped with an error")
    func linkedVocabulary() throws {
        // 64 aliases of 12 words each, linked from 3,000 records: 64 × 12 × 3,000 = 2,304,000 words.
        let aliases = (0..<64).map { index in (0..<12).map { "w\(index)x\($0)" }.joined(separator: " ") }.joined(
            separator: ", ")
        let risks = ContentFixtures.risks.replacingOccurrences(
            of: "- Aliases: luring, child pornography (legacy term)", with: "- Aliases: " + aliases)
        let compilation = ContentFixtures.compile([
            "catalogues/risks.md": risks, "parents-educators/many.md": Self.chapter(records: 2_999),
        ])
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.description))")
        #expect(
            errors.first?.message.hasPrefix(
                """
                the aliases of 'Online grooming' (768 words) are indexed with each of the 3000 records that link it, \
                2304000 words
                """
            ) == true, "\(errors.first?.message ?? "")")
        #expect(errors.first?.location.file == "content/catalogues/risks.md")
        #expect(try #require(compilation.knowledgeBase.risk(.grooming)).aliases.isEmpty)
    }

    /// A parents-educators chapter with `records` recommendations linked to grooming.
    static func chapter(records: Int) -> String {
        let items = (0..<records).map { index in
            """
            ### Advice \(index)\n- ID: pe-many-\(index)\n- Risks: [Grooming](../catalogues/risks.md#grooming)\n\n\
            Talk about it, time \(index).\n
            """
        }
        return """
            # Many
            - ID: pe-many
            - Set: parents-educators
            - Source: General good practice
            - Confidence: general-practice

            Intro.

            ## All
            - ID: pe-many-all

            """ + items.joined(separator: "\n")
    }
}

/// The bundled content is far inside the limits that bound the compiler's work.
@Suite struct BundledContentHeadroomTests {
    @Test("every thesaurus phrase of the bundled content is precomputed at build time: none is left to query time")
    func phrasesPrecomputed() throws {
        let index = try KnowledgeBase.bundled().searchIndex.words
        let entries = index.analyzedThesaurus.entries
        let phrases = entries.indices.filter { entries[$0].phrase.terms.count > 1 }
        #expect(phrases.count > 100)
        // A phrase is stored unless one of its words is not indexed (and it then adds no alternative).
        #expect(
            phrases.allSatisfy {
                index.thesaurusPhraseMatches.matches(ofEntry: $0) != nil || index.synonymAlternative($0) == nil
            })
    }
}
