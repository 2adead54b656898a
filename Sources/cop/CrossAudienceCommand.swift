import ArgumentParser
import ChildOnlineProtection

/// What `cop risk` and `cop topic` share: look up one subject by ID (exit 2 naming close and valid IDs when
/// none has it), then print it in full and, audience by audience, what each guideline set asks about it.
///
/// A conforming command declares its options (`content`, `id`, `limit`) and says how its subject is found,
/// shown and collected; `run()` is this protocol's.
protocol CrossAudienceCommand: ParsableCommand {
    /// The entity the command shows (a risk, a topic).
    associatedtype Subject

    /// What the subject is called in errors: `unknown risk 'x'`.
    static var subjectName: String { get }

    /// `--content DIR` and `--adaptation DIR`.
    var content: ContentOptions { get }
    /// The subject's ID, as typed.
    var id: String { get }
    /// How many recommendations per audience.
    var limit: PerAudienceLimit { get }

    /// The subject with `id` in `base`, or `nil`.
    static func subject(_ id: String, in base: KnowledgeBase) -> Subject?
    /// Every ID a subject of this kind can have in `base`, for the error.
    static func validIDs(in base: KnowledgeBase) -> [String]
    /// The subject in full.
    static func detail(of subject: Subject, in base: KnowledgeBase) -> [StyledText]
    /// One column per audience: the recommendations about the subject, at most `limit` each.
    static func columns(for subject: Subject, limit: Int, in base: KnowledgeBase) -> [CrossAudienceView.Column]
}

extension CrossAudienceCommand {
    func run() throws {
        let base = try content.knowledgeBase()
        guard let subject = Self.subject(id, in: base) else {
            let valid = Self.validIDs(in: base)
            throw CommandFailure.notFound(
                Self.subjectName, id, suggestions: base.closeIDs(to: id, among: valid), valid: valid)
        }
        let columns = Self.columns(for: subject, limit: limit.value, in: base)
        try Console.write(lines: Self.detail(of: subject, in: base) + CrossAudienceView(columns: columns).lines())
    }
}
