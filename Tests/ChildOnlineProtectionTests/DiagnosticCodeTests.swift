import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Testing

/// Each diagnostic code means one kind of problem, and a record's problems are all reported in one pass.
@Suite struct DiagnosticCodeTests {
    @Test("a record with a duplicate ID and a dangling link gets both errors in one pass, and is left out")
    func duplicateIDDoesNotHideOtherProblems() throws {
        let overrides = ContentFixtures.chapter(replacing: "- ID: pe-grooming-ask", with: "- ID: pe-grooming-prevent")
            .mapValues { $0.replacingOccurrences(of: "topics.md#gaming", with: "topics.md#gamng") }
        let compilation = ContentFixtures.compile(overrides)
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.duplicateID, .unknownTopic], "\(errors)")
        #expect(errors.map(\.location.line) == [14, 16])
        // The first declaration wins; the duplicate is not in the model.
        let base = compilation.knowledgeBase
        #expect(base.section(id: "pe-grooming-prevent")?.title == "Prevent")
        #expect(base.recommendation(id: "pe-grooming-prevent") == nil)
        #expect(base.recommendations.isEmpty)
    }

    @Test("a section with a duplicate ID is checked, and neither it nor its records are kept")
    func duplicateSection() {
        let overrides = ContentFixtures.chapter(replacing: "- ID: pe-grooming-prevent", with: "- ID: pe-grooming")
            .mapValues { $0.replacingOccurrences(of: "risks.md#grooming", with: "risks.md#groming") }
        let compilation = ContentFixtures.compile(overrides)
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.duplicateID, .unknownRisk], "\(errors)")
        #expect(compilation.knowledgeBase.section(id: "pe-grooming")?.title == "Talking about grooming")
        #expect(compilation.knowledgeBase.recommendation(id: "pe-grooming-ask") == nil)
    }

    @Test("a catalogue entry without a definition is 'empty-definition', not 'empty-recommendation'")
    func emptyDefinition() {
        let harms = "# Harms\n- Catalogue: harms\n\n## Distress\n- ID: distress\n"
        let compilation = ContentFixtures.compile(["catalogues/harms.md": harms])
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.emptyDefinition])
        #expect(
            errors.map(\.description) == [
                """
                content/catalogues/harms.md:4:1: error: 'Distress' has no definition (hint: write the definition as a \
                paragraph under the field list)
                """
            ])
    }

    @Test("more records than the record limit is one 'too-many-records' error")
    func tooManyRecords() {
        var harms = "# Harms\n- Catalogue: harms\n"
        for index in 0...ContentLimits.standard.maximumRecordCount {
            harms += "\n## H\n- ID: h\(index)\n\nx\n"
        }
        let compilation = ContentCompiler.compile(
            [ContentFile(path: "content/harms.md", bytes: Array(harms.utf8))], root: "content")
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.tooManyRecords])
        #expect(
            errors.first?.message
                == "more than \(ContentLimits.standard.maximumRecordCount) records; the rest are not read")
        #expect(compilation.knowledgeBase.harm(id: "h\(ContentLimits.standard.maximumRecordCount)") == nil)
    }

    @Test("a folder whose files together pass the size limit is 'content-too-large', not 'file-too-large'")
    func contentTooLarge() throws {
        try TemporaryFolder.with { folder in
            let fileSize = ContentLimits.standard.maximumFileSize - 1
            let fileCount = ContentLimits.standard.maximumTotalSize / fileSize + 1
            let filler = String(repeating: "\n", count: fileSize)  // blank lines: cheap to parse
            for index in 0..<fileCount {
                try folder.write("f\(String(format: "%02d", index)).md", filler)
            }
            let compilation = KnowledgeBase.compile(contentsOf: folder.url)
            let errors = compilation.diagnostics.filter { $0.severity == .error }
            #expect(errors.map(\.code) == [.contentTooLarge], "\(errors.map(\.description))")
            #expect(errors.first?.location.file == folder.display("f\(String(format: "%02d", fileCount - 1)).md"))
        }
    }
}
