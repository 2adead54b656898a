import BinaryCoding

extension ForwardIndex {
    /// Writes the snippet texts, then per document its word count, then the word terms, starts and ends of
    /// all documents as three flat arrays.
    func encode(into writer: inout BinaryWriter) {
        texts.encode(into: &writer)
        writer.write(runStarts: wordStarts)
        writer.write(terms)
        writer.write(starts)
        writer.write(ends)
    }

    /// Reads what ``encode(into:)`` wrote, checking the counts and, if `checkingEveryValue` (see
    /// ``SearchIndex/init(decoding:checkingEveryValue:)``), that every term number is a term (or -1) and that
    /// every word's UTF-8 range lies inside its text, in order, on Unicode scalar boundaries.
    init(
        decoding reader: inout BinaryReader, documentCount: Int, termCount: Int, checkingEveryValue: Bool
    ) throws(BinaryDecodingError) {
        let texts = try StringTable(
            decoding: &reader, count: documentCount, "snippet texts", checkingUTF8: checkingEveryValue)
        let wordStarts = try reader.readRunStarts("snippet word counts")
        let terms = try reader.readPackedIntegers()
        guard wordStarts.count - 1 == documentCount, Runs.total(ofStarts: wordStarts) == terms.count else {
            throw reader.failure("snippet word counts do not add up")
        }
        guard !checkingEveryValue || DecodedCheck.allIn(terms, from: -1, below: termCount) else {
            throw reader.failure("a snippet word has no term")
        }
        let starts = try reader.readPackedIntegers()
        let ends = try reader.readPackedIntegers()
        guard starts.count == terms.count, ends.count == terms.count else {
            throw reader.failure("snippet word starts and ends: not one of each per word")
        }
        self.init(
            texts: texts, wordStarts: wordStarts, terms: terms, starts: starts, ends: ends)
        guard checkingEveryValue else { return }
        for document in texts.indices {
            let words = words(of: document)
            guard Self.rangesAreValid(starts: starts[words], ends: ends[words], in: texts.utf8(at: document)) else {
                throw reader.failure("a snippet word's range is out of order or outside its text")
            }
        }
    }

    /// Whether each word's range lies in `utf8`, after the previous word's, on Unicode scalar boundaries.
    private static func rangesAreValid(
        starts: Slice<PackedIntegers>, ends: Slice<PackedIntegers>, in utf8: ArraySlice<UInt8>
    ) -> Bool {
        func isBoundary(_ offset: Int32) -> Bool {
            let index = utf8.startIndex + Int(offset)
            return offset >= 0 && Int(offset) <= utf8.count && (index == utf8.endIndex || utf8[index] & 0xC0 != 0x80)
        }
        var previousEnd: Int32 = 0
        for (start, end) in zip(starts, ends) {
            guard start >= previousEnd, end >= start, isBoundary(start), isBoundary(end) else { return false }
            previousEnd = end
        }
        return true
    }
}
