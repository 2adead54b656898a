import ChildOnlineProtection
import Testing

/// The COP query API over the bundled content: filters, thesaurus, highlights, facets and the
/// cross-audience view.
@Suite struct GuidelineSearchTests {
    let base: KnowledgeBase

    init() throws {
        base = try KnowledgeBase.bundled()
    }

    @Test("an everyday word finds the risk it is an alias of: 'nudes' finds sexting advice")
    func aliasFindsRisk() throws {
        let results = base.search("nudes", audiences: [.parentsEducators], limit: 5)
        #expect(results.hits.contains { $0.record.risks.contains(.sexting) })
    }

    @Test("an acronym and its spelled-out form find each other")
    func acronymAndPhrase() {
        let acronym = base.search(GuidelineQuery("CSAM", kinds: [.risk], limit: 3))
        let phrase = base.search(GuidelineQuery("child sexual abuse material", kinds: [.risk], limit: 3))
        #expect(acronym.hits.first?.record.id == "csam")
        #expect(phrase.hits.first?.record.id == "csam")
    }

    @Test("typed filters and the filter syntax select the same records")
    func filtersAgree() {
        let typed = base.search(GuidelineQuery("report", audiences: [.industry], risks: [.csam], limit: 50))
        let syntax = base.search(GuidelineQuery("report audience:industry risk:csam", limit: 50))
        #expect(typed.total > 0)
        #expect(typed.hits.map(\.record.id) == syntax.hits.map(\.record.id))
        #expect(typed.hits.allSatisfy { $0.record.audience == .industry && $0.record.risks.contains(.csam) })
    }

    @Test("age-band and kind filters hold for every hit")
    func ageAndKind() {
        let results = base.search(
            GuidelineQuery("tell a grown-up", kinds: [.recommendation], ageBands: [.under9], limit: 20))
        #expect(!results.hits.isEmpty)
        #expect(results.hits.allSatisfy { $0.record.ageBands.contains(.under9) && $0.record.kind == .recommendation })
    }

    @Test("facets count every match per audience and add up to the total")
    func facets() throws {
        let results = base.search(GuidelineQuery("bullying", limit: 1))
        let audiences = try #require(results.facets["audience"])
        let kinds = try #require(results.facets["kind"])
        #expect(kinds.map(\.count).reduce(0, +) == results.total)
        #expect(Set(audiences.map(\.value)) == Set(Audience.allCases.map(\.rawValue)))
    }

    @Test("stemmed and synonym matches are highlighted in the snippet")
    func highlights() throws {
        let stemmed = try #require(base.search(GuidelineQuery("bullied", audiences: [.children], limit: 1)).hits.first)
        #expect(stemmed.snippet.highlightedTexts.contains { $0.lowercased().hasPrefix("bull") })
        // "child sexual abuse material" is never typed: it is highlighted because it is a synonym of "CSAM".
        let synonymHighlights = base.search(GuidelineQuery("CSAM", audiences: [.policyMakers], limit: 10)).hits.flatMap(
            \.snippet.highlightedTexts)
        #expect(
            synonymHighlights.contains { $0.lowercased().contains("sexual abuse material") }, "\(synonymHighlights)")
    }

    @Test("the same query gives the same ranking every time")
    func deterministic() {
        let first = base.search("an adult asks my child to keep a secret", limit: 20).hits.map(\.record.id)
        let second = base.search("an adult asks my child to keep a secret", limit: 20).hits.map(\.record.id)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test("a query with no words answers nothing and says so")
    func emptyQuery() {
        let results = base.search("🙂 ?!")
        #expect(results.total == 0)
        #expect(!results.notes.isEmpty)
    }

    @Test("the cross-audience view puts advice that is mainly about the risk first", arguments: RiskID.allCases)
    func bestRecommendationsAreFocused(_ risk: RiskID) {
        for (audience, hits) in base.bestRecommendations(for: risk, limit: 3) {
            let linked = base.recommendations(addressing: risk, for: audience)
            #expect(hits.count == min(3, linked.count))
            #expect(hits.allSatisfy { $0.record.audience == audience && $0.record.risks.contains(risk) })
            if linked.contains(where: { $0.riskIDs.first == risk }) {
                #expect(hits.first?.record.risks.first == risk, "\(audience.rawValue) \(risk.rawValue)")
            }
        }
    }

    @Test("suggestions complete a prefix without repeating themselves")
    func suggestions() {
        let suggestions = base.suggestions(prefix: "cyber", limit: 10)
        #expect(suggestions.contains { $0.lowercased().hasPrefix("cyberbullying") })
        #expect(Set(suggestions.map { $0.lowercased() }).count == suggestions.count)
    }
}
