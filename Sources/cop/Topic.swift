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

        @OptionGroup var content: ContentOptions

        @Argument(help: "The topic ID, e.g. gaming.")
        var id: String

        @OptionGroup var limit: PerAudienceLimit

        typealias Subject = ChildOnlineProtection.Topic

        static let subjectName = "topic"

        static func subject(_ id: String, in base: KnowledgeBase) -> Subject? {
            base.topic(id: id)
        }

        static func validIDs(in base: KnowledgeBase) -> [String] { base.topics.map(\.id) }

        static func detail(of topic: Subject, in base: KnowledgeBase) -> [StyledText] {
            DetailView(base: base).lines(for: topic)
        }

        /// The recommendations on the topic, in reading order.
        static func columns(for topic: Subject, limit: Int, in base: KnowledgeBase) -> [CrossAudienceView.Column] {
            Audience.allCases.map { audience in
                let all = base.recommendations(onTopic: topic.id, for: audience)
                return CrossAudienceView.Column(
                    audience: audience,
                    items: all.prefix(limit).map { ($0.id, $0.title, TextLayout.location($0.location)) },
                    total: all.count
                )
            }
        }
    }
}
