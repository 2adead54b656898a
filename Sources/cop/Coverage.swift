import ArgumentParser
import ChildOnlineProtection

/// `cop coverage`: the risk x audience matrix.
struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how many recommendations each audience has for each risk.",
        discussion: """
            One row per risk of the taxonomy, one column per guideline set; a cell counts the \
            recommendations and checklist items linked to the risk. A 0 is a gap in the content.

            Examples:
              cop coverage
              cop coverage --format csv > coverage.csv
              cop coverage --content my-adaptation/ --format json
            """
    )

    @OptionGroup var content: ContentOptions

    @Option(help: "The output format.")
    var format: CoverageMatrix.Format = .table

    func run() throws {
        try Console.write(CoverageMatrix(try content.knowledgeBase()).rendered(as: format))
    }
}
