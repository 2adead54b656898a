import ArgumentParser
import ChildOnlineProtection
import Foundation

/// `--content DIR`, shared by every subcommand that reads the guidelines.
struct ContentOptions: ParsableArguments {
    @Option(
        name: .customLong("content"),
        help: ArgumentHelp("Use the content folder DIR instead of the bundled guidelines.", valueName: "DIR"),
        completion: .directory
    )
    var directory: String?

    func validate() throws {
        // An empty path would silently read the current folder.
        if directory?.isEmpty == true { throw ValidationError("--content needs a folder; '' names none") }
    }

    /// The bundled knowledge base, or the one compiled from `--content`. Content with errors prints each
    /// diagnostic to stderr and exits 1; warnings are printed and the content is used.
    func knowledgeBase() throws -> KnowledgeBase {
        let compilation = directory.map { KnowledgeBase.compile(contentsOf: URL(fileURLWithPath: $0)) } ?? KnowledgeBase.bundledCompilation
        for diagnostic in compilation.diagnostics {
            Console.writeError(diagnostic.description)
        }
        if compilation.hasErrors { throw ExitCode(1) }
        return compilation.knowledgeBase
    }
}
