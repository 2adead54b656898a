import ArgumentParser
import ChildOnlineProtection

/// The `cop` command: query the ITU 2020 Child Online Protection guidelines from the terminal.
///
/// Each subcommand is a type nested in `COP` (`COP.Search` is `cop search`), one a file, named as it is typed;
/// every subcommand's configuration gives its `commandName`, which the error messages name.
@main
struct COP: ParsableCommand {
    /// Lets `--content DIR` come before the subcommand too (`cop --content DIR search ...`).
    @OptionGroup var content: ContentOptions

    static let configuration = CommandConfiguration(
        commandName: "cop",
        abstract: "Query the ITU 2020 Child Online Protection guidelines (an independent structured summary).",
        discussion: """
            Every subcommand reads the guidelines bundled into this binary, or the content folder given \
            with --content DIR (a national adaptation, a translation).

            Examples:
              cop search --audience parents-educators "my son is being bullied in a group chat"
              cop show pe-gaming-shared-rooms
              cop risk grooming
              cop checklist industry --feature user-generated-content
              cop coverage --format csv

            Exit codes:
              0   success
              1   content errors (cop lint, or a --content folder with errors)
              2   not found (an unknown ID; close IDs are named)
              64  usage error (unknown subcommand, option or value; the valid values are named)
              74  the output could not be written (a full disk, /dev/full); nothing is lost silently

            Colour: search highlights are bold yellow on a terminal; output is plain when stdout is not \
            a terminal or the NO_COLOR environment variable is set (CLICOLOR_FORCE=1 forces colour). \
            Control characters and bidirectional overrides in content, file names or arguments are \
            shown as U+FFFD, never passed to the terminal.
            """,
        version: KnowledgeBase.libraryVersion,
        subcommands: [
            Search.self, Show.self, Risk.self, Topic.self, List.self, Checklist.self,
            Coverage.self, Export.self, Suggest.self, Lint.self, Vectors.self, Diff.self, Compile.self,
        ]
    )
}
