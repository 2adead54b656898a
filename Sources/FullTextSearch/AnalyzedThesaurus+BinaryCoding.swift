import BinaryCoding

extension AnalyzedThesaurus {
    /// Writes every analyzed entry (its text, stems and word offsets) and the group sizes, so that a decoded
    /// index does not tokenize and stem the thesaurus again.
    func encode(into writer: inout BinaryWriter) {
        texts.encode(into: &writer)
        stems.encode(into: &writer)
        writer.write(int32s: offsets)
        writer.write(runStarts: stemStarts)
        writer.write(runStarts: groupStarts)
        writer.write(int32s: entriesByFirstStem)
    }

    /// Reads what ``encode(into:)`` wrote, checking each phrase's shape (at least one stem, offsets from 0 and
    /// rising) and the grouping (at least two entries each), so that nothing read can make a lookup go out of
    /// bounds. The entries' order by first stem is read as stored, and checked only if `checkingEveryValue` (as
    /// the postings are: see ``SearchIndex/init(decoding:checkingEveryValue:)``); whether the entries are the
    /// analysis of the index's thesaurus is the caller's check.
    init(decoding reader: inout BinaryReader, checkingEveryValue: Bool) throws(BinaryDecodingError) {
        let texts = try StringTable(decoding: &reader, "thesaurus entries")
        let stems = try StringTable(decoding: &reader, "thesaurus stems")
        let offsets = try reader.readInt32s(count: stems.count, "thesaurus word offsets")
        let stemStarts = try reader.readRunStarts(minimumLength: 1, "thesaurus entries' stems")
        guard stemStarts.count - 1 == texts.count, Runs.total(ofStarts: stemStarts) == stems.count else {
            throw reader.failure("an analyzed thesaurus entry's stems and word offsets do not match")
        }
        for entry in texts.indices {
            let entryOffsets = offsets[Int(stemStarts[entry])..<Int(stemStarts[entry + 1])]
            guard entryOffsets.first == 0, DecodedCheck.isIncreasing(entryOffsets, below: Int(Int32.max)) else {
                throw reader.failure("an analyzed thesaurus entry's stems and word offsets do not match")
            }
        }
        let groupStarts = try reader.readRunStarts(minimumLength: 2, "the analyzed thesaurus's groups")
        guard Runs.total(ofStarts: groupStarts) == texts.count else {
            throw reader.failure("the analyzed thesaurus's groups are out of order or have fewer than two entries")
        }
        let order = try reader.readInt32s(count: texts.count, "the thesaurus entries' order")
        guard DecodedCheck.allIn(order, below: texts.count) else {
            throw reader.failure("the thesaurus entries' order names an entry that is not stored")
        }
        self.init(
            texts: texts, stems: stems, offsets: offsets, stemStarts: stemStarts,
            groupStarts: groupStarts, entriesByFirstStem: order)
        // A strict order (ties broken by entry number), so increasing pairs also mean each entry once.
        guard !checkingEveryValue || zip(order, order.dropFirst()).allSatisfy({ precedesByFirstStem(Int($0), Int($1)) })
        else {
            throw reader.failure("the thesaurus entries are not in the order of their first stems")
        }
    }
}
