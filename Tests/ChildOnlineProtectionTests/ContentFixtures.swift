import ChildOnlineProtection
import GuidelineCompiler

/// Small in-memory content folders for compiler tests.
enum ContentFixtures {
    static let root = "content"

    static let risks = """
        # Risks
        - Catalogue: risks

        ## Online grooming
        - ID: grooming
        - Category: contact
        - Aliases: luring, child pornography (legacy term)
        - Harms: [Distress](harms.md#distress)

        An adult builds trust with a child in order to abuse them.
        """

    static let harms = """
        # Harms
        - Catalogue: harms

        ## Distress
        - ID: distress

        Fear, shame or worry that lasts.
        """

    static let topics = """
        # Topics
        - Catalogue: topics

        ## Gaming
        - ID: gaming
        - Aliases: online games

        Playing games online.
        """

    static let chapter = """
        # Talking about grooming
        - ID: pe-grooming
        - Set: parents-educators
        - Source: General good practice
        - Confidence: general-practice

        Intro.

        ## Prevent
        - ID: pe-grooming-prevent
        - Readers: parents

        ### Ask who your child plays with
        - ID: pe-grooming-ask
        - Risks: [Grooming](../catalogues/risks.md#grooming)
        - Topics: [Gaming](../catalogues/topics.md#gaming)
        - Questions: Who is my child talking to in game chat? | How do I ask about online friends without a fight?

        Ask about new friends in game chat, without judging.
        """

    static let guidelineSets = """
        # Guideline sets
        - Catalogue: guideline-sets

        ## Guidelines for parents and educators
        - ID: parents-educators
        - Source: General good practice
        - Confidence: general-practice

        For parents, carers and teachers.
        """

    /// A valid folder; `overrides` replaces or adds files by path relative to the root.
    static func files(_ overrides: [String: String] = [:]) -> [ContentFile] {
        var files = [
            "catalogues/risks.md": risks,
            "catalogues/harms.md": harms,
            "catalogues/topics.md": topics,
            "catalogues/guideline-sets.md": guidelineSets,
            "parents-educators/grooming.md": chapter,
        ]
        files.merge(overrides) { _, new in new }
        return files.map { ContentFile(path: "\(root)/\($0.key)", text: $0.value) }
    }

    static func compile(_ overrides: [String: String] = [:]) -> Compilation {
        ContentCompiler.compile(files(overrides), root: root)
    }

    /// The `Questions` line of the chapter's recommendation (line 17).
    static let questionsLine =
        "- Questions: Who is my child talking to in game chat? | How do I ask about online friends without a fight?"

    /// The chapter with its section's confidence set to `confidence` and `fields` added to its
    /// recommendation's field list from line 18 on.
    static func chapter(confidence: String, recordFields fields: [String]) -> [String: String] {
        let sectioned = chapter.replacingOccurrences(
            of: "- Confidence: general-practice", with: "- Confidence: \(confidence)")
        return [
            "parents-educators/grooming.md": sectioned.replacingOccurrences(
                of: questionsLine, with: ([questionsLine] + fields).joined(separator: "\n"))
        ]
    }

    /// The chapter with `original` replaced by `replacement`.
    static func chapter(replacing original: String, with replacement: String) -> [String: String] {
        ["parents-educators/grooming.md": chapter.replacingOccurrences(of: original, with: replacement)]
    }
}

extension String {
    func replacingOccurrences(of original: String, with replacement: String) -> String {
        split(separator: original, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
