import ChildOnlineProtection
import Foundation
import Testing

/// Layers add sections and glossary terms (with provenance) anywhere a base one could be; lookups, the
/// reading order, export and search see them.
@Suite struct LayerAdditionTests {
    typealias F = LayerFixtures

    static let sections = """
        # A national chapter
        - Additions: policy-makers

        ## National reporting duties
        - ID: tl-reporting-duties
        - Kind: section
        - Risks: csam
        - Source: https://example.org/duties
        - Confidence: medium

        What Testland's law asks of services that find abuse material.

        """
    static let subsection = """
        # Under the new chapter
        - Additions: tl-reporting-duties

        ## Timelines for hosts
        - ID: tl-host-timelines
        - Kind: section
        - Source: https://example.org/hosts
        - Confidence: low

        How fast hosts must act.

        """
    static let recommendation = """
        # In the new sub-section
        - Additions: tl-host-timelines

        ## Remove reported abuse material within a day
        - ID: tl-remove-within-a-day
        - Risks: csam
        - Source: https://example.org/hosts
        - Confidence: low
        - Questions: How fast must a Testland host remove abuse material? \
        | What is the takedown deadline for hosts in Testland?

        Hosts take reported material down within a day.

        """
    static let glossary = """
        # Testland glossary
        - Catalogue: glossary

        ## Quokka notice
        - ID: tl-term-quokka-notice
        - Aliases: QN, quokka takedown notice
        - Risks: csam
        - Topics: reporting
        - Source: https://example.org/glossary
        - Confidence: high

        Testland's formal takedown order for abuse material.

        """

    static func merged() throws -> (base: KnowledgeBase, merged: KnowledgeBase) {
        let layer = F.layer([
            "L/1-sections.md": sections, "L/2-subsection.md": subsection, "L/3-recommendation.md": recommendation,
            "L/glossary.md": glossary,
        ])
        #expect(layer.diagnostics.isEmpty, "\(layer.diagnostics)")
        let base = try KnowledgeBase.bundled()
        let applied = base.adapting([try #require(layer.adaptation)])
        #expect(applied.diagnostics.isEmpty, "\(applied.diagnostics)")
        return (base, applied.knowledgeBase)
    }

    @Test func addedSectionsAreInLookupsAndReadingOrder() throws {
        let (base, merged) = try Self.merged()
        let chapter = try #require(merged.section(id: "tl-reporting-duties"))
        #expect(chapter.audience == .policyMakers && chapter.parentID == nil)
        #expect(chapter.subsectionIDs == ["tl-host-timelines"])
        #expect(merged.guidelineSet(.policyMakers)?.chapterIDs.last == "tl-reporting-duties")
        let sub = try #require(merged.section(id: "tl-host-timelines"))
        #expect(sub.parentID == "tl-reporting-duties" && sub.recommendationIDs == ["tl-remove-within-a-day"])
        #expect(sub.provenance.source == "https://example.org/hosts" && sub.provenance.confidence == .low)
        let added = try #require(merged.recommendation(id: "tl-remove-within-a-day"))
        #expect(merged.section(of: added)?.id == "tl-host-timelines" && added.audience == .policyMakers)
        // The chapter comes after the last policy-makers section and before nothing else's.
        let order = merged.sections.map(\.id)
        let lastBasePolicy = try #require(base.sections.last { $0.audience == .policyMakers }?.id)
        let chapterIndex = try #require(order.firstIndex(of: "tl-reporting-duties"))
        #expect(
            order[chapterIndex - 1] == lastBasePolicy
                || merged.section(id: order[chapterIndex - 1])?.audience == .policyMakers)
        #expect(order[chapterIndex + 1] == "tl-host-timelines")
        #expect(merged.sections.count == base.sections.count + 2)
        for id in ["tl-reporting-duties", "tl-host-timelines", "tl-remove-within-a-day"] {
            #expect(merged.record(id: id)?.layer == "tl", "\(id)")
        }
        #expect(merged.record(id: "tl-host-timelines")?.confidence == .low)
    }

    @Test func addedTermsCarryProvenanceInLookupsExportAndSearch() throws {
        let (base, merged) = try Self.merged()
        #expect(merged.terms.count == base.terms.count + 1)
        let term = try #require(merged.term(id: "tl-term-quokka-notice"))
        #expect(term.aliases.map(\.text) == ["QN", "quokka takedown notice"] && term.relatedRiskIDs == [.csam])
        let record = try #require(merged.record(id: "tl-term-quokka-notice"))
        #expect(record.kind == .term && record.layer == "tl")
        #expect(record.confidence == .high && record.provenance?.source == "https://example.org/glossary")
        // A base term keeps no provenance.
        #expect(merged.record(id: "term-csam")?.confidence == nil)

        let exported = Record.export(merged.records, as: .json)
        #expect(exported.contains("\"id\": \"tl-term-quokka-notice\""))
        #expect(exported.contains("\"id\": \"tl-reporting-duties\""))
        let csv = Record.export(merged.records.filter { $0.layer == "tl" }, as: .csv)
        #expect(csv.split(separator: "\n").count == 1 + 4)

        #expect(merged.search("quokka notice").hits.first?.record.id == "tl-term-quokka-notice")
        // The alias expands queries like a base term's alias does.
        #expect(merged.search("QN", limit: 20).hits.contains { $0.record.id == "tl-term-quokka-notice" })
        #expect(
            merged.search("takedown deadline for hosts in Testland").hits.prefix(3).contains {
                $0.record.id == "tl-remove-within-a-day"
            })
        #expect(base.search("quokka notice").hits.allSatisfy { $0.record.layer == Baseline.layerID })
    }

    @Test func withdrawingAnAddedSectionTakesItsContents() throws {
        let withdraw = F.changes(
            F.change("Not here", "Withdraws: tl-reporting-duties", extra: "- Reason: not for schools\n", body: ""))
        let national = F.layer([
            "L/1-sections.md": Self.sections, "L/2-subsection.md": Self.subsection,
            "L/3-recommendation.md": Self.recommendation,
        ])
        let school = F.layer(
            ["S/c.md": withdraw], root: "S", manifest: F.manifest(id: "school", extra: "- Stacks on: tl"))
        let applied = try KnowledgeBase.bundled().adapting([
            try #require(national.adaptation), try #require(school.adaptation),
        ])
        #expect(applied.diagnostics.isEmpty, "\(applied.diagnostics)")
        let merged = applied.knowledgeBase
        for id in ["tl-reporting-duties", "tl-host-timelines", "tl-remove-within-a-day"] {
            #expect(merged.record(id: id) == nil, "\(id)")
        }
        #expect(merged.withdrawal(of: "tl-reporting-duties")?.layerID == "school")
    }

    @Test func additionsNeedAKnownParent() throws {
        let misplaced = """
            # Misplaced
            - Additions: policy-makrs

            ## Somewhere
            - ID: tl-somewhere
            - Kind: section
            - Source: https://example.org/
            - Confidence: low

            Text.

            """
        let inASet = Self.recommendation.replacingOccurrences(
            of: "- Additions: tl-host-timelines", with: "- Additions: industry")
        let wrongKind = Self.sections.replacingOccurrences(of: "- Kind: section", with: "- Kind: risk")
        let compiled = F.layer(["L/a.md": misplaced, "L/b.md": inASet, "L/c.md": wrongKind])
        #expect(
            compiled.diagnostics.map(\.description).contains(
                """
                L/c.md:6:9: error: a layer cannot add a record of kind 'risk' here (hint: use '- Kind: section' for a \
                section; leave 'Kind' out for a recommendation (glossary terms go in a 'Catalogue: glossary' file))
                """
            ))
        let applied = try KnowledgeBase.bundled().adapting([try #require(compiled.adaptation)]).diagnostics.map(
            \.description)
        #expect(applied.contains { $0.hasPrefix("L/a.md:2:14: error: no base record has ID 'policy-makrs'") })
        #expect(
            applied.contains(
                """
                L/b.md:2:14: error: a recommendation goes in a section; 'industry' is a guideline set (hint: name a \
                section ID in 'Additions:', or add '- Kind: section' to add a chapter to the guideline set)
                """
            ))
    }
}
