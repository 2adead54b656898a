import Foundation

/// Whether output is styled: only on a terminal, and never when the user asked for plain text.
enum Terminal {
    /// Colour and bold when stdout is a terminal, unless `NO_COLOR` is set or `TERM=dumb`; forced on by a
    /// non-empty `CLICOLOR_FORCE` other than `0` (for pagers such as `less -R`, and for tests). `NO_COLOR` wins.
    static let usesColour: Bool = {
        let environment = ProcessInfo.processInfo.environment
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) != 0
    }()
}
