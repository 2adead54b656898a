import Foundation
import Testing

@testable import cop

/// Nothing `cop` writes can attack the terminal that shows it: every subcommand, over content whose every
/// field carries escape sequences, C1 controls, bidirectional overrides and the old highlight markers, and
/// over hostile arguments, writes only safe scalars and only its own, balanced, escape sequences.
@Suite struct TerminalSafetyTests {
    static let content = Result { try HostileOutputContent.write() }

    /// Every subcommand and output format, run over the hostile folder (`--content` is added).
    static let contentCommands: [[String]] =
        [
            ["search", "grooming"], ["search", "--explain", "grooming", "game"], ["search", "--json", "grooming"],
            ["search", "--kind", "risk", "luring"], ["risk", "grooming"], ["topic", "gaming"],
            ["list", "audiences"], ["list", "risks"], ["list", "topics"], ["list", "harms"], ["list", "terms"],
            ["list", "checklists"],
            ["checklist", "industry"], ["checklist", "industry", "--format", "csv"],
            ["checklist", "industry", "--format", "json"],
            ["checklist", "parents-educators"], ["coverage"], ["coverage", "--format", "csv"],
            ["coverage", "--format", "json"],
            ["export"], ["export", "--format", "csv"], ["suggest", "gro"], ["suggest", "hostile"],
        ] + HostileOutputContent.ids.map { ["show", $0] }

    /// Arguments that attack through argument-parser's messages and ours.
    static let hostileArguments: [[String]] = [
        ["show", "\u{1B}]0;pwned\u{07}"], ["risk", "\u{1B}[2Jgrooming"], ["topic", "\u{202E}gaming"],
        ["search", "--audience", "\u{1B}[31mparents", "x"], ["search", "--topic", "\u{9B}31m", "x"],
        ["frobnicate\u{1B}[5m"],
        ["search", "--bogus\u{1B}[2J", "x"], ["checklist", "industry", "--feature", "\u{202E}ugc"],
        ["list", "\u{1B}[8m"],
        ["suggest", "\u{1B}[2J\u{E000}"], ["search", "\u{1B}]0;x\u{07}", "\u{202E}"],
        ["lint", "/nonexistent/\u{1B}[31m"],
    ]

    @Test(
        "every subcommand over hostile content writes no unsafe scalar and only its own escape sequences",
        arguments: contentCommands, [false, true])
    func contentCommand(arguments: [String], colour: Bool) throws {
        let folder = try Self.content.get()
        let output = try CommandRunner.run(
            arguments + ["--content", folder.path], environment: colour ? ["CLICOLOR_FORCE": "1"] : ["NO_COLOR": "1"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(!output.stdout.isEmpty)
        Self.expectSafe(output.stdout, colour: colour)
        Self.expectSafe(output.stderr, colour: false)
    }

    @Test("lint over the hostile folder: the escape in a file name is neutralised in every diagnostic")
    func lint() throws {
        let folder = try Self.content.get()
        let output = try CommandRunner.run(["lint", folder.path])
        Self.expectSafe(output.stdout, colour: false)
        Self.expectSafe(output.stderr, colour: false)
        #expect(output.stdout.contains("0 errors"), "\(output.stderr)")
    }

    @Test("hostile arguments come back in error messages neutralised, on one line", arguments: hostileArguments)
    func hostileArgument(arguments: [String]) throws {
        let output = try CommandRunner.run(arguments)
        Self.expectSafe(output.stdout, colour: false)
        Self.expectSafe(output.stderr, colour: false)
        if output.status != 0 {
            #expect(output.stderr.split(separator: "\n").count == 1, "\(output.stderr)")
        }
    }

    @Test("the hostile text stays visible: each unsafe scalar becomes U+FFFD, the words around it remain")
    func visible() throws {
        let folder = try Self.content.get()
        let output = try CommandRunner.run(["show", "grooming", "--content", folder.path])
        #expect(output.stdout.contains("\u{FFFD}]0;pwned\u{FFFD}"))
        #expect(output.stdout.contains("\u{FFFD}evil\u{FFFD}"))
        #expect(output.stdout.contains("\u{E000}marker\u{E001}"), "private-use characters are text, not markers")
        let search = try CommandRunner.run(["search", "grooming", "--content", folder.path])
        #expect(search.stdout.contains("\u{FFFD}[31mred.md:"), "the file name, neutralised: \(search.stdout)")
    }

    // MARK: Units

    @Test("the sanitiser replaces C0 (but line feed and tab), DEL, C1 and bidi controls, and nothing else")
    func sanitizer() {
        for value in UInt32(0)...0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let unsafe =
                (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            #expect(TerminalSanitizer.isUnsafe(scalar) == unsafe, "U+\(String(value, radix: 16))")
        }
        #expect(!TerminalSanitizer.isUnsafe("\u{E000}") && !TerminalSanitizer.isUnsafe("\u{200F}"))
        #expect(TerminalSanitizer.sanitized("a\u{1B}[2Jb\u{202E}c\n\td") == "a\u{FFFD}[2Jb\u{FFFD}c\n\td")
        #expect(TerminalSanitizer.sanitized("plain é 😀") == "plain é 😀")
        let once = TerminalSanitizer.sanitized(HostileOutputContent.decodedAttack)
        #expect(TerminalSanitizer.sanitized(once) == once)
        #expect(!once.unicodeScalars.contains(where: TerminalSanitizer.isUnsafe))
    }

    @Test("styles wrap sanitised text: content cannot forge, open or close an escape sequence")
    func styledText() {
        let title = "evil\u{1B}[0m\u{1B}]0;x\u{07}\u{E000}"
        let line: StyledText = "1. \(bold: title) and \(HostileOutputContent.decodedAttack)"
        let plain = line.rendered(colour: false)
        #expect(!plain.unicodeScalars.contains(where: TerminalSanitizer.isUnsafe))
        let coloured = line.rendered(colour: true)
        #expect(coloured.hasPrefix("1. \u{1B}[1mevil\u{FFFD}[0m\u{FFFD}]0;x\u{FFFD}\u{E000}\u{1B}[0m and "))
        Self.expectSafe(coloured, colour: true)
        var multiline = StyledText("a\nb", style: .highlight)
        multiline.append("\n")
        #expect(multiline.rendered(colour: true) == "\u{1B}[1;33ma\u{1B}[0m\n\u{1B}[1;33mb\u{1B}[0m\n")
    }

    // MARK: Checks

    /// `text` has no unsafe scalar once `cop`'s own styles are taken out, and (in colour) every style it
    /// opens is closed on the same line.
    static func expectSafe(_ text: String, colour: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        var rest = text
        if colour {
            rest = rest.replacing(/\x{1B}\[(1|1;33)m[^\x{1B}\n]*\x{1B}\[0m/, with: "")
        }
        let unsafe = rest.unicodeScalars.filter(TerminalSanitizer.isUnsafe).map { "U+" + String($0.value, radix: 16) }
        #expect(
            unsafe.isEmpty, "unsafe scalars \(Set(unsafe).sorted()) in: \(text.prefix(600))",
            sourceLocation: sourceLocation)
    }
}
