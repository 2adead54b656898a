import ArgumentParser
import ChildOnlineProtection
import GuidelineCompiler
import Foundation

extension COP {
    /// `cop compile`: a content folder compiled into a knowledge-base snapshot, for instant start-up.
    struct Compile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "compile",
            abstract: "Compile a content folder into a knowledge-base snapshot that loads without parsing Markdown.",
            discussion: """
                A snapshot holds the compiled records and their search index. Load it with the global \
                --snapshot FILE option: every subcommand then starts without reading Markdown. The file records \
                the snapshot format and the library version; another version of cop refuses it with a clear \
                error, so write it again after upgrading. Content errors are printed with their locations and \
                no file is written. Without DIR, the guidelines of --content or --snapshot are compiled, or the \
                bundled ones. Layers given with --adaptation are applied first and kept in the snapshot, with \
                their services, laws and changes.

                Examples:
                  cop compile Content/en --output guidelines.snapshot
                  cop compile --adaptation Examples/Adaptations/gb --output gb.snapshot
                  cop --snapshot guidelines.snapshot search "grooming in games"
                """
        )

        @Argument(
            help: ArgumentHelp("The content folder to compile (default: the bundled guidelines).", valueName: "DIR"),
            completion: .directory)
        var directory: String?

        /// `--adaptation` layers to apply and keep; `--content` or `--snapshot` instead of DIR.
        @OptionGroup var content: ContentOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("The snapshot file to write.", valueName: "FILE"))
        var output: String

        func validate() throws {
            if directory?.isEmpty == true { throw ValidationError("compile needs a content folder; '' names none") }
            if directory != nil && (content.directory != nil || content.snapshot != nil) {
                throw ValidationError("DIR and --content or --snapshot both name the guidelines to compile; give one")
            }
            if output.isEmpty { throw ValidationError("--output needs a file; '' names none") }
        }

        func run() throws {
            let adapted =
                try directory.map { try content.adapted(ContentOptions.compiledContent(at: $0)) }
                ?? content.knowledgeBase()
            let bytes: [UInt8]
            do {
                bytes = try adapted.snapshot()
            } catch {
                throw CommandFailure(message: "\(error)", exitCode: 1)
            }
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CommandFailure(
                    message: "cannot write \(output): \(error.localizedDescription)",
                    exitCode: Console.writeFailureExitCode)
            }
        }
    }
}
