import ArgumentParser
import ChildOnlineProtection

extension COP {
    /// `cop suggest PREFIX`: completions for what a user is typing.
    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "suggest",
            abstract: "Complete a search as it is typed: words of the guidelines and record titles.",
            discussion: """
                Prints one completion per line: words that complete the last word typed (most frequent \
                first) and titles that contain the text, interleaved.

                Examples:
                  cop suggest cyber
                  cop suggest online gro
                """
        )

        @OptionGroup var content: ContentOptions

        @Option(help: "The most suggestions.")
        var limit = 10

        @Argument(help: "The text typed so far (the words are joined with spaces).")
        var prefix: [String]

        func validate() throws {
            guard (1...100).contains(limit) else {
                throw ValidationError("--limit must be between 1 and 100, not \(limit)")
            }
        }

        func run() throws {
            // A word and a title can read the same ("cyberbullying", "Cyberbullying" twice): show each once.
            var seen: Set<String> = []
            let suggestions = try content.knowledgeBase().suggestions(
                prefix: prefix.joined(separator: " "), limit: limit
            )
            .filter { seen.insert($0).inserted }
            if suggestions.isEmpty {
                Console.writeError("note: no suggestions for '\(prefix.joined(separator: " ").prefix(80))'")
            }
            try Console.write(lines: suggestions.map { StyledText($0) })
        }
    }
}
