import ChildOnlineProtection
import Foundation
import Testing

/// The bundled content against the rules of issues 12 and 13: questions on every record, provenance of
/// its own under every sourced section, and the README's confidence table as the code counts it.
/// Reads the compilation (not `bundled()`), so that content with errors still yields a precise list.
@Suite struct BundledRecordFieldsTests {
    let compilation = BundledSource.compilation

    @Test("every recommendation and checklist item has at least two questions")
    func everyRecordHasQuestions() {
        let missing = compilation.knowledgeBase.recommendations.filter { $0.questions.count < 2 }
        #expect(
            missing.count == 0,
            """
            \(missing.count) records with fewer than 2 questions, e.g. \
            \(missing.prefix(10).map { "\($0.id) (\($0.location))" }.joined(separator: ", "))
            """
        )
        let problems = compilation.diagnostics.filter {
            [.missingQuestions, .questionCount, .emptyQuestion, .questionWithoutMark, .duplicateQuestion].contains(
                $0.code)
        }
        #expect(
            problems.isEmpty,
            "\(problems.count) question problems:\n\(problems.prefix(20).map(\.description).joined(separator: "\n"))")
    }

    @Test("every record under a sourced section has explicit provenance")
    func everyRecordHasProvenance() {
        let problems = compilation.diagnostics.filter {
            [.missingProvenance, .incompleteProvenance, .conflictingProvenance].contains($0.code)
        }
        #expect(
            problems.isEmpty,
            "\(problems.count) provenance problems:\n\(problems.prefix(20).map(\.description).joined(separator: "\n"))")
        #expect(!compilation.knowledgeBase.recommendations.isEmpty)
    }

    @Test("README.md's confidence table is the one the code counts (Scripts/refresh-readme-confidence rewrites it)")
    func readmeConfidenceTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let block = try #require(
            readme.components(separatedBy: "<!-- CONFIDENCE-BEGIN -->\n").dropFirst().first?.components(
                separatedBy: "<!-- CONFIDENCE-END -->"
            ).first)
        let counted = ConfidenceShares(try KnowledgeBase.bundled()).rendered(as: .markdown)
        #expect(block == counted, "run Scripts/refresh-readme-confidence; the code counts:\n\(counted)")
    }
}
