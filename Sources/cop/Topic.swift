import ArgumentParser
import ChildOnlineProtection

extension COP {
    /// `cop topic ID`: one topic across the four guideline sets.
    struct Topic: CrossAudienceCommand {
        static let configuration = CommandConfiguration(
            commandName: "topic",
            abstract: "Show a topic and what each audience is asked to do about it.",
            discussion: """
                Topics are contexts, groups and measures that are not risks: gaming, ai, disabilities, \
                age-assurance, reporting and more ('cop list topics'). Recommendations are listed in reading order.

                Examples:
                  cop topic gaming
                  cop topic age-assurance --limit 10
                """
        )

        static let subjectName = "topic"
        static let idHelp = "The topic ID, e.g. gaming."

        @OptionGroup var options: CrossAudienceOptions<Topic>

        static func validIDs(in base: KnowledgeBase) -> [String] { base.topics.map(\.id) }

        /// The topic, then the recommendations on it, in reading order.
        static func lines(for id: String, limit: Int, in base: KnowledgeBase) -> [StyledText]? {
            guard let topic = base.topic(id: id) else { return nil }
            let columns = Audience.allCases.map { audience in
                let all = base.recommendations(onTopic: topic.id, for: audience)
                return CrossAudienceView.Column(
                    audience: audience,
                    items: all.prefix(limit).map { ($0.id, $0.title, TextLayout.location($0.location)) },
                    total: all.count
                )
            }
            return DetailView(base: base).lines(for: topic) + CrossAudienceView(columns: columns).lines()
        }
    }
}
