import ArgumentParser
import ChildOnlineProtection

extension COP {
    /// `cop export`: every record, for other tools.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Print every record (risks, harms, topics, terms, sections, recommendations) as JSON or CSV.",
            discussion: """
                JSON is an array of records in the shape of 'cop search --json' results without score and \
                snippet: id, kind, audience (null for risks, harms, topics and terms), title, text, aliases, \
                risks, topics, ageBands, readers, questions, confidence, provenance (both null for risks, \
                harms, topics and terms), layer, source {file, line, column}; the contract is JSONOutput.md in \
                Sources/GuidelineKnowledge/GuidelineKnowledge.docc. CSV has one row per record; lists are \
                joined with ';', questions with ' | '. \
                A CSV cell that begins with =, +, -, @, a tab or a carriage return gets a leading ' so that a \
                spreadsheet shows it as text instead of running it as a formula (also in checklist and coverage CSV).

                Examples:
                  cop export --format json > guidelines.json
                  cop export --format csv --content my-adaptation/ > adaptation.csv
                  cop export --confidence high --confidence medium > sourced.json
                """
        )

        @OptionGroup var content: ContentOptions

        @Option(help: "The output format.")
        var format: Record.ExportFormat = .json

        @Option(help: "Only records of this confidence level (repeatable); risks, harms, topics and terms have none.")
        var confidence: [Provenance.Confidence] = []

        func run() throws {
            let records = try content.knowledgeBase().records
            let filter = Set(confidence)
            let selected = filter.isEmpty ? records : records.filter { $0.confidence.map(filter.contains) == true }
            try Console.write(Record.export(selected, as: format))
        }
    }
}
