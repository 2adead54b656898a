import ArgumentParser
import ChildOnlineProtection

/// What `cop risk` and `cop topic` share: their options, looking up one subject by ID (exit 2 naming close
/// and valid IDs when none has it), and printing it in full followed, audience by audience, by what each
/// guideline set asks about it.
///
/// A conforming command names its subject and says how to find and show it; `run()` is this protocol's.
protocol CrossAudienceCommand: ParsableCommand {
    /// What the subject is called in errors: `unknown risk 'x'`.
    static var subjectName: String { get }
    /// The help of the ID argument.
    static var idHelp: String { get }

    /// `--content`, `--adaptation`, the ID and `--limit`.
    var options: CrossAudienceOptions<Self> { get }

    /// Every ID a subject of this kind can have in `base`, for the error.
    static func validIDs(in base: KnowledgeBase) -> [String]
    /// The subject with `id` in full, then its ``CrossAudienceView`` with at most `limit` recommendations per
    /// audience; `nil` when no subject has `id`.
    static func lines(for id: String, limit: Int, in base: KnowledgeBase) -> [StyledText]?
}

extension CrossAudienceCommand {
    func run() throws {
        let base = try options.content.knowledgeBase()
        guard let lines = Self.lines(for: options.id, limit: options.limit.value, in: base) else {
            let valid = Self.validIDs(in: base)
            throw CommandFailure.notFound(
                Self.subjectName, options.id, suggestions: base.closeIDs(to: options.id, among: valid), valid: valid)
        }
        try Console.write(lines: lines)
    }
}

/// The options of a ``CrossAudienceCommand``, in the order the help lists them.
struct CrossAudienceOptions<Command: CrossAudienceCommand>: ParsableArguments {
    @OptionGroup var content: ContentOptions

    @Argument(help: ArgumentHelp(Command.idHelp))
    var id: String

    @OptionGroup var limit: PerAudienceLimit
}
