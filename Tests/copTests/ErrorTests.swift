import Foundation
import ChildOnlineProtection
import Testing

/// Every error path: its message (one line on stderr) and its exit code.
@Suite struct ErrorTests {
    @Test("an unknown ID exits 2 and names close IDs")
    func unknownID() throws {
        let output = try CommandRunner.run(["show", "groomin"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("error: unknown ID 'groomin'; did you mean 'grooming'"))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }

    @Test("an unknown risk or topic exits 2 and names the valid ones")
    func unknownRiskOrTopic() throws {
        let risk = try CommandRunner.run(["risk", "cyberbulying"])
        #expect(risk.status == 2)
        #expect(
            risk.stderr.hasPrefix(
                "error: unknown risk 'cyberbulying'; did you mean 'cyberbullying'? Valid: csam, csea, "))
        let topic = try CommandRunner.run(["topic", "nothing-like-it"])
        #expect(topic.status == 2)
        #expect(topic.stderr.hasPrefix("error: unknown topic 'nothing-like-it'; valid: gaming, "))
    }

    @Test("an unknown checklist exits 2 and names the audience's checklists")
    func unknownChecklist() throws {
        let output = try CommandRunner.run(["checklist", "industry", "--feature", "user-generated"])
        #expect(output.status == 2)
        #expect(
            output.stderr
                == """
                error: unknown checklist 'user-generated'; did you mean 'user-generated-content'? Valid: \
                connectivity-hosting, curated-content, user-generated-content, ai-systems.\n
                """
        )
        let none = try CommandRunner.run(["checklist", "children", "--feature", "x"])
        #expect(none.status == 2)
        #expect(none.stderr.hasPrefix("error: children has no checklists"))
    }

    @Test("an unknown audience exits 64 and lists the valid values on one line")
    func unknownAudience() throws {
        let output = try CommandRunner.run(["search", "--audience", "parents", "bullying"])
        #expect(output.status == 64)
        #expect(
            output.stderr
                == """
                error: The value 'parents' is invalid for '--audience <audience>'. Please provide one of \
                'children', 'parents-educators', 'industry' or 'policy-makers'. (see 'cop search --help')\n
                """
        )
    }

    @Test(
        "an unknown value of any closed vocabulary exits 64 and names every valid value",
        arguments: [
            (["search", "--risk", "bullying", "x"], "csam, csea, grooming"),
            (["search", "--kind", "page", "x"], "section, risk, harm, recommendation, checklist-item, topic, term"),
            (["search", "--age-band", "8", "x"], "'under-9', '9-12' or '13-18'"),
            (["search", "--topic", "gamin", "x"], "Did you mean 'gaming'?"),
            (["checklist", "teachers"], "'children', 'parents-educators', 'industry' or 'policy-makers'"),
            (["checklist", "industry", "--format", "pdf"], "'markdown', 'json' or 'csv'"),
            (["coverage", "--format", "xml"], "'table', 'csv', 'json' or 'markdown'"),
            (["export", "--format", "xml"], "'json' and 'csv'"),
            (["list", "things"], "audiences, risks, topics, harms, terms, checklists"),
            (["list", "risks", "--category", "contract-law"], "'content', 'contact', 'conduct' or 'contract'"),
        ])
    func invalidValues(arguments: [String], named: String) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 64, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("error: "))
        #expect(output.stderr.contains(named), "\(output.stderr)")
        #expect(output.stderr.split(separator: "\n").count == 1, "\(output.stderr)")
    }

    @Test(
        "out-of-range numbers are usage errors",
        arguments: [
            ["search", "--limit", "0", "x"], ["search", "--limit", "100000", "x"], ["search", "--offset", "-1", "x"],
            ["search", "--limit", "9223372036854775807", "x"], ["search", "--limit", "ten", "x"],
            ["risk", "grooming", "--limit", "0"],
            ["suggest", "--limit", "1000", "x"],
        ])
    func badNumbers(arguments: [String]) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("error: "))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }

    @Test(
        "an unknown subcommand, a bad flag or a missing argument is one line and non-zero",
        arguments: [
            ["frobnicate"], ["search", "--bogus", "x"], ["show"], ["show", "a", "b"], ["checklist"], ["list"],
            ["suggest"], ["lint"],
        ])
    func usageErrors(arguments: [String]) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 64)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("error: "))
        #expect(output.stderr.split(separator: "\n").count == 1, "\(output.stderr)")
    }

    /// Hostile IDs by name (the names keep the test log short).
    static let hostileIDValues: [String: String] = [
        "empty": "", "space": " ", "quote": "\"", "emoji": "😀",
        "10,000 characters": String(repeating: "a", count: 10_000),
        "path": "../../etc/passwd", "escape sequence": "x\u{1B}[31mred",
    ]

    @Test("hostile IDs get a clean one-line error from show, never a crash", arguments: hostileIDValues.keys.sorted())
    func hostileIDs(name: String) throws {
        try expectCleanFailure(["show", Self.hostileIDValues[name] ?? ""])
    }

    @Test("hostile IDs get a clean one-line error from risk, topic and checklist --feature")
    func hostileIDsElsewhere() throws {
        for id in ["", String(repeating: "a", count: 10_000), "x\u{1B}[31mred"] {
            for command in [["risk"], ["topic"], ["checklist", "industry", "--feature"]] {
                try expectCleanFailure(command + [id])
            }
        }
    }

    private func expectCleanFailure(_ arguments: [String]) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 2, "\(arguments.first ?? "") \(output.stderr.prefix(200))")
        #expect(output.stderr.hasPrefix("error: "))
        #expect(output.stderr.split(separator: "\n").count == 1)
        #expect(!output.stderr.contains("\u{1B}"))
        #expect(output.stderr.count < 1000)
    }

    @Test("--help, --version and completion scripts exit 0")
    func cleanExits() throws {
        let version = try CommandRunner.run(["--version"])
        #expect(version.status == 0 && version.stdout == "\(KnowledgeBase.libraryVersion)\n")
        let help = try CommandRunner.run(["search", "--help"])
        #expect(help.status == 0 && help.stdout.contains("cop search --audience parents-educators"))
        let rootHelp = try CommandRunner.run(["--help"])
        #expect(rootHelp.stdout.contains("64  usage error"))
        let completion = try CommandRunner.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0 && completion.stdout.contains("_cop"))
    }
}
