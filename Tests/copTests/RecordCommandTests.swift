import ChildOnlineProtection
import Foundation
import Testing

@Suite struct RecordCommandTests {
    @Test("cop show of a recommendation prints its title, relations, provenance and file:line")
    func showRecommendation() throws {
        let base = try KnowledgeBase.bundled()
        let recommendation = try #require(base.recommendation(id: "pe-game-shared-room"))
        let output = try CommandRunner.run(["show", recommendation.id])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == recommendation.title)
        #expect(lines.dropFirst().first == "recommendation pe-game-shared-room · parents-educators")
        #expect(lines.contains("Source:     \(recommendation.location.file):\(recommendation.location.line)"))
        #expect(lines.contains { $0.hasPrefix("Section:") && $0.contains("(\(recommendation.sectionID))") })
        #expect(lines.contains { $0.hasPrefix("Risks:") && $0.contains("Online grooming (grooming)") })
        #expect(lines.contains("Readers:    parents"))
        #expect(lines.contains("Provenance: \(recommendation.provenance.source)"))
        #expect(lines.contains("Confidence: \(recommendation.provenance.confidence.rawValue)"))
    }

    @Test("cop show of a risk prints its category, aliases, harms and counts per audience")
    func showRisk() throws {
        let output = try CommandRunner.run(["show", "grooming"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("Online grooming\nrisk grooming · contact (4C category)\n"))
        #expect(output.stdout.contains("Aliases: "))
        #expect(output.stdout.contains("Harms: "))
        #expect(output.stdout.contains("Advice:  children "))
        #expect(output.stdout.contains("Source:  Content/en/catalogues/risks.md:"))
    }

    @Test(
        "cop show knows every kind of ID",
        arguments: [
            "industry", "checklist-national", "in-child-rights-policy", "emotional-distress", "gaming", "term-csam",
        ])
    func showKinds(id: String) throws {
        let output = try CommandRunner.run(["show", id])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains(id))
        #expect(output.stdout.contains("Content/en/"))
    }

    @Test("cop risk shows what each audience is asked to do, in audience order")
    func riskView() throws {
        let output = try CommandRunner.run(["risk", "cyberbullying", "--limit", "2"])
        #expect(output.status == 0, "\(output.stderr)")
        let text = output.stdout
        let headings = Audience.allCases.compactMap { text.range(of: "\n\($0.rawValue) (")?.lowerBound }
        #expect(headings.count == 4)
        #expect(headings == headings.sorted())
        #expect(text.contains("What each audience is asked to do:"))
        #expect(text.contains("Harms: "))
    }

    @Test("cop topic lists recommendations per audience")
    func topicView() throws {
        let output = try CommandRunner.run(["topic", "gaming", "--limit", "1"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("Online gaming\ntopic gaming\n"))
        #expect(output.stdout.contains("\nindustry (1 of "))
    }

    @Test("cop list names every risk, or those of one category")
    func list() throws {
        let all = try CommandRunner.run(["list", "risks"])
        #expect(all.stdout.split(separator: "\n").count == 20)
        let contact = try CommandRunner.run(["list", "risks", "--category", "contact"])
        let ids = contact.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(ids == RiskID.allCases.filter { $0.category == .contact }.map(\.rawValue))
        let checklists = try CommandRunner.run(["list", "checklists", "--audience", "policy-makers"])
        #expect(checklists.stdout.hasPrefix("checklist-national "))
        let audiences = try CommandRunner.run(["list", "audiences"])
        #expect(audiences.stdout.split(separator: "\n").count == 4)
    }

    @Test("cop list --category with something other than risks is a usage error")
    func listMisuse() throws {
        let output = try CommandRunner.run(["list", "topics", "--category", "contact"])
        #expect(output.status == 64)
        #expect(output.stderr == "error: --category applies to 'cop list risks' only. (see 'cop list --help')\n")
    }

    @Test("cop suggest completes words and titles")
    func suggest() throws {
        let output = try CommandRunner.run(["suggest", "cyber"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.count <= 10)
        #expect(lines.allSatisfy { $0.lowercased().contains("cyber") })
        let none = try CommandRunner.run(["suggest", "qqqqzzz"])
        #expect(none.status == 0 && none.stdout.isEmpty)
        #expect(none.stderr == "note: no suggestions for 'qqqqzzz'\n")
    }
}
