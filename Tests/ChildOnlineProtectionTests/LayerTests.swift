import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Testing

/// Layers: the compiler's diagnostics with exact locations, applying layers, and the merged view.
@Suite struct LayerTests {
    static let manifest = LayerFixtures.manifest()

    static func layer(_ files: [String: String], manifest: String = manifest) -> AdaptationCompilation {
        LayerFixtures.layer(files, manifest: manifest)
    }

    static func changes(_ body: String) -> String { LayerFixtures.changes(body) }

    /// Layer diagnostics then applied diagnostics, as `file:line:column: severity: code`.
    static func diagnostics(_ compilations: [AdaptationCompilation]) throws -> [String] {
        let applied = try KnowledgeBase.bundled().adapting(compilations.compactMap(\.adaptation))
        return (compilations.flatMap(\.diagnostics) + applied.diagnostics).map {
            "\($0.location): \($0.severity.rawValue): \($0.code.rawValue)"
        }
    }

    static let examples = LayerFixtures.examples

    // MARK: Diagnostics

    @Test func unknownBaseIDSuggestsTheClosest() throws {
        let compilation = Self.layer([
            "L/c.md": Self.changes(
                """
                ## Note\n- Amends: pe-report-abuse-images-hotlin\n- Base text: 00000000\n\
                - Source: https://example.org/\n- Confidence: high\n\nA note.\n
                """
            )
        ])
        let applied = try KnowledgeBase.bundled().adapting([try #require(compilation.adaptation)])
        let error = try #require(applied.diagnostics.first { $0.code == .unknownBaseID })
        #expect(error.location.description == "L/c.md:5:11")
        #expect(error.hint?.contains("did you mean 'pe-report-abuse-images-hotline'?") == true)
    }

    @Test func unknownBaseVersionAndMissingManifestFields() {
        let badVersion = Self.manifest.replacingOccurrences(of: "- Base version: 1", with: "- Base version: 7")
        #expect(
            Self.layer([:], manifest: badVersion).diagnostics.map { "\($0.location): \($0.code.rawValue)" } == [
                "L/adaptation.md:7:17: unknown-base-version"
            ])
        let missing = Self.manifest.replacingOccurrences(of: "- Maintainer: tests\n", with: "")
        let diagnostics = Self.layer([:], manifest: missing).diagnostics
        #expect(diagnostics.map { "\($0.location): \($0.code.rawValue)" } == ["L/adaptation.md:1:1: missing-field"])
        #expect(diagnostics.first?.message.contains("Maintainer") == true)
    }

    @Test func amendingAWithdrawnRecordIsAnError() throws {
        let text = Self.changes(
            """
            ## Gone
            - Withdraws: in-ob-gdpr-age-of-consent
            - Reason: not here
            - Source: https://example.org/
            - Confidence: high

            ## Note
            - Amends: in-ob-gdpr-age-of-consent
            - Source: https://example.org/
            - Confidence: high

            A note.

            """)
        let found = try Self.diagnostics([Self.layer(["L/c.md": text])])
        #expect(found.contains("L/c.md:11:11: error: changes-withdrawn-record"))
    }

    @Test func twoLayersReplacingTheSameRecordNeedAnOverride() throws {
        let replace = { (extra: String) in
            Self.changes(
                """
                ## New\n- Replaces: pe-report-abuse-images-hotline\n- Reason: ours\n\
                \(extra)- Source: https://example.org/\n- Confidence: high\n\nNew text.\n
                """
            )
        }
        let first = Self.layer(["L/c.md": replace("")])
        let secondManifest = Self.manifest.replacingOccurrences(of: "- ID: tl", with: "- ID: school")
        let second = Self.layer(["L/c.md": replace("")], manifest: secondManifest)
        #expect(
            try Self.diagnostics([first, second]).filter { $0.contains("error") } == [
                "L/c.md:5:13: error: conflicting-replacement"
            ])
        let overriding = Self.layer(["L/c.md": replace("- Overrides: tl\n")], manifest: secondManifest)
        #expect(try Self.diagnostics([first, overriding]).filter { $0.contains("error") }.isEmpty)
    }

    @Test func servicesNeedSourcesAndLawsNeedCitations() {
        let services =
            """
            # S\n- Catalogue: services\n\n## Line\n- ID: tl-line\n- Risks: grooming\n- Phone: 0000\n\nA helpline.\n\n\
            ## Nothing\n- ID: tl-nothing\n- Risks: csam\n\nNo contact.\n
            """
        let laws = "# L\n- Catalogue: laws\n\n## An act\n- ID: tl-act\n- Risks: csam\n\nForbids things.\n"
        let found = Self.layer(["L/s.md": services, "L/l.md": laws]).diagnostics.map {
            "\($0.location): \($0.code.rawValue)"
        }
        #expect(found == ["L/l.md:4:1: missing-field", "L/s.md:7:10: unsourced-fact", "L/s.md:11:1: unsourced-fact"])
    }

    @Test func duplicateLayerAndNotAFolder() throws {
        let layer = Self.layer([:])
        #expect(try Self.diagnostics([layer, layer]) == ["L/adaptation.md:1:1: error: duplicate-layer"])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-layer-\(UUID().uuidString).md")
        try Data("# x\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let compilation = Adaptation.compile(contentsOf: file)
        #expect(compilation.adaptation == nil)
        #expect(compilation.diagnostics.map(\.code) == [.notALayer])
        #expect(compilation.diagnostics.first?.location.line == 1)
    }

    @Test func aLayerCannotTouchTaxonomyIDs() throws {
        let text = Self.changes(
            "## Risk\n- Amends: grooming\n- Source: https://example.org/\n- Confidence: high\n\nA note.\n")
        #expect(try Self.diagnostics([Self.layer(["L/c.md": text])]) == ["L/c.md:5:11: error: taxonomy-id"])
    }

    @Test func staleBaseTextIsAWarningNamingTheCurrentHash() throws {
        let base = try KnowledgeBase.bundled()
        let current = BaseTextHash.of(try #require(base.record(id: "pe-report-abuse-images-hotline")))
        let text = Self.changes(
            """
            ## Note\n- Amends: pe-report-abuse-images-hotline\n- Base text: 12345678\n- Source: https://example.org/\n\
            - Confidence: high\n\nA note.\n
            """
        )
        let applied = base.adapting([try #require(Self.layer(["L/c.md": text]).adaptation)])
        let warning = try #require(applied.diagnostics.first)
        #expect(
            warning.severity == .warning && warning.code == .staleLayer && warning.location.description == "L/c.md:4:1")
        #expect(warning.hint?.contains("Base text: \(current)") == true)
        #expect(!applied.hasErrors)
    }

    // MARK: Merged view

    @Test func examplesLoadAndEveryFactHasASource() throws {
        for name in ["gb", "au"] {
            let layer = try Adaptation(contentsOf: Self.examples.appendingPathComponent(name))
            #expect(!layer.services.isEmpty && !layer.laws.isEmpty)
            let facts =
                layer.services.flatMap { [$0.phone, $0.web].compactMap { $0 } }
                + layer.laws.flatMap { [$0.citation, $0.web].compactMap { $0 } }
            for fact in facts { #expect(fact.source.hasPrefix("http"), "\(fact.value) has no source address") }
            #expect(layer.services.allSatisfy { $0.phone != nil || $0.web != nil })
            #expect(layer.services.allSatisfy { !$0.riskIDs.isEmpty })
            let applied = try KnowledgeBase.bundled().adapting([layer])
            #expect(applied.diagnostics.isEmpty, "\(applied.diagnostics)")
        }
    }

    @Test func mergedViewShowsAmendmentsAndHidesWithdrawals() throws {
        let base = try KnowledgeBase.bundled()
        let gb = try Adaptation(contentsOf: Self.examples.appendingPathComponent("gb"))
        let au = try Adaptation(contentsOf: Self.examples.appendingPathComponent("au"))
        let merged = try base.adapted(by: [gb])
        let amended = try #require(merged.record(id: "pe-report-abuse-images-hotline"))
        #expect(amended.text.hasPrefix(try #require(base.record(id: "pe-report-abuse-images-hotline")).text))
        #expect(amended.text.contains("Internet Watch Foundation"))
        #expect(amended.layer == Baseline.layerID)
        #expect(merged.record(id: "gb-iwf")?.layer == "gb")
        #expect(merged.records.count == base.records.count + gb.services.count + gb.laws.count)

        let australian = try base.adapted(by: [au])
        let withdrawn = "in-ob-gdpr-age-of-consent"
        #expect(australian.record(id: withdrawn) == nil)
        #expect(australian.withdrawal(of: withdrawn)?.layerID == "au")
        #expect(australian.recommendations.count == base.recommendations.count - 1)
        #expect(
            !australian.search("age of digital consent GDPR", limit: 50).hits.contains { $0.record.id == withdrawn })
        #expect(base.search("age of digital consent GDPR", limit: 50).hits.contains { $0.record.id == withdrawn })
        let checklistItems = { (kb: KnowledgeBase) in kb.checklists.flatMap { kb.items(of: $0.id) }.map(\.id) }
        #expect(checklistItems(australian).count <= checklistItems(base).count)
        #expect(!checklistItems(australian).contains(withdrawn))
    }

    @Test func servicesAreFoundBySearch() throws {
        let gb = try Adaptation(contentsOf: Self.examples.appendingPathComponent("gb"))
        let merged = try KnowledgeBase.bundled().adapted(by: [gb])
        let query = GuidelineQuery("where do I report a nude photo of my child", kinds: [.service], limit: 5)
        let hits = merged.search(query).hits
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.record.layer == "gb" })
        #expect(merged.search("Internet Watch Foundation").hits.first?.record.id == "gb-iwf")
    }

    @Test func addedRecordsGoInTheirSection() throws {
        let addition =
            """
            # Added\n- Additions: pm-reporting\n\n## Fund the national helpline every year\n- ID: tl-fund-helpline\n\
            - Risks: csea\n- Source: https://example.org/\n- Confidence: medium\n\
            - Questions: Who pays for the helpline? | Is the helpline funded next year?\n\nFund it.\n
            """
        let compilation = Self.layer(["L/a.md": addition])
        let merged = try KnowledgeBase.bundled().adapted(by: [try #require(compilation.adaptation)])
        let added = try #require(merged.recommendation(id: "tl-fund-helpline"))
        #expect(added.audience == .policyMakers)
        #expect(
            merged.section(id: "pm-reporting")?.recommendationIDs.contains("tl-fund-helpline") == true
                || merged.section(of: added)?.id == "pm-reporting")
        #expect(merged.record(id: "tl-fund-helpline")?.layer == "tl")
    }
}
