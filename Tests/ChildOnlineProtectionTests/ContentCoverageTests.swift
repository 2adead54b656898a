import ChildOnlineProtection
import Testing

/// The coverage matrix the content issues require: which risks and topics each audience must address.
@Suite struct ContentCoverageTests {
    let base: KnowledgeBase

    init() throws {
        base = try KnowledgeBase.bundled()
    }

    static let childrenRisks: [RiskID] = [
        .cyberbullying, .grooming, .unsafeContact, .sexting, .csea, .harmfulContent, .hateSpeech, .privacy,
        .excessiveUse, .misinformation, .scams, .cybersecurity, .commercialExploitation, .selfHarm,
    ]

    static let requiredTopics: [(Audience, [String])] = [
        (.children, ["child-rights", "reporting", "gaming", "disabilities"]),
        (
            .parentsEducators,
            [
                "gaming", "social-media", "ai", "iot", "disabilities", "vulnerable-groups", "parental-controls",
                "education", "reporting",
            ]
        ),
        (
            .industry,
            [
                "corporate-policy", "safety-by-design", "age-assurance", "reporting", "ai", "iot", "gaming",
                "disabilities",
            ]
        ),
        (
            .policyMakers,
            [
                "national-strategy", "legal-framework", "law-enforcement", "reporting", "education", "research-data",
                "disabilities", "vulnerable-groups", "ai", "iot",
            ]
        ),
    ]

    @Test("every risk is addressed by parents & educators, industry and policy-makers", arguments: RiskID.allCases)
    func riskAcrossAdultAudiences(_ risk: RiskID) {
        for audience in [Audience.parentsEducators, .industry, .policyMakers] {
            #expect(
                !base.recommendations(addressing: risk, for: audience).isEmpty,
                "\(audience.rawValue) does not address \(risk.rawValue)")
        }
    }

    @Test("the children's guidelines address the required risks", arguments: childrenRisks)
    func childrenRisk(_ risk: RiskID) {
        #expect(!base.recommendations(addressing: risk, for: .children).isEmpty)
    }

    @Test("each audience addresses its required topics", arguments: requiredTopics)
    func topics(_ requirement: (Audience, [String])) {
        let (audience, topics) = requirement
        for topic in topics {
            #expect(
                !base.recommendations(onTopic: topic, for: audience).isEmpty,
                "\(audience.rawValue) does not address topic \(topic)")
        }
    }

    @Test("every age band tells the child who to tell and how to get help", arguments: AgeBand.allCases)
    func everyBandHasHelp(_ band: AgeBand) {
        let help = base.recommendations(onTopic: "reporting", for: .children).filter { $0.ageBands.contains(band) }
        #expect(!help.isEmpty)
    }

    @Test("every recommendation links a risk or a topic, and nothing in the vocabularies is left unreferenced")
    func nothingUnreferenced() {
        for recommendation in base.recommendations {
            #expect(!recommendation.riskIDs.isEmpty || !recommendation.topicIDs.isEmpty, "\(recommendation.id)")
        }
        for risk in RiskID.allCases {
            #expect(!base.recommendations(addressing: risk).isEmpty, "risk \(risk.rawValue) is addressed nowhere")
        }
        for topic in base.topics {
            #expect(!base.recommendations(onTopic: topic.id).isEmpty, "topic \(topic.id) is addressed nowhere")
        }
        for harm in base.harms {
            #expect(!base.risks(leadingTo: harm.id).isEmpty, "harm \(harm.id) is linked from no risk")
        }
        for term in base.terms {
            #expect(!term.relatedRiskIDs.isEmpty || !term.relatedTopicIDs.isEmpty, "term \(term.id) relates to nothing")
        }
    }

    @Test("every section states its provenance")
    func provenance() {
        for section in base.sections {
            #expect(!section.provenance.source.isEmpty, "\(section.id)")
        }
    }

    @Test("checklists can be listed per audience and per feature")
    func checklists() throws {
        let industry = base.checklists(for: .industry)
        #expect(industry.count >= 4)
        for checklist in industry {
            #expect(!base.items(of: checklist.id).isEmpty, "checklist \(checklist.id) has no items")
            #expect(base.items(of: checklist.id).allSatisfy { $0.kind == .checklistItem && $0.audience == .industry })
        }
        let national = try #require(base.checklists(for: .policyMakers).first)
        #expect(base.items(of: national.id).count >= 30)
    }

    @Test("a risk can be read as what each audience is asked to do")
    func crossAudienceView() {
        let view = base.crossAudienceView(of: .grooming)
        #expect(view.map(\.audience) == Audience.allCases)
        #expect(view.allSatisfy { !$0.recommendations.isEmpty })
    }
}
