import ArgumentParser
import ChildOnlineProtection
import Foundation

/// `cop lint DIR`: compile a content folder and print its diagnostics.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a content folder and print compiler-style diagnostics.",
        usage: "cop lint Content/en",
        discussion: """
            Prints one 'file:line:column: error|warning: message' line per problem to stderr and a \
            summary to stdout. Exits 1 when there are errors.

            Examples:
              cop lint Content/en
              cop lint my-adaptation/
            """
    )

    @Argument(help: "The content folder to check.", completion: .directory)
    var directory: String

    func validate() throws {
        // An empty path would silently read the current folder.
        if directory.isEmpty { throw ValidationError("lint needs a folder; '' names none") }
    }

    func run() throws {
        let compilation = KnowledgeBase.compile(contentsOf: URL(fileURLWithPath: directory))
        for diagnostic in compilation.diagnostics {
            Console.writeError(diagnostic.description)
        }
        let errors = compilation.diagnostics.filter { $0.severity == .error }.count
        let warnings = compilation.diagnostics.count - errors
        let base = compilation.knowledgeBase
        try Console.write(lines: ["\(base.recommendations.count) recommendations, \(base.sections.count) sections, \(base.risks.count) risks, \(base.harms.count) harms, \(base.topics.count) topics, \(base.terms.count) terms; \(errors) errors, \(warnings) warnings"])
        if errors > 0 { throw ExitCode(1) }
    }
}
