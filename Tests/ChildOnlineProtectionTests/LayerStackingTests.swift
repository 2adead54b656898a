import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Testing

/// Layers stack in the order given (baseline, national, then regional or organisational), and the merged
/// view says which layer each part comes from.
@Suite struct LayerStackingTests {
    typealias F = LayerFixtures

    static let target = "pe-report-abuse-images-hotline"

    static func school(_ body: String, extra: String = "- Stacks on: gb") -> AdaptationCompilation {
        F.layer(["S/c.md": F.changes(body)], root: "S", manifest: F.manifest(id: "school", extra: extra))
    }

    @Test func aSchoolLayerOverANationalOneShowsBothNotesInOrder() throws {
        let base = try KnowledgeBase.bundled()
        let hash = BaseTextHash.of(try #require(base.record(id: Self.target)))
        let school = try #require(
            Self.school(
                F.change(
                    "Tell the safeguarding lead too", "Amends: \(Self.target)", extra: "- Base text: \(hash)\n",
                    body: "Also tell the school's safeguarding lead the same day.")
            ).adaptation)
        let merged = try base.adapted(by: [try F.example("gb"), school])
        #expect(merged.layers.map(\.id) == ["gb", "school"])
        #expect(merged.changes(of: Self.target).map(\.layerID) == ["gb", "school"])
        let text = try #require(merged.record(id: Self.target)).text
        let national = try #require(text.range(of: "Internet Watch Foundation"))
        let local = try #require(text.range(of: "safeguarding lead the same day"))
        #expect(national.lowerBound < local.lowerBound)
        // Applying one at a time gives the same view as applying the stack.
        let stepwise = try base.adapted(by: [try F.example("gb")]).adapted(by: [school])
        #expect(stepwise.record(id: Self.target)?.text == text)
    }

    @Test func aLaterReplacementWinsOnlyWhenItSaysItOverrides() throws {
        let base = try KnowledgeBase.bundled()
        let hash = BaseTextHash.of(try #require(base.record(id: Self.target)))
        let national = try #require(
            F.layer(
                [
                    "N/c.md": F.changes(
                        F.change(
                            "National text", "Replaces: \(Self.target)",
                            extra: "- Reason: national\n- Base text: \(hash)\n", body: "Report to the national hotline."
                        ))
                ], root: "N", manifest: F.manifest(id: "national")
            ).adaptation)
        let replace = { (extra: String) in
            Self.school(
                F.change(
                    "School text", "Replaces: \(Self.target)",
                    extra: "- Reason: school\n\(extra)- Base text: \(hash)\n",
                    body: "Tell the safeguarding lead, who reports it."), extra: "- Stacks on: national")
        }

        let conflicting = base.adapting([national, try #require(replace("").adaptation)])
        #expect(conflicting.diagnostics.map(\.code) == [.conflictingReplacement])
        #expect(conflicting.knowledgeBase.record(id: Self.target)?.text == "Report to the national hotline.")

        let overriding = base.adapting([national, try #require(replace("- Overrides: national\n").adaptation)])
        #expect(overriding.diagnostics.isEmpty, "\(overriding.diagnostics)")
        let record = try #require(overriding.knowledgeBase.record(id: Self.target))
        #expect(record.text == "Tell the safeguarding lead, who reports it." && record.layer == "school")
        #expect(throws: ContentError.self) { try base.adapted(by: [national, try #require(replace("").adaptation)]) }

        // Overriding a layer that replaced nothing is an error too.
        let stray = base.adapting([try #require(replace("- Overrides: national\n").adaptation)]).diagnostics
        #expect(stray.map(\.code).contains(.conflictingReplacement))
    }

    @Test func stackingErrorsThrowFromTheAPI() throws {
        let base = try KnowledgeBase.bundled()
        let alpha = try #require(
            F.layer(root: "A", manifest: F.manifest(id: "alpha", extra: "- Stacks on: beta")).adaptation)
        let beta = try #require(
            F.layer(root: "B", manifest: F.manifest(id: "beta", extra: "- Stacks on: alpha")).adaptation)
        do {
            _ = try base.adapted(by: [alpha, beta])
            Issue.record("a cycle must throw")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.layerCycle])
        }
        let gb = try F.example("gb")
        #expect(throws: ContentError.self) { try base.adapted(by: [gb, gb]) }
        // A layer stacked on an already adapted knowledge base finds its base layer there.
        let school = try #require(Self.school("").adaptation)
        #expect(try base.adapted(by: [gb]).adapting([school]).diagnostics.isEmpty)
        #expect(base.adapting([school]).diagnostics.map(\.code) == [.layerOrder])
    }
}
