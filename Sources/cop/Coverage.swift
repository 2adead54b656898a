import ArgumentParser
import ChildOnlineProtection

extension COP {
    /// `cop coverage`: the risk x audience matrix, the question counts, or the confidence shares.
    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coverage",
            abstract:
                """
                Show how many recommendations each audience has for each risk, or its questions, or its confidence \
                levels.
                """,
            discussion: """
                By default: one row per risk of the taxonomy, one column per guideline set; a cell counts the \
                recommendations and checklist items linked to the risk. A 0 is a gap in the content.

                --questions counts the reader questions of the recommendations and checklist items per \
                audience, per risk and per topic. --confidence counts them per confidence level and audience, \
                with shares; '--confidence --format markdown' is the table in README.md (see \
                Scripts/refresh-readme-confidence).

                Examples:
                  cop coverage
                  cop coverage --format csv > coverage.csv
                  cop coverage --content my-adaptation/ --format json
                  cop coverage --questions
                  cop coverage --confidence --format markdown
                """
        )

        @OptionGroup var content: ContentOptions

        @Flag(help: "Count the questions per audience, risk and topic instead.")
        var questions = false

        @Flag(help: "Count the records at each confidence level per audience instead, with shares.")
        var confidence = false

        @Option(help: "The output format.")
        var format: ReportFormat = .table

        func validate() throws {
            if questions && confidence {
                throw ValidationError("--questions and --confidence are separate reports; give one of them")
            }
        }

        func run() throws {
            let base = try content.knowledgeBase()
            let report =
                if questions {
                    QuestionCoverage(base).rendered(as: format)
                } else if confidence {
                    ConfidenceShares(base).rendered(as: format)
                } else {
                    CoverageMatrix(base).rendered(as: format)
                }
            try Console.write(report)
        }
    }
}
