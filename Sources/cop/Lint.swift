import ArgumentParser
import ChildOnlineProtection
import GuidelineCompiler
import Foundation

extension COP {
    /// `cop lint DIR`: compile a content folder and print its diagnostics.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
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

        @Argument(
            help: "The content folder to check (default with --adaptation: the bundled guidelines).",
            completion: .directory)
        var directory: String?

        @OptionGroup var content: ContentOptions

        var adaptations: [String] { content.adaptations }

        func validate() throws {
            if directory == nil, adaptations.isEmpty {
                throw ValidationError("give a content folder to check, or --adaptation DIR.")
            }
            // An empty path would silently read the current folder.
            if directory?.isEmpty == true { throw ValidationError("lint needs a folder; '' names none") }
        }

        func run() throws {
            guard let directory else { return try lintLayers() }
            let compilation = KnowledgeBase.compile(contentsOf: URL(fileURLWithPath: directory))
            for diagnostic in compilation.diagnostics {
                Console.writeError(diagnostic.description)
            }
            let errors = compilation.diagnostics.filter { $0.severity == .error }.count
            let warnings = compilation.diagnostics.count - errors
            let base = compilation.knowledgeBase
            try Console.write(lines: [
                """
                \(base.recommendations.count) recommendations, \(base.sections.count) sections, \(base.risks.count) \
                risks, \(base.harms.count) harms, \(base.topics.count) topics, \(base.terms.count) terms; \(errors) \
                errors, \(warnings) warnings
                """
            ])
            if errors > 0 { throw ExitCode(1) }
        }

        /// `cop lint --adaptation DIR...`: each layer on its own, then the stack applied to the bundled guidelines.
        private func lintLayers() throws {
            let compilations = adaptations.map { Adaptation.compile(contentsOf: URL(fileURLWithPath: $0)) }
            let layers = compilations.compactMap(\.adaptation)
            let applied = try KnowledgeBase.bundled().adapting(layers)
            let diagnostics = compilations.flatMap(\.diagnostics) + applied.diagnostics
            for diagnostic in diagnostics { Console.writeError(diagnostic.description) }
            let errors = diagnostics.filter { $0.severity == .error }.count
            let changes = layers.reduce(0) { $0 + $1.changes.count }
            let added = layers.reduce(0) { $0 + $1.additions.count + $1.terms.count }
            try Console.write(lines: [
                """
                \(layers.count) layers: \(changes) changes, \(added) added records, \
                \(applied.knowledgeBase.services.count) services, \(applied.knowledgeBase.laws.count) laws; \(errors) \
                errors, \(diagnostics.count - errors) warnings
                """
            ])
            if errors > 0 { throw ExitCode(1) }
        }
    }
}
