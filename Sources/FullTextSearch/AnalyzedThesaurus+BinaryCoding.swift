import BinaryCoding

extension AnalyzedThesaurus {
    /// Writes every analyzed entry (its text, stems and word offsets) and the group sizes, so that a decoded
    /// index does not tokenize and stem the thesaurus again.
    func encode(into writer: inout BinaryWriter) {
        texts.encode(into: &writer)
        stems.encode(into: &writer)
        writer.write(int32s: offsets)
        writer.write(int32s: zip(stemStarts, stemStarts.dropFirst()).map { $1 - $0 })
        writer.write(int32s: zip(groupStarts, groupStarts.dropFirst()).map { $1 - $0 })
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
        let stemCounts = try reader.readInt32s(count: texts.count, "thesaurus entries' stem counts")
        guard stemCounts.allSatisfy({ $0 > 0 }), DecodedCheck.sums(stemCounts.lazy.map { Int($0) }, to: stems.count)
        else {
            throw reader.failure("an analyzed thesaurus entry's stems and word offsets do not match")
        }
        let stemStarts = InvertedIndex.starts(ofLengths: stemCounts)
        for entry in texts.indices {
            let entryOffsets = offsets[Int(stemStarts[entry])..<Int(stemStarts[entry + 1])]
            guard entryOffsets.first == 0, DecodedCheck.isIncreasing(entryOffsets, below: Int(Int32.max)) else {
                throw reader.failure("an analyzed thesaurus entry's stems and word offsets do not match")
            }
        }
        let groupSizes = try reader.readInt32s()
        guard groupSizes.allSatisfy({ $0 >= 2 }), DecodedCheck.sums(groupSizes.lazy.map { Int($0) }, to: texts.count)
        else {
            throw reader.failure("the analyzed thesaurus's groups are out of order or have fewer than two entries")
        }
        let order = try reader.readInt32s(count: texts.count, "the thesaurus entries' order")
        guard DecodedCheck.allIn(order, below: texts.count) else {
            throw reader.failure("the thesaurus entries' order names an entry that is not stored")
        }
        self.init(
            texts: texts, stems: stems, offsets: offsets, stemStarts: stemStarts,
            groupStarts: InvertedIndex.starts(ofLengths: groupSizes), entriesByFirstStem: order)
        // A strict order (ties broken by entry number), so increasing pairs also mean each entry once.
        guard !checkingEveryValue || zip(order, order.dropFirst()).allSatisfy({ precedesByFirstStem(Int($0), Int($1)) })
        else {
            throw reader.failure("the thesaurus entries are not in the order of their first stems")
        }
    }
}
