import Foundation
import Testing

/// `cop export`, `cop checklist` and `cop coverage` over hostile content: CSV that a spreadsheet opens
/// without running a formula, JSON that parses.
@Suite struct HostileExportCommandTests {
    @Test(
        "CSV from every command: formula cells get a leading quote",
        arguments: [
            ["export", "--format", "csv"], ["checklist", "industry", "--format", "csv"],
            ["checklist", "parents-educators", "--format", "csv"],
            ["coverage", "--format", "csv"],
        ])
    func csv(arguments: [String]) throws {
        let folder = try TerminalSafetyTests.content.get()
        let output = try CommandRunner.run(arguments + ["--content", folder.path])
        #expect(output.status == 0, "\(output.stderr)")
        // Every line that starts a cell: at the start of a line or after a comma, optionally inside quotes.
        let starts = output.stdout.matches(of: /(?:^|,)"?([=+\-@\t\r])/.anchorsMatchLineEndings())
        #expect(starts.isEmpty, "\(starts.map(\.output.1))")
        if arguments[0] != "coverage" {
            #expect(output.stdout.contains("'=HYPERLINK(") || output.stdout.contains("'@SUM(1,1)"))
        }
    }

    @Test(
        "JSON from every command parses over hostile content",
        arguments: [
            ["export"], ["checklist", "industry", "--format", "json"], ["coverage", "--format", "json"],
            ["search", "--json", "grooming"],
        ])
    func json(arguments: [String]) throws {
        let folder = try TerminalSafetyTests.content.get()
        let output = try CommandRunner.run(arguments + ["--content", folder.path])
        #expect(output.status == 0, "\(output.stderr)")
        _ = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
        #expect(!output.stdout.contains("\u{FFFD}"), "JSON escapes controls itself; nothing is lost to the sanitiser")
    }
}
