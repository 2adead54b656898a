import ArgumentParser

/// The `cop` command: query the ITU 2020 Child Online Protection guidelines from the terminal.
@main
struct COP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cop",
        abstract: "Query the ITU 2020 Child Online Protection guidelines (an independent structured summary).",
        subcommands: [Lint.self]
    )
}
