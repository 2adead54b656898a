import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Testing

/// The code samples of the DocC task articles, compiled and run. `samplesAreHere` fails when an article's
/// sample is not in this file word for word (indentation aside), so the articles cannot drift from code that
/// compiles.
@Suite struct DocumentationSampleTests {
    static let articles = ["AnsweringAQuestion.md", "ListingAFeatureChecklist.md", "LoadingCustomContent.md"]

    @Test("every Swift sample of the task articles is in this file", arguments: articles)
    func samplesAreHere(_ article: String) throws {
        let text = try ContractDocumentationTests.article(article)
        let samples = text.components(separatedBy: "```swift\n").dropFirst().compactMap {
            $0.components(separatedBy: "```").first
        }
        #expect(!samples.isEmpty)
        let here = Self.normalized(try String(contentsOfFile: #filePath, encoding: .utf8))
        for sample in samples {
            #expect(here.contains(Self.normalized(sample)), "not in DocumentationSampleTests.swift:\n\(sample)")
        }
    }

    /// The non-empty lines of `code` without leading spaces, one per line.
    static func normalized(_ code: String) -> String {
        code.split(separator: "\n").map { $0.drop { $0 == " " } }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    // MARK: AnsweringAQuestion.md

    @Test("answering a question for an audience and an age")
    func answeringAQuestion() throws {
        let guidelines = try KnowledgeBase.bundled()
        let query = GuidelineQuery(
            "someone I do not know keeps messaging my son in an online game",
            audiences: [.parentsEducators],
            limit: 3,
            childAge: 10
        )
        let results = guidelines.search(query)
        for hit in results.hits {
            let confidence = hit.provenance?.confidence.rawValue ?? "none"
            print("\(hit.record.title) [\(hit.record.id)], confidence \(confidence), \(hit.record.location)")
            print(hit.snippet.marked(open: "<mark>", close: "</mark>"))
        }
        #expect(results.hits.count == 3)
        #expect(results.hits.allSatisfy { $0.record.audience == .parentsEducators && $0.provenance != nil })

        let danger = GuidelineQuery("someone is threatening to share my nudes unless I pay", limit: 3)
        let urgent = guidelines.search(danger)
        if let help = urgent.urgentHelp {
            print(help.title)
            for step in help.steps { print("- \(step.title)") }
        }
        #expect(urgent.urgentHelp?.steps.isEmpty == false)

        let forChildren = GuidelineQuery(
            "a friend from a game wants to meet me", audiences: [.children], ageBands: [.from9To12], limit: 3
        )
        let answers = guidelines.search(forChildren).hits.map(\.record.title)
        #expect(!answers.isEmpty)
        #expect(guidelines.search(forChildren).hits.allSatisfy { $0.record.ageBands.contains(.from9To12) })
    }

    // MARK: ListingAFeatureChecklist.md

    @Test("listing a product feature's checklist")
    func listingAFeatureChecklist() throws {
        var printed = false
        func sample() throws {
            let guidelines = try KnowledgeBase.bundled()
            guard let ugc = guidelines.checklist(named: "user-generated-content", for: .industry) else { return }
            let items = guidelines.items(of: ugc.id)
            for item in items.prefix(3) {
                let risks = item.riskIDs.map(\.rawValue).joined(separator: ", ")
                print("- [ ] \(item.title) (\(item.id); risks: \(risks))")
            }
            #expect(items.allSatisfy { $0.kind == .checklistItem })

            let export = ChecklistExport(guidelines, audience: .industry, checklists: [ugc])
            let markdown = export.rendered(as: .markdown)
            // "- [ ] Rules for young users are written in plain language children can follow (`in-cr-ugc-child-terms`)"
            #expect(
                markdown.contains(
                    """
                    - [ ] Rules for young users are written in plain language children can follow \
                    (`in-cr-ugc-child-terms`)
                    """
                ))

            let groomingGroups = guidelines.checklists(for: .industry).map { checklist in
                ChecklistExport.Group(
                    id: checklist.id,
                    title: checklist.title,
                    items: guidelines.items(of: checklist.id).filter { $0.riskIDs.contains(.grooming) }
                )
            }
            let groomingChecklist = ChecklistExport(
                audience: .industry, title: "Grooming: what each feature must do", groups: groomingGroups
            )
            let csv = groomingChecklist.rendered(as: .csv)
            #expect(groomingChecklist.groups.flatMap(\.items).allSatisfy { $0.riskIDs.contains(.grooming) })
            #expect(csv.split(separator: "\n").count > 1)
            printed = true
        }
        try sample()
        #expect(printed, "the checklist was found")
    }

    // MARK: LoadingCustomContent.md

    @Test("loading and linting custom content")
    func loadingCustomContent() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/malformed")
        do {
            let adapted = try KnowledgeBase(contentsOf: folder)
            print("\(adapted.recommendations.count) recommendations")
        } catch {
            print(error.description)  // "my-content/industry/ugc.md:12:9: error: unknown risk 'groming' (hint: ...)"
        }
        #expect(throws: ContentError.self) { try KnowledgeBase(contentsOf: folder) }

        do {
            let folder = folder.deletingLastPathComponent().appendingPathComponent("questions")
            var limits = ContentLimits.standard
            limits.maximumFileCount = 5_000
            limits.maximumTotalSize = 64 << 20
            let large = try KnowledgeBase(contentsOf: folder, limits: limits)
            #expect(!large.recommendations.isEmpty)
        }

        let compilation = KnowledgeBase.compile(contentsOf: folder)
        for diagnostic in compilation.diagnostics {
            print(diagnostic)  // file:line:column: error: message (hint: ...)
        }
        let errorCodes = compilation.diagnostics.filter { $0.severity == .error }.map(\.code)
        let usable = compilation.hasErrors ? nil : compilation.knowledgeBase
        #expect(errorCodes.contains(.duplicateID))
        #expect(usable == nil)

        let harms = """
            # Harms
            - Catalogue: harms

            ## Distress
            - ID: distress

            Fear, shame or worry that lasts.
            """
        let draft = ContentFile(path: "draft/harms.md", bytes: Array(harms.utf8))
        let inMemory = ContentCompiler.compile([draft], root: "draft")
        let distress = inMemory.knowledgeBase.harm(id: "distress")
        #expect(distress?.definition == "Fear, shame or worry that lasts.")
    }
}
