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

        @OptionGroup var content: ContentOptions

        @Argument(help: "The risk ID, e.g. grooming.")
        var id: String

        @OptionGroup var limit: PerAudienceLimit

        typealias Subject = ChildOnlineProtection.Risk

        static let subjectName = "risk"

        static func subject(_ id: String, in base: KnowledgeBase) -> Subject? {
            RiskID(rawValue: id).flatMap(base.risk)
        }

        static func validIDs(in base: KnowledgeBase) -> [String] { base.risks.map(\.id.rawValue) }

        static func detail(of risk: Subject, in base: KnowledgeBase) -> [StyledText] {
            DetailView(base: base).lines(for: risk)
        }

        /// The recommendations that deal most closely with the risk, best first.
        static func columns(for risk: Subject, limit: Int, in base: KnowledgeBase) -> [CrossAudienceView.Column] {
            base.bestRecommendations(for: risk.id, limit: limit).map { audience, hits in
                CrossAudienceView.Column(
                    audience: audience,
                    items: hits.map { ($0.record.id, $0.record.title, "\($0.record.source.file):\($0.record.source.line)") },
                    total: base.recommendations(addressing: risk.id, for: audience).count
                )
            }
        }
    }
}
