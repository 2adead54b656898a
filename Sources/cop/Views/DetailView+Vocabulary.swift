import ChildOnlineProtection

/// The shared vocabulary: risks, harms, topics and glossary terms.
extension DetailView {
    func lines(for risk: Risk) -> [StyledText] {
        TextLayout.header(risk.title, "risk \(risk.id.rawValue) · \(risk.category.rawValue) (4C category)")
            + TextLayout.body(risk.definition) + [""]
            + TextLayout.fields([
                ("Aliases", aliases(risk.aliases)),
                ("Harms", TextLayout.named(base.harms(of: risk.id).map { ($0.id, $0.title) })),
                ("Advice", countsPerAudience { base.recommendations(addressing: risk.id, for: $0).count }),
                ("Source", TextLayout.location(risk.location)),
            ])
    }

    func lines(for harm: Harm) -> [StyledText] {
        TextLayout.header(harm.title, "harm \(harm.id)")
            + TextLayout.body(harm.definition) + [""]
            + TextLayout.fields([
                ("Risks", TextLayout.named(base.risks(leadingTo: harm.id).map { ($0.id.rawValue, $0.title) })),
                ("Source", TextLayout.location(harm.location)),
            ])
    }

    func lines(for topic: Topic) -> [StyledText] {
        TextLayout.header(topic.title, "topic \(topic.id)")
            + TextLayout.body(topic.definition) + [""]
            + TextLayout.fields([
                ("Aliases", aliases(topic.aliases)),
                ("Advice", countsPerAudience { base.recommendations(onTopic: topic.id, for: $0).count }),
                ("Source", TextLayout.location(topic.location)),
            ])
    }

    func lines(for term: Term) -> [StyledText] {
        TextLayout.header(term.title, "term \(term.id)")
            + TextLayout.body(term.definition) + [""]
            + TextLayout.fields([
                ("Aliases", aliases(term.aliases)),
                ("Risks", risks(term.relatedRiskIDs)),
                ("Topics", topics(term.relatedTopicIDs)),
                ("Source", TextLayout.location(term.location)),
            ])
    }
}
