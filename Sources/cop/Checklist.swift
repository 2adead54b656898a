import ArgumentParser
import ChildOnlineProtection

extension COP {
    /// `cop checklist AUDIENCE`: a guideline set's checklist items as a Markdown task list, JSON or CSV.
    struct Checklist: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checklist",
            abstract: "Export a guideline set's checklists as a Markdown task list, JSON or CSV.",
            discussion: """
                Industry has one checklist per product feature and policy-makers have the national checklist; \
                for children and for parents and educators every recommendation is listed, chapter by chapter. \
                --feature takes a checklist ID or its short name ('cop list checklists').

                Examples:
                  cop checklist industry --feature user-generated-content
                  cop checklist policy-makers --format csv > national-checklist.csv
                  cop checklist parents-educators
                """
        )

        @OptionGroup var content: ContentOptions

        @Argument(help: "The guideline set.")
        var audience: Audience

        @Option(help: "Only this checklist: its ID or short name, e.g. user-generated-content.")
        var feature: String?

        @Option(help: "The output format.")
        var format: ChecklistExport.Format = .markdown

        func run() throws {
            let base = try content.knowledgeBase()
            let selected = try feature.map { feature in
                guard let checklist = base.checklist(named: feature, for: audience) else {
                    throw unknownChecklist(feature, in: base)
                }
                return [checklist]
            }
            try Console.write(ChecklistExport(base, audience: audience, checklists: selected).rendered(as: format))
        }

        /// Exit code 2 for a `--feature` that names no checklist of the audience: names its checklists' short
        /// names, or says that the audience has none.
        private func unknownChecklist(_ feature: String, in base: KnowledgeBase) -> CommandFailure {
            let valid = base.checklists(for: audience).map(\.id)
            if valid.isEmpty {
                return CommandFailure(
                    message:
                        """
                        \(audience.rawValue) has no checklists; leave out --feature to list its recommendations \
                        chapter by chapter
                        """,
                    exitCode: 2
                )
            }
            let short = valid.map { String($0.dropFirst("checklist-".count * ($0.hasPrefix("checklist-") ? 1 : 0))) }
            return CommandFailure.notFound(
                "checklist", feature, suggestions: base.closeIDs(to: feature, among: short, limit: 2), valid: short)
        }
    }
}
