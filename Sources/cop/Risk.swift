import ArgumentParser
import ChildOnlineProtection

extension COP {
    /// `cop risk ID`: one risk across the four guideline sets.
    struct Risk: CrossAudienceCommand {
        static let configuration = CommandConfiguration(
            commandName: "risk",
            abstract: "Show a risk, its harms, and what each audience is asked to do about it.",
            discussion: """
                Lists, for children, parents and educators, industry and policy-makers, the recommendations \
                that deal most closely with the risk (best first). 'cop list risks' names the 20 risk IDs.

                Examples:
                  cop risk grooming
                  cop risk cyberbullying --limit 3
                """
        )

        static let subjectName = "risk"
        static let idHelp = "The risk ID, e.g. grooming."

        @OptionGroup var options: CrossAudienceOptions<Risk>

        static func validIDs(in base: KnowledgeBase) -> [String] { base.risks.map(\.id.rawValue) }

        /// The risk, then the recommendations that deal most closely with it, best first.
        static func lines(for id: String, limit: Int, in base: KnowledgeBase) -> [StyledText]? {
            guard let risk = RiskID(rawValue: id).flatMap(base.risk) else { return nil }
            let columns = base.bestRecommendations(for: risk.id, limit: limit).map { audience, hits in
                CrossAudienceView.Column(
                    audience: audience,
                    items: hits.map {
                        ($0.record.id, $0.record.title, "\($0.record.location.file):\($0.record.location.line)")
                    },
                    total: base.recommendations(addressing: risk.id, for: audience).count
                )
            }
            return DetailView(base: base).lines(for: risk) + CrossAudienceView(columns: columns).lines()
        }
    }
}
