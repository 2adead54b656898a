import ArgumentParser
import ChildOnlineProtection

extension COP {
    /// `cop show ID`: one entity in full, with its relations and source location.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one record in full: its text, relations, provenance and file:line.",
            discussion: """
                ID is any stable ID: a recommendation or checklist item, a section, a risk, a harm, a topic, \
                a glossary term, a checklist or a guideline set. An unknown ID exits 2 and names close IDs.

                Examples:
                  cop show pe-gaming-shared-rooms
                  cop show grooming
                  cop show checklist-national
                  cop show industry
                """
        )

        @OptionGroup var content: ContentOptions

        @Argument(help: "The ID of the record to show.")
        var id: String

        func run() throws {
            let base = try content.knowledgeBase()
            let layered = LayerView(base: base).lines(for: id)
            guard let lines = DetailView(base: base).lines(for: id).map({ $0 + (layered ?? []) }) ?? layered else {
                throw CommandFailure.notFound("ID", id, suggestions: base.closeIDs(to: id))
            }
            try Console.write(lines: lines)
        }
    }
}
