import ChildOnlineProtection
import Testing

@Suite struct BundledContentTests {
    let base: KnowledgeBase

    init() throws {
        base = try KnowledgeBase.bundled()
    }

    @Test("the bundled content compiles with zero errors and zero warnings")
    func compilesCleanly() {
        let diagnostics = BundledSource.compilation.diagnostics
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(20).map(\.description).joined(separator: "\n"))")
    }

    @Test("all four guideline sets, 20 risks and the required topics are present")
    func taxonomyIsComplete() {
        #expect(base.guidelineSets.map(\.id) == Audience.allCases)
        #expect(base.risks.map(\.id) == RiskID.allCases)
        #expect(Set(base.topics.map(\.id)).isSuperset(of: Taxonomy.requiredTopicIDs))
        for risk in base.risks {
            #expect(risk.aliases.count >= 5, "risk \(risk.id.rawValue) has \(risk.aliases.count) aliases")
            #expect(!risk.harmIDs.isEmpty, "risk \(risk.id.rawValue) links no harm")
            #expect(!risk.definition.isEmpty)
        }
        #expect(base.harms.count >= 12)
        #expect(base.terms.count >= 40)
    }

    @Test("each guideline set has at least the required number of recommendations and checklist items")
    func recommendationCounts() {
        let minimums: [Audience: Int] = [.children: 60, .parentsEducators: 100, .industry: 120, .policyMakers: 100]
        for (audience, minimum) in minimums {
            let count = base.recommendations(for: audience).count
            #expect(count >= minimum, "\(audience.rawValue) has \(count) records, expected at least \(minimum)")
        }
    }

    @Test("records carry their audience, risks, topics and age bands into the flat record shape")
    func recordsCarryRelations() throws {
        let records = base.records
        #expect(Set(records.map(\.id)).count == records.count, "IDs must be unique")
        let childRecord = try #require(records.first { $0.kind == .recommendation && $0.audience == .children })
        #expect(!childRecord.ageBands.isEmpty)
        #expect(!childRecord.risks.isEmpty || !childRecord.topics.isEmpty)
        #expect(records.contains { $0.kind == .checklistItem && $0.audience == .industry })
        #expect(records.allSatisfy { $0.location.file.hasPrefix("Content/en/") && $0.location.line > 0 })
    }
}
