import BinaryCoding
@testable import FullTextSearch
import Testing

/// An encoded index carries its thesaurus already analyzed, so decoding does not stem it again; the stored
/// analysis is checked against the thesaurus whenever every value is checked, and its shape always.
@Suite struct AnalyzedThesaurusCodingTests {
    @Test("the analyzed thesaurus round-trips, and a decoded index expands queries as the original")
    func roundTrip() throws {
        let index = try IndexSnapshotCorpus.index()
        #expect(index.analyzedThesaurus.entries.count >= 4)
        let decoded = try IndexSnapshotCorpus.roundTrip(index)
        #expect(decoded.analyzedThesaurus.entries == index.analyzedThesaurus.entries)
        #expect(decoded.analyzedThesaurus.groupStarts == index.analyzedThesaurus.groupStarts)
        #expect(decoded.analyzedThesaurus.entriesByFirstStem == index.analyzedThesaurus.entriesByFirstStem)
    }

    @Test("an analysis that is not the thesaurus's is refused with every check, and read as stored without")
    func forgedAnalysis() throws {
        let index = try IndexSnapshotCorpus.index()
        // The first group's first entry stemmed as something else.
        var entries = index.analyzedThesaurus.entries
        entries[0].phrase = AnalyzedPhrase(terms: ["forged"], offsets: [0])
        let bytes = Self.encode(index, analyzedThesaurus: AnalyzedThesaurus(entries: entries))

        let error = #expect(throws: BinaryDecodingError.self) { try Self.decode(bytes, checkingEveryValue: true) }
        #expect(error?.message == "the analyzed thesaurus is not the analysis of the thesaurus")
        let trusted = try Self.decode(bytes, checkingEveryValue: false)
        #expect(trusted.analyzedThesaurus.entries == entries)
    }

    @Test("entries stored out of their first-stem order are refused with every check")
    func entryOrder() throws {
        let index = try IndexSnapshotCorpus.index()
        let thesaurus = index.analyzedThesaurus
        let forged = AnalyzedThesaurus(
            texts: thesaurus.texts, stems: thesaurus.stems, offsets: thesaurus.offsets,
            stemStarts: thesaurus.stemStarts, groupStarts: thesaurus.groupStarts,
            entriesByFirstStem: thesaurus.entriesByFirstStem.reversed())
        let bytes = Self.encode(index, analyzedThesaurus: forged)
        let error = #expect(throws: BinaryDecodingError.self) { try Self.decode(bytes, checkingEveryValue: true) }
        #expect(error?.message == "the thesaurus entries are not in the order of their first stems")
        var unknown = Array(thesaurus.entriesByFirstStem)
        unknown[0] = Int32(thesaurus.count)
        let outOfRange = AnalyzedThesaurus(
            texts: thesaurus.texts, stems: thesaurus.stems, offsets: thesaurus.offsets,
            stemStarts: thesaurus.stemStarts, groupStarts: thesaurus.groupStarts, entriesByFirstStem: unknown)
        #expect(throws: BinaryDecodingError.self) {
            try Self.decode(Self.encode(index, analyzedThesaurus: outOfRange), checkingEveryValue: false)
        }
    }

    @Test(
        "malformed entries or groups are refused even unchecked",
        arguments: [
            // A group number that skips one.
            { (entries: inout [AnalyzedThesaurus.Entry]) in
                for index in entries.indices where entries[index].group > 0 { entries[index].group += 1 }
            },
            // A group left with one entry.
            { (entries: inout [AnalyzedThesaurus.Entry]) in
                let first = entries[0]
                entries.removeAll { $0.group == 0 }
                entries.insert(first, at: 0)
            },
            // Offsets that do not rise from 0.
            { (entries: inout [AnalyzedThesaurus.Entry]) in
                entries[0].phrase = AnalyzedPhrase(terms: ["a", "b"], offsets: [0, 0])
            },
            // An entry with no stems.
            { (entries: inout [AnalyzedThesaurus.Entry]) in
                entries[0].phrase = AnalyzedPhrase(terms: [], offsets: [])
            },
        ] as [@Sendable (inout [AnalyzedThesaurus.Entry]) -> Void])
    func malformed(change: @Sendable (inout [AnalyzedThesaurus.Entry]) -> Void) throws {
        let index = try IndexSnapshotCorpus.index()
        var entries = index.analyzedThesaurus.entries
        change(&entries)
        let bytes = Self.encode(index, analyzedThesaurus: AnalyzedThesaurus(entries: entries))
        #expect(throws: BinaryDecodingError.self) { try Self.decode(bytes, checkingEveryValue: false) }
    }

    /// The encoding of `index` with `analyzedThesaurus` in place of its own.
    static func encode(_ index: SearchIndex, analyzedThesaurus: AnalyzedThesaurus) -> [UInt8] {
        let forged = SearchIndex(
            schema: index.schema, analyzer: index.analyzer, thesaurus: index.thesaurus,
            configuration: index.configuration, documentIDs: index.documentIDs,
            duplicateDocumentIDs: index.duplicateDocumentIDs, inverted: index.inverted, dictionary: index.dictionary,
            keywords: index.keywords, snippets: index.snippets, titles: index.titles,
            analyzedThesaurus: analyzedThesaurus,
            thesaurusPhraseMatches: ThesaurusPhraseMatches(of: analyzedThesaurus, in: index.inverted))
        return IndexSnapshotCorpus.encode(forged)
    }

    static func decode(_ bytes: [UInt8], checkingEveryValue: Bool) throws(BinaryDecodingError) -> SearchIndex {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(BinaryDecodingError) -> SearchIndex in
                var reader = BinaryReader(buffer)
                let index = try SearchIndex(decoding: &reader, checkingEveryValue: checkingEveryValue)
                try reader.expectEnd()
                return index
            }
        }.get()
    }
}
