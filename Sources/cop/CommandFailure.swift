/// An error of a subcommand's own, with the exit code the root command documents.
struct CommandFailure: Error, CustomStringConvertible {
    /// One line, naming the offending value and what would have been valid.
    let message: String
    /// The process exit code.
    let exitCode: Int32

    var description: String { message }

    /// Exit code 2: an ID that names nothing. Names the closest IDs, or where to find valid ones.
    static func notFound(_ what: String, _ id: String, suggestions: [String], valid: [String] = []) -> CommandFailure {
        var message = "unknown \(what) '\(id.prefix(80))'"
        if !suggestions.isEmpty {
            message += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        }
        if !valid.isEmpty {
            message += (suggestions.isEmpty ? "; valid: " : " Valid: ") + valid.joined(separator: ", ") + "."
        } else if suggestions.isEmpty {
            message += "; find IDs with 'cop search WORDS' or 'cop list risks|topics|harms|terms|checklists'"
        }
        return CommandFailure(message: message, exitCode: 2)
    }
}
