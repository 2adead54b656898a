import ArgumentParser
import ChildOnlineProtection

extension COP {
    /// `cop search QUERY...`: ranked, highlighted hits.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Search the guidelines with a question or keywords.",
            discussion: """
                The query may be a plain question. It also understands "exact phrases", -exclusion, OR, \
                prefixes (cyber*) and the filters audience:, risk:, topic:, kind:, age:, category: and \
                confidence:. Notes \
                from the query parser (an unbalanced quote, an over-long query) go to stderr. Put a query that \
                starts with '-' in quotes with a word before it, or after '--': cop search -- -trolling bullying. \
                A long query goes in a file: --query-file FILE, or --query-file - for standard input (at most \
                \(ArgumentCount.maximum) arguments are accepted).

                Examples:
                  cop search --audience parents-educators "my son is being bullied in a group chat"
                  cop search --risk grooming --kind checklist-item game chat
                  cop search --audience children --age-band 9-12 someone asked me for a photo
                  cop search --json --limit 3 sextortion
                  cop search --confidence high --audience industry reporting CSAM
                """
        )

        @OptionGroup var content: ContentOptions

        @Option(help: "Only this guideline set (repeatable).")
        var audience: [Audience] = []

        @Option(help: "Only records linked to this risk (repeatable).")
        var risk: [RiskID] = []

        @Option(help: "Only records linked to this topic ID (repeatable; see 'cop list topics').")
        var topic: [String] = []

        @Option(help: "Only records of this kind.")
        var kind: RecordKind?

        @Option(name: .customLong("age-band"), help: "Only children's records for this age band.")
        var ageBand: AgeBand?

        @Option(
            help: "Only records of this confidence level (repeatable): high is what the ITU text is confirmed to say.")
        var confidence: [Provenance.Confidence] = []

        @Option(help: "The most results to show (1-\(Self.maximumLimit)).")
        var limit = 10

        @Option(help: "How many of the best results to skip (paging).")
        var offset = 0

        @Flag(
            help:
                """
                Print one JSON object instead of text (its shape: JSONOutput.md in \
                Sources/GuidelineKnowledge/GuidelineKnowledge.docc).
                """
        )
        var json = false

        @Flag(help: "Show why each result scored as it did.")
        var explain = false

        @Flag(help: "Rank by words only, even when the sentence-embedding model is installed.")
        var lexical = false

        @Option(help: ArgumentHelp("The child's age: advice for that age band ranks first.", valueName: "YEARS"))
        var age: Int?

        @Option(help: "Only advice for these readers within parents and educators: parents, educators (repeatable).")
        var reader: [Reader] = []

        @Flag(help: "Do not read who is asking from the query (no soft preference for an audience or age).")
        var noAskerInference = false

        @Argument(help: "The question or keywords (the words are joined with spaces).")
        var words: [String] = []

        @Option(
            name: .customLong("query-file"),
            help: ArgumentHelp(
                "Read the query from FILE ('-': standard input) instead of the arguments.", valueName: "FILE"))
        var queryFile: String?

        static let maximumLimit = 1000
        static let maximumOffset = 100_000

        func validate() throws {
            if queryFile != nil, !words.isEmpty {
                throw ValidationError("give the query either as words or with --query-file, not both")
            }
            guard (1...Self.maximumLimit).contains(limit) else {
                throw ValidationError("--limit must be between 1 and \(Self.maximumLimit), not \(limit)")
            }
            guard (0...Self.maximumOffset).contains(offset) else {
                throw ValidationError("--offset must be between 0 and \(Self.maximumOffset), not \(offset)")
            }
            if let age, !(0...18).contains(age) { throw ValidationError("--age must be between 0 and 18, not \(age)") }
        }

        func run() throws {
            let base = try content.knowledgeBase()
            try TopicValidation.check(topic, in: base)
            let query = GuidelineQuery(
                try queryFile.map(QueryFile.read) ?? words.joined(separator: " "), audiences: Set(audience),
                risks: Set(risk), topics: Set(topic),
                kinds: Set(kind.map { [$0] } ?? []), ageBands: Set(ageBand.map { [$0] } ?? []),
                confidences: Set(confidence),
                limit: limit, offset: offset, explain: explain, semantic: !lexical, readers: Set(reader), childAge: age,
                infersAsker: !noAskerInference
            )
            let results = base.search(query)
            for note in results.notes { Console.writeError("note: \(note.message)") }
            if json {
                try Console.write(results.json())
            } else {
                try Console.write(lines: SearchResultsView(results: results, offset: offset).lines())
            }
        }
    }
}
