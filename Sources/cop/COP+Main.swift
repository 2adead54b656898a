import ArgumentParser
import Foundation

extension COP {
    /// Runs the command and turns every error into one line on stderr and an exit code: argument-parser's
    /// own output for usage errors spans several lines (the message, the usage, a bulleted value list).
    static func main() {
        if let problem = ArgumentCount.problem(with: CommandLine.arguments.dropFirst()) {
            Console.writeError("error: \(problem)")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Console.writeError("error: \(failure.message)")
            Foundation.exit(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help, --version, --generate-completion-script.
                let text = fullMessage(for: error)
                do {
                    if !text.isEmpty { try Console.write(text + "\n") }
                } catch {
                    Console.writeError("error: \(error.message)")
                    Foundation.exit(error.exitCode)
                }
                Foundation.exit(ExitCode.success.rawValue)
            }
            let message = oneLine(Self.message(for: error))
            if !message.isEmpty { Console.writeError("error: \(message) (see '\(helpCommand)')") }
            Foundation.exit(code.rawValue)
        }
    }

    /// Argument-parser's message on one line: a bulleted list of valid values becomes a comma-separated one.
    static func oneLine(_ message: String) -> String {
        let lines = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        let bullets = lines.filter { $0.hasPrefix("- ") }.map { $0.dropFirst(2) }
        let prose = lines.filter { !$0.hasPrefix("- ") }.joined(separator: " ")
        return bullets.isEmpty ? prose : prose + " " + bullets.joined(separator: ", ")
    }

    /// `cop SUBCOMMAND --help` for the subcommand on the command line, or `cop --help`.
    private static var helpCommand: String {
        let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName })
        let subcommand = CommandLine.arguments.dropFirst().first { names.contains($0) }
        return subcommand.map { "cop \($0) --help" } ?? "cop --help"
    }
}
