import ArgumentParser
import ChildOnlineProtection

/// `cop risk ID`: one risk across the four guideline sets.
struct RiskCommand: ParsableCommand {
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

    func run() throws {
        let base = try content.knowledgeBase()
        guard let risk = RiskID(rawValue: id).flatMap(base.risk) else {
            let valid = base.risks.map(\.id.rawValue)
            throw CommandFailure.notFound("risk", id, suggestions: base.closeIDs(to: id, among: valid), valid: valid)
        }
        let columns = base.bestRecommendations(for: risk.id, limit: limit.value).map { audience, hits in
            CrossAudienceView.Column(
                audience: audience,
                items: hits.map { ($0.record.id, $0.record.title, "\($0.record.location.file):\($0.record.location.line)") },
                total: base.recommendations(addressing: risk.id, for: audience).count
            )
        }
        let detail = DetailView(base: base).lines(for: risk)
        try Console.write(lines: detail + CrossAudienceView(columns: columns).lines())
    }
}
