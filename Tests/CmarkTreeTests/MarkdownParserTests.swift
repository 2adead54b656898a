import CmarkTree
import Testing

@Suite struct MarkdownParserTests {
    @Test("a document with a heading, a field list, a table and a task list dumps with its source ranges")
    func goldenDump() {
        let source = """
            # Title *here*
            - ID: `x-1`
            - Risks: [Grooming](risks.md#grooming)

            | a | b |
            |:--|--:|
            | 1 | ~~2~~ |

            - [ ] open
            - [x] done
            """
        let expected = """
            document 1:1-10:10
              heading(1) 1:1-1:14
                text "Title " 1:3-1:8
                emphasis 1:9-1:14
                  text "here" 1:10-1:13
              list(bullet, tight) 2:1-4:1
                item 2:1-2:11
                  paragraph 2:3-2:11
                    text "ID: " 2:3-2:6
                    code "x-1" 2:8-2:10
                item 3:1-4:1
                  paragraph 3:3-3:38
                    text "Risks: " 3:3-3:9
                    link "risks.md#grooming" 3:10-3:38
                      text "Grooming" 3:11-3:18
              table(left,right) 5:1-7:13
                tableHeader 5:1-5:9
                  tableCell 5:2-5:4
                    text "a" 5:3-5:3
                  tableCell 5:6-5:8
                    text "b" 5:7-5:7
                tableRow 7:1-7:13
                  tableCell 7:2-7:4
                    text "1" 7:3-7:3
                  tableCell 7:6-7:12
                    strikethrough 7:7-7:11
                      text "2" 7:9-7:9
              list(bullet, tight) 9:1-10:10
                taskItem(unchecked) 9:1-9:10
                  paragraph 9:7-9:10
                    text "open" 9:7-9:10
                taskItem(checked) 10:1-10:10
                  paragraph 10:7-10:10
                    text "done" 10:7-10:10
            """
        #expect(MarkdownParser.parse(source).debugDump == expected)
    }

    @Test("columns count UTF-8 bytes on non-ASCII text")
    func nonASCIIColumns() throws {
        let document = MarkdownParser.parse("## Café ☕ [lien](a.md#b)\n")
        let heading = try #require(document.children.first)
        let link = try #require(heading.children.last)
        guard case .link(let destination, _) = link.kind else {
            Issue.record("expected a link, got \(link.kind)")
            return
        }
        #expect(destination == "a.md#b")
        // "## Café ☕ " is 3 + 5 (é is 2 bytes) + 1 + 3 (☕ is 3 bytes) + 1 = 13 bytes, so the link starts at 14.
        #expect(link.range?.start == TextPosition(line: 1, column: 14))
    }

    @Test("plain text drops Markdown syntax and keeps words")
    func plainText() {
        let document = MarkdownParser.parse("Say **no** to `nudes`\nand [tell](x.md) someone.\n\n- one\n- two\n")
        #expect(document.plainText == "Say no to nudes and tell someone.\n\n- one\n- two")
    }

    @Test("nesting deeper than the limit is cut at a tooDeep node with its position")
    func deepNesting() {
        let source = String(repeating: ">", count: 5_000) + " deep\n"
        let document = MarkdownParser.parse(source)
        var depth = 0
        var node = document
        while let child = node.children.first {
            node = child
            depth += 1
        }
        #expect(node.kind == .tooDeep)
        #expect(depth == MarkdownParser.maximumDepth)
        #expect(node.range?.start.line == 1)
    }

    @Test("64 concurrent parses each keep their own tables, task lists and strikethrough")
    func concurrentParses() async {
        let documents = (0..<64).map { index in
            "# Doc \(index)\n\n~~gone \(index)~~\n\n- [x] task \(index)\n\n| h |\n|---|\n| \(index) |\n"
        }
        let dumps = await withTaskGroup(of: (Int, String).self) { group in
            for (index, source) in documents.enumerated() {
                group.addTask {
                    var dump = ""
                    for _ in 0..<20 { dump = MarkdownParser.parse(source).debugDump }
                    return (index, dump)
                }
            }
            var results: [Int: String] = [:]
            for await (index, dump) in group { results[index] = dump }
            return results
        }
        #expect(dumps.count == 64)
        for (index, dump) in dumps {
            #expect(dump.contains("strikethrough"), "document \(index) lost its strikethrough")
            #expect(dump.contains("taskItem(checked)"), "document \(index) lost its task item")
            #expect(dump.contains("tableCell"), "document \(index) lost its table")
            #expect(dump.contains("text \"gone \(index)\""))
        }
    }
}
