import ChildOnlineProtection
@testable import GuidelineKnowledge
import Foundation
import Testing

/// Exports of hostile content: CSV cells never run as spreadsheet formulas, JSON stays valid and lossless.
@Suite struct HostileExportTests {
    /// Cells a spreadsheet evaluates (OWASP's list of first characters), and what they must become.
    static let formulaCells: [(cell: String, neutralized: String)] = [
        ("=HYPERLINK(\"http://example.invalid\",\"x\")", "'=HYPERLINK(\"http://example.invalid\",\"x\")"),
        ("+1+1", "'+1+1"), ("-2+3", "'-2+3"), ("@SUM(1,1)", "'@SUM(1,1)"),
        ("\t=1+1", "'\t=1+1"), ("\r=1+1", "'\r=1+1"),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ]

    /// Titles and text that attack readers of JSON and terminals; raw in the compiled records.
    static let hostileText =
        "\u{1B}]0;x\u{07} \u{9B}31m \u{202E}evil\u{202C} \u{2066}i\u{2069} \u{2028}\u{2029} \u{7F} \"q\" \\ \u{E000}"

    @Test("the formula guard prefixes exactly the cells that begin with = + - @ tab or CR", arguments: formulaCells)
    func formulaGuard(cell: String, neutralized: String) {
        #expect(CSVFormulaGuard.neutralized(cell) == neutralized)
    }

    @Test("cells that do not begin with a trigger are left alone")
    func harmlessCells() {
        for cell in ["", "plain", "a=b", "1-2", " =1", "'=1", "e-mail", "42", "grooming"] {
            #expect(CSVFormulaGuard.neutralized(cell) == cell)
        }
    }

    @Test("record, checklist and coverage CSV: no cell begins with a trigger; hostile cells come back prefixed")
    func csvExports() throws {
        let base = try Self.hostileBase()
        let records = Record.export(base.records, as: .csv)
        let checklist = ChecklistExport(base, audience: .parentsEducators).rendered(as: .csv)
        let coverage = CoverageMatrix(base).rendered(as: .csv)
        for csv in [records, checklist, coverage] {
            let rows = try Self.parseCSV(csv)
            #expect(rows.count > 1)
            for cell in rows.joined() {
                #expect(cell.unicodeScalars.first.map { !CSVFormulaGuard.triggers.contains($0) } ?? true, "\(cell)")
            }
        }
        let titles = try Self.parseCSV(records).dropFirst().map { $0[3] }
        for (_, neutralized) in Self.formulaCells.prefix(4) {
            #expect(titles.contains(neutralized), "\(titles)")
        }
        let checklistTitles = try Self.parseCSV(checklist).dropFirst().map { $0[5] }
        #expect(checklistTitles.contains(Self.formulaCells[0].neutralized))
    }

    @Test("JSON exports of hostile content parse, and every string reads back exactly as the record holds it")
    func jsonExports() throws {
        let base = try Self.hostileBase()
        let exported = Record.export(base.records, as: .json)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [[String: Any]])
        #expect(array.count == base.records.count)
        for (object, record) in zip(array, base.records) {
            #expect(object["title"] as? String == record.title)
            #expect(object["text"] as? String == record.text)
        }
        #expect(base.records.contains { $0.title.contains(Self.hostileText) })
        let checklist = ChecklistExport(base, audience: .parentsEducators).rendered(as: .json)
        let coverage = CoverageMatrix(base).rendered(as: .json)
        let search = base.search(GuidelineQuery("grooming evil", limit: 20)).json()
        #expect(search.contains("\\u001b]0;x\\u0007"))
        for text in [exported, checklist, coverage, search] {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8))
            // Nothing a terminal acts on is left raw: the controls and bidi overrides are \u escapes.
            let raw = text.unicodeScalars.filter {
                $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value)
                    || (0x2028...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            }
            #expect(raw.isEmpty, "\(raw.map { String($0.value, radix: 16) })")
        }
    }

    // MARK: Helpers

    /// A small valid folder whose recommendations are titled with formulas and hostile text.
    static func hostileBase() throws -> KnowledgeBase {
        let entity =
            "&#x1b;]0;x&#x7; &#x9b;31m \u{202E}evil\u{202C} \u{2066}i\u{2069} &#x2028;&#x2029; "
            + "&#x7f; \"q\" \\\\ \u{E000}"
        let records = formulaCells.prefix(4).enumerated().map { index, formula in
            """

            ### \(formula.cell)
            - ID: pe-formula-\(index)
            - Risks: [Grooming](../catalogues/risks.md#grooming)

            \(formula.cell) is how grooming starts.
            """
        }.joined(separator: "\n")
        let hostileRecord = """

            ### Hostile \(entity)
            - ID: pe-hostile-text
            - Risks: [Grooming](../catalogues/risks.md#grooming)

            Grooming \(entity) is the body.
            """
        let chapter = ContentFixtures.chapter + "\n" + records + "\n" + hostileRecord + "\n"
        let compilation = ContentFixtures.compile(["parents-educators/grooming.md": chapter])
        return try compilation.get()
    }

    /// RFC 4180 rows: fields split at commas outside quotes, `""` inside quotes is a quote, rows end at a line
    /// feed outside quotes. Throws on a stray quote.
    static func parseCSV(_ text: String) throws -> [[String]] {
        struct StrayQuote: Error {}
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" {
                        field.unicodeScalars.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                guard field.isEmpty else { throw StrayQuote() }
                quoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
            } else if scalar == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, field.isEmpty, row.isEmpty else { throw StrayQuote() }
        return rows
    }
}
