import ArgumentParser
import ChildOnlineProtection

/// `cop topic ID`: one topic across the four guideline sets.
struct TopicCommand: ParsableCommand {
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

    func run() throws {
        let base = try content.knowledgeBase()
        guard let topic = base.topic(id: id) else {
            let valid = base.topics.map(\.id)
            throw CommandFailure.notFound("topic", id, suggestions: base.closeIDs(to: id, among: valid), valid: valid)
        }
        let columns = Audience.allCases.map { audience in
            let all = base.recommendations(onTopic: topic.id, for: audience)
            return CrossAudienceView.Column(
                audience: audience,
                items: all.prefix(limit.value).map { ($0.id, $0.title, TextLayout.location($0.location)) },
                total: all.count
            )
        }
        let detail = DetailView(base: base).lines(for: topic)
        try Console.write(lines: detail + CrossAudienceView(columns: columns).lines())
    }
}
