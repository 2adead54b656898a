import BinaryCoding

extension ThesaurusPhraseMatches {
    /// Writes which match list each entry uses, the lists' lengths, then their documents and frequencies as
    /// two flat arrays.
    func encode(into writer: inout BinaryWriter) {
        writer.write(int32s: storedMatches)
        writer.write(runStarts: starts)
        writer.write(int32s: documents)
        writer.write(frequencies)
    }

    /// Reads what ``encode(into:)`` wrote, checking each entry's list number and the frequencies' count and, if
    /// `checkingEveryValue` (see ``SearchIndex/init(decoding:checkingEveryValue:)``), each list's documents and
    /// the frequencies' sign.
    init(
        decoding reader: inout BinaryReader, entryCount: Int, fieldCount: Int, documentCount: Int,
        checkingEveryValue: Bool
    ) throws(BinaryDecodingError) {
        let storedMatches = try reader.readInt32s(count: entryCount, "thesaurus entries' match lists")
        let starts = try reader.readRunStarts("thesaurus match lists")
        let listCount = starts.count - 1
        guard DecodedCheck.allIn(storedMatches, from: -1, below: listCount) else {
            throw reader.failure("a thesaurus entry names a match list that is not stored")
        }
        let documents = try reader.readInt32s()
        guard Runs.total(ofStarts: starts) == documents.count else {
            throw reader.failure("thesaurus match list lengths do not add up")
        }
        if checkingEveryValue {
            for list in 0..<listCount {
                let matched = documents[Int(starts[list])..<Int(starts[list + 1])]
                guard DecodedCheck.isIncreasing(matched, below: documentCount) else {
                    throw reader.failure("matches list a document number out of order or beyond \(documentCount)")
                }
            }
        }
        let frequencies = try reader.readPackedIntegers(count: documents.count * fieldCount, "match frequencies")
        guard !checkingEveryValue || DecodedCheck.allIn(frequencies, below: Int(Int32.max)) else {
            throw reader.failure("a match frequency is negative")
        }
        self.init(
            fieldCount: fieldCount, storedMatches: storedMatches, starts: starts, documents: documents,
            frequencies: frequencies)
    }
}
