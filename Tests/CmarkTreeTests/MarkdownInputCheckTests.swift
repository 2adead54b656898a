import CmarkTree
import Testing

/// The pre-parse check: each structure counted as documented, each limit exact, the readable prefix ending
/// before the paragraph that passed a limit.
@Suite struct MarkdownInputCheckTests {
    static let limits = MarkdownInputCheck.Limits(
        maximumContainerDepth: 4, maximumBracketsPerParagraph: 10, maximumDelimitersPerParagraph: 10,
        maximumRawHTMLOpenersPerParagraph: 2, maximumTableCells: 20
    )

    static func measure(_ text: String) -> MarkdownInputCheck.Measurement {
        MarkdownInputCheck.measure(text, limits: limits)
    }

    @Test(
        "each structure: at the limit passes, one more is an excess at the line that passed it",
        arguments: [
            (MarkdownInputCheck.Structure.containerDepth, "> > > > a", "> > > > > a"),
            (.containerDepth, "- - - - a", "- - - - - a"),
            (.containerDepth, "1. 2) - > a", "1. 2) - > + a"),
            (.containerDepth, "      - a", "        - a"),
            (.brackets, String(repeating: "[a", count: 10), String(repeating: "[a", count: 11)),
            (
                .brackets, String(repeating: "![", count: 5) + "\n" + String(repeating: "[", count: 5),
                String(repeating: "![", count: 5) + "\n" + String(repeating: "[", count: 6)
            ),
            (
                .delimiters, String(repeating: "*a ", count: 5) + String(repeating: "_", count: 5),
                String(repeating: "*a ", count: 5) + String(repeating: "~", count: 6)
            ),
            (.rawHTMLOpeners, "x <? y <![CDATA[", "x <? y <![CDATA[ z <?"),
            (
                .tableCells, "|a|b|\n|-|-|" + String(repeating: "\n|1|2|", count: 8),
                "|a|b|\n|-|-|" + String(repeating: "\n|1|2|", count: 9)
            ),
        ])
    func limit(structure: MarkdownInputCheck.Structure, within: String, beyond: String) {
        let passing = Self.measure("# Title\n\nIntro.\n\n" + within + "\n")
        #expect(passing.excess == nil, "\(structure): \(String(describing: passing.excess))")
        let text = "# Title\n\nIntro.\n\n" + beyond + "\n"
        let failing = Self.measure(text)
        #expect(failing.excess?.structure == structure)
        #expect(failing.excess?.line == 4 + beyond.split(separator: "\n").count)
        #expect(
            failing.readableUTF8Count == "# Title\n\nIntro.\n\n".utf8.count,
            "the readable part ends before the paragraph")
    }

    @Test("blank lines, also inside block quotes, end the paragraph and its counts")
    func blankLinesReset() {
        let paragraph = String(repeating: "[a](b) ", count: 8)
        for separator in ["\n\n", "\n   \n", "\n>\n", "\n> \t>  \n", "\r\n\r\n", "\r\r"] {
            #expect(Self.measure(paragraph + separator + paragraph).excess == nil, "\(separator.debugDescription)")
        }
        #expect(
            Self.measure(paragraph + "\n" + paragraph).excess?.structure == .brackets,
            "one line feed does not end a paragraph")
        #expect(
            Self.measure(paragraph + "\n- item\n" + paragraph).excess?.structure == .brackets,
            "a list item does not reset the count")
    }

    @Test("table cells: the delimiter row's columns times the header, delimiter and following rows, until a blank line")
    func tableCells() {
        #expect(Self.measure("|a|b|\n|:-|--:|\n|1|\n").tableCells == 6)
        #expect(Self.measure("a | b | c\n--- | :-: | ---\n1\n2\n\nafter\nmore\n").tableCells == 12)
        #expect(Self.measure("> |a|b|\n> |-|-|\n> x\n").tableCells == 6, "inside a block quote")
        #expect(Self.measure("aaa\rbbb\n-\u{0B}\n").tableCells == 2, "vertical tab around a cell, as cmark-gfm allows")
        #expect(
            Self.measure("Title\n---\n").tableCells == 2,
            "a setext underline counts as a one-column row: an over-count is safe")
        for notTable in ["- - -\n", "|\n", "a|b\n", "| - x |\n", "***\n"] {
            #expect(Self.measure(notTable).tableCells == 0, "\(notTable.debugDescription)")
        }
    }

    @Test("the table budget counts every table of the document")
    func tableBudgetAcrossTables() {
        let table = "|a|b|\n|-|-|\n|1|2|\n"
        #expect(Self.measure(table + "\n" + table + "\n").tableCells == 12)
        let excess = Self.measure(table + "\n" + table + "\n" + table + "\n" + table)
        #expect(excess.excess?.structure == .tableCells)
        #expect(excess.excess?.line == 14)
    }

    @Test(
        "the red team's inputs are caught before parsing, at realistic limits",
        arguments: [
            (
                "emphasis in deep block quotes",
                String(repeating: ">", count: 20_000) + String(repeating: "a*", count: 20_000),
                MarkdownInputCheck.Structure.containerDepth
            ),
            (
                "empty lines in deep lists",
                String(repeating: "- ", count: 30_000) + "x" + String(repeating: "\n", count: 30_000), .containerDepth
            ),
            ("![[]() repeated", String(repeating: "![[]()", count: 40_000), .brackets),
            (
                "quadratic emphasis",
                String(repeating: "*a ", count: 20_000) + String(repeating: "_a*_ ", count: 20_000), .delimiters
            ),
            ("unclosed processing instructions", String(repeating: "x <?", count: 40_000), .rawHTMLOpeners),
            ("unclosed CDATA", String(repeating: "x <![CDATA[\n", count: 40_000), .rawHTMLOpeners),
            (
                "wide header over short rows",
                "|" + String(repeating: "a|", count: 4_000) + "\n|" + String(repeating: "-|", count: 4_000) + "\n"
                    + String(repeating: "x\n", count: 4_000), .tableCells
            ),
        ])
    func redTeam(name: String, text: String, structure: MarkdownInputCheck.Structure) {
        let limits = MarkdownInputCheck.Limits(
            maximumContainerDepth: 16, maximumBracketsPerParagraph: 1_000, maximumDelimitersPerParagraph: 1_000,
            maximumRawHTMLOpenersPerParagraph: 32, maximumTableCells: 100_000
        )
        let measurement = MarkdownInputCheck.measure(text, limits: limits)
        #expect(measurement.excess?.structure == structure, "\(name)")
        #expect(measurement.readableUTF8Count == 0)
        // What is left to parse is empty: the parser never sees the pathological part.
        #expect(
            MarkdownParser.parse(String(decoding: text.utf8.prefix(measurement.readableUTF8Count), as: UTF8.self))
                .children.isEmpty)
    }

    @Test("ordinary Markdown is within small limits: links, emphasis, a table, nesting")
    func ordinary() {
        let text = """
            # A *title*

            - Risks: [Grooming](risks.md#grooming), [Sexting](risks.md#sexting)
            - Topics: [Gaming](topics.md#gaming)

            Text with **bold**, _emphasis_ and ~~strike~~.

            > A quote
            > - with a list
            >   - nested

            | a | b |
            |---|---|
            | 1 | 2 |
            """
        let measurement = Self.measure(text)
        #expect(measurement.excess == nil, "\(String(describing: measurement.excess))")
        #expect(measurement.readableUTF8Count == text.utf8.count)
    }
}
