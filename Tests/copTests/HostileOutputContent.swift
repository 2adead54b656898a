import Foundation

/// A content folder written at test time whose every text field attacks the reader: terminal escape
/// sequences (raw and as HTML entities), C1 controls, bidirectional overrides, the private-use characters
/// `cop` once used as highlight markers, spreadsheet formulas, and a file name that carries an escape
/// sequence. It compiles without errors, so every subcommand runs over it.
enum HostileOutputContent {
    /// What each title and text carries. Raw C0 controls other than ESC and BEL would end a Markdown line,
    /// so those come as entities, which cmark-gfm decodes into the same characters.
    static let attack = [
        "\u{1B}]0;pwned\u{07}",  // OSC: set the window title (raw ESC ... BEL)
        "&#27;[2J&#27;[H",  // clear the screen, from entities
        "&#x9b;31m",  // C1 CSI from an entity
        "\u{9D}0;title\u{9C}",  // raw C1 OSC ... ST
        "\u{202E}evil\u{202C}",  // right-to-left override ... pop
        "&#x2066;isolate&#x2069;",  // left-to-right isolate ... pop, from entities
        "\u{E000}marker\u{E001}",  // the old highlight markers
        "back&#8;space&#13;carriage",  // backspace, carriage return
    ].joined(separator: " ")

    /// The same text after cmark-gfm decoded its entities: what the compiled records hold.
    static let decodedAttack =
        attack
        .replacingOccurrences(of: "&#27;", with: "\u{1B}").replacingOccurrences(of: "&#x9b;", with: "\u{9B}")
        .replacingOccurrences(of: "&#x2066;", with: "\u{2066}").replacingOccurrences(of: "&#x2069;", with: "\u{2069}")
        .replacingOccurrences(of: "&#8;", with: "\u{8}").replacingOccurrences(of: "&#13;", with: "\u{D}")

    /// Cells a spreadsheet would run as formulas (OWASP "CSV injection"), one per record title.
    static let formulas = ["=HYPERLINK(\"http://example.invalid\",\"x\")", "+1+1", "-2+3", "@SUM(1,1)"]

    /// The chapter file's name: an escape sequence that turns the rest of the line red.
    static let hostileFileName = "\u{1B}[31mred.md"

    /// Writes the folder and returns its URL (a fresh temporary folder each call).
    static func write() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cop-hostile-output-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// The IDs of one record of each kind, for `cop show`.
    static let ids = [
        "parents-educators", "industry", "grooming", "distress", "gaming", "term-hostile", "checklist-hostile",
        "pe-hostile", "pe-hostile-sub", "pe-hostile-rec", "in-hostile-item",
    ]

    private static var files: [(String, String)] {
        [
            (
                "catalogues/guideline-sets.md",
                """
                # Guideline sets \(attack)
                - Catalogue: guideline-sets

                ## Parents \(attack)
                - ID: parents-educators
                - Source: \(attack)
                - Confidence: general-practice

                For parents. \(attack)

                ## Industry \(formulas[0])
                - ID: industry
                - Source: General good practice
                - Confidence: general-practice

                For companies. \(attack)
                """
            ),
            (
                "catalogues/risks.md",
                """
                # Risks
                - Catalogue: risks

                ## Grooming \(attack)
                - ID: grooming
                - Category: contact
                - Aliases: luring \(attack), \(formulas[1])
                - Harms: [Distress](harms.md#distress)

                An adult builds trust with a child to abuse them. \(attack)
                """
            ),
            (
                "catalogues/harms.md",
                """
                # Harms
                - Catalogue: harms

                ## Distress \(attack)
                - ID: distress

                Fear that lasts. \(attack)
                """
            ),
            (
                "catalogues/topics.md",
                """
                # Topics
                - Catalogue: topics

                ## Gaming \(attack)
                - ID: gaming
                - Aliases: online games \(attack)

                Playing games online. \(attack)
                """
            ),
            (
                "catalogues/glossary.md",
                """
                # Glossary
                - Catalogue: glossary

                ## \(formulas[2]) Term \(attack)
                - ID: term-hostile
                - Aliases: hostile \(attack)
                - Related: [Grooming](risks.md#grooming)

                A word. \(attack)
                """
            ),
            (
                "catalogues/checklists.md",
                """
                # Checklists
                - Catalogue: checklists

                ## Checklist \(attack)
                - ID: checklist-hostile
                - Set: industry

                What to check. \(attack)
                """
            ),
            (
                "parents-educators/\(hostileFileName)",
                """
                # Chapter \(attack)
                - ID: pe-hostile
                - Set: parents-educators
                - Source: \(attack)
                - Confidence: general-practice

                Intro. \(attack)

                ## Section \(attack)
                - ID: pe-hostile-sub

                Section text. \(attack)

                ### \(formulas[0])
                - ID: pe-hostile-rec
                - Risks: [Grooming](../catalogues/risks.md#grooming)
                - Topics: [Gaming](../catalogues/topics.md#gaming)

                Talk about grooming \(attack) before grooming in game chat happens. \(attack)
                """
            ),
            (
                "industry/chapter.md",
                """
                # Industry chapter \(attack)
                - ID: in-hostile
                - Set: industry
                - Source: General good practice
                - Confidence: general-practice

                Intro.

                ## Items \(attack)
                - ID: in-hostile-sub
                - Checklist: [Checklist](../catalogues/checklists.md#checklist-hostile)

                ### \(formulas[3])
                - ID: in-hostile-item
                - Risks: [Grooming](../catalogues/risks.md#grooming)

                Detect grooming \(attack) in chat.
                """
            ),
        ]
    }
}
