import BinaryCoding
@testable import FullTextSearch
import Testing

/// Strings kept as one byte run with offsets read back as written, order by bytes, and refuse bytes that
/// are not UTF-8 or lengths that do not add up.
@Suite struct StringTableTests {
    static let strings = ["", "grooming", "café", "cafe\u{0301}", "Straße", "a", "ab", "abc", "日本", "b"]

    @Test("every string reads back as written, through the subscript and as bytes, and round-trips its encoding")
    func readsBack() throws {
        let table = StringTable(Self.strings)
        #expect(Array(table) == Self.strings)
        for (position, string) in Self.strings.enumerated() {
            #expect(Array(table.utf8(at: position)) == Array(string.utf8))
        }
        var writer = BinaryWriter()
        table.encode(into: &writer)
        let decoded = try writer.bytes.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes)
            let table = try StringTable(decoding: &reader, count: Self.strings.count, "strings")
            try reader.expectEnd()
            return table
        }
        #expect(Array(decoded) == Self.strings)
    }

    @Test("compare orders by UTF-8 bytes, a prefix first, as the byte order of `lexicographicallyPrecedes`")
    func compareIsByteOrder() {
        let table = StringTable(Self.strings)
        for (position, stored) in Self.strings.enumerated() {
            for key in Self.strings {
                let order = table.compare(position, with: Array(key.utf8))
                let expected =
                    stored.utf8.elementsEqual(key.utf8)
                    ? 0 : (stored.utf8.lexicographicallyPrecedes(key.utf8) ? -1 : 1)
                #expect(order.signum() == expected, "\(stored) against \(key)")
            }
        }
        // Canonically equivalent spellings are different bytes.
        #expect(table.compare(2, with: Array("cafe\u{0301}".utf8)) != 0)
    }

    @Test("invalid UTF-8, lengths that do not add up, and a wrong count are refused")
    func refusesMalformed() {
        func decode(bytes: [UInt8], lengths: [Int32], count: Int? = nil) -> Bool {
            var writer = BinaryWriter()
            writer.write(bytes: bytes)
            writer.write(int32s: lengths)
            return writer.bytes.withUnsafeBytes { raw in
                var reader = BinaryReader(raw)
                return (try? StringTable(decoding: &reader, count: count, "strings")) != nil
            }
        }
        #expect(decode(bytes: Array("ab".utf8), lengths: [1, 1]))
        #expect(!decode(bytes: [0x61, 0xFF], lengths: [1, 1]), "a byte that is never UTF-8")
        #expect(!decode(bytes: Array("é".utf8), lengths: [1, 1]), "a character cut between two strings")
        #expect(!decode(bytes: Array("ab".utf8), lengths: [1, 2]), "lengths beyond the bytes")
        #expect(!decode(bytes: Array("ab".utf8), lengths: [1]), "lengths short of the bytes")
        #expect(!decode(bytes: Array("ab".utf8), lengths: [3, -1]), "a negative length")
        #expect(!decode(bytes: Array("ab".utf8), lengths: [1, 1], count: 3), "fewer strings than expected")
    }
}

/// The index looks stems up by binary search over their byte order, and the thesaurus finds its entries by
/// their first stem: both must find exactly what a hash table of the same strings finds.
@Suite struct SortedLookupTests {
    @Test("every indexed stem is found with its term number; other strings are not")
    func termLookup() throws {
        let index = try IndexSnapshotCorpus.index()
        let inverted = index.inverted
        #expect(inverted.terms.count > 20)
        for term in inverted.terms.indices {
            #expect(inverted.termID(of: inverted.terms[term]) == Int32(term))
        }
        for absent in ["", "zzz", "groom", "groomingg", "caf\u{00E9}x"] where !inverted.terms.contains(absent) {
            #expect(inverted.termID(of: absent) == nil)
        }
    }

    @Test("thesaurus lookups find the longest entry at a position and the exact entry of a phrase")
    func thesaurusLookup() throws {
        let analyzer = try Analyzer()
        let thesaurus = AnalyzedThesaurus(
            Thesaurus([
                ["online grooming", "grooming", "grooming in games"],
                ["sexting", "sharing nudes"],
                ["games", "gaming platforms"],
            ]),
            analyzer: analyzer)
        let entries = thesaurus.entries
        func number(_ text: String) -> Int? { entries.firstIndex { $0.text == text } }
        let stems = { (text: String) in analyzer.phrase(text).terms }

        // At "grooming in games chat", the three-word entry wins over "grooming" alone.
        let words = stems("grooming in games chat")
        #expect(thesaurus.longestEntry(in: words, from: 0) == number("grooming in games"))
        #expect(thesaurus.longestEntry(in: stems("grooming chat"), from: 0) == number("grooming"))
        #expect(thesaurus.longestEntry(in: stems("chat about games"), from: 1) == number("games"))
        #expect(thesaurus.longestEntry(in: stems("chat"), from: 0) == nil)
        #expect(thesaurus.longestEntry(in: words, from: words.count) == nil)

        for (entry, analyzed) in entries.enumerated() {
            #expect(thesaurus.exactEntry(analyzed.phrase) == entry)
            #expect(thesaurus.entries(inGroup: analyzed.group).contains(entry))
        }
        #expect(thesaurus.exactEntry(analyzer.phrase("online")) == nil)
        #expect(thesaurus.exactEntry(analyzer.phrase("grooming online")) == nil)
    }
}
