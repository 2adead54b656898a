import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Testing

/// Content folders on disk under `Fixtures/`, read through the same path as `cop lint` and `--content`.
@Suite struct FixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("a folder of malformed content yields every expected diagnostic in one pass")
    func malformedFolder() {
        let compilation = KnowledgeBase.compile(contentsOf: Self.fixtures.appendingPathComponent("malformed"))
        let codes = Set(compilation.diagnostics.map(\.code))
        let expected: Set<Diagnostic.Code> = [
            .invalidValue, .unknownRisk, .invalidUTF8, .emptyContent, .linkOutsideContent, .unresolvedLink,
            .duplicateID, .unexpectedHeading, .emptyRecommendation,
        ]
        #expect(codes.isSuperset(of: expected), "missing: \(expected.subtracting(codes))")
        #expect(compilation.hasErrors)
        #expect(compilation.diagnostics.allSatisfy { $0.location.file.contains("Fixtures/malformed/") })
        #expect(throws: ContentError.self) {
            try KnowledgeBase(contentsOf: Self.fixtures.appendingPathComponent("malformed"))
        }
    }

    @Test("a folder that does not exist is one clear error, not a crash")
    func missingFolder() {
        let compilation = KnowledgeBase.compile(contentsOf: Self.fixtures.appendingPathComponent("no-such-folder"))
        #expect(compilation.diagnostics.map(\.code) == [.unreadableFile])
    }
}
