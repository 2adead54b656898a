import BinaryCoding

extension ThesaurusPhraseMatches {
    /// Writes which match list each entry uses, the lists' lengths, then their documents and frequencies as
    /// two flat arrays.
    func encode(into writer: inout BinaryWriter) {
        writer.write(int32s: storedMatches)
        writer.write(int32s: zip(starts, starts.dropFirst()).map { $1 - $0 })
        writer.write(int32s: documents)
        writer.write(int32s: frequencies)
    }

    /// Reads what ``encode(into:)`` wrote, checking each entry's list number and the frequencies' count and, if
    /// `checkingEveryValue` (see ``SearchIndex/init(decoding:checkingEveryValue:)``), each list's documents and
    /// the frequencies' sign.
    init(
        decoding reader: inout BinaryReader, entryCount: Int, fieldCount: Int, documentCount: Int,
        checkingEveryValue: Bool
    ) throws(BinaryDecodingError) {
        let storedMatches = try reader.readInt32s(count: entryCount, "thesaurus entries' match lists")
        let lengths = try reader.readInt32s()
        guard DecodedCheck.allIn(storedMatches, from: -1, below: lengths.count) else {
            throw reader.failure("a thesaurus entry names a match list that is not stored")
        }
        let documents = try reader.readInt32s()
        guard DecodedCheck.sums(lengths.lazy.map { Int($0) }, to: documents.count) else {
            throw reader.failure("thesaurus match list lengths do not add up")
        }
        let starts = InvertedIndex.starts(ofLengths: lengths)
        if checkingEveryValue {
            for list in lengths.indices {
                let matched = documents[Int(starts[list])..<Int(starts[list + 1])]
                guard DecodedCheck.isIncreasing(matched, below: documentCount) else {
                    throw reader.failure("matches list a document number out of order or beyond \(documentCount)")
                }
            }
        }
        let frequencies = try reader.readInt32s(count: documents.count * fieldCount, "match frequencies")
        guard !checkingEveryValue || DecodedCheck.allIn(frequencies, below: Int(Int32.max)) else {
            throw reader.failure("a match frequency is negative")
        }
        self.init(
            fieldCount: fieldCount, storedMatches: storedMatches, starts: starts, documents: documents,
            frequencies: frequencies)
    }
}
