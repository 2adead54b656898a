import BinaryCoding

extension InvertedIndex {
    /// Writes the stems (and their order), the field lengths and every term's postings, each kind of number as
    /// one flat array (per-term lengths first), so that decoding is a few bulk reads.
    /// Position starts are not written: they are the running sum of the frequencies.
    func encode(into writer: inout BinaryWriter) {
        terms.encode(into: &writer)
        writer.write(int32s: termsInStemOrder)
        writer.write(int32s: fieldLengths)
        writer.write(counts: terms.indices.map { documentFrequency(Int32($0)) })
        writer.write(int32s: documents)
        writer.write(frequencies)
        writer.write(positions)
    }

    /// Reads what ``encode(into:)`` wrote, checking every document number, frequency and position (unless
    /// `checkingEveryValue` is false: see ``SearchIndex/init(decoding:checkingEveryValue:)``).
    /// - Throws: ``BinaryDecodingError`` for truncated or inconsistent bytes.
    init(
        decoding reader: inout BinaryReader, fieldCount: Int, documentCount: Int, checkingEveryValue: Bool
    ) throws(BinaryDecodingError) {
        let terms = try StringTable(decoding: &reader, "stems")
        let termsInStemOrder = try reader.readInt32s(count: terms.count, "the stems' order")
        // Every term once, in strictly increasing stem order (so the stems are distinct and each lookup finds
        // the one term that has its stem).
        guard DecodedCheck.allIn(termsInStemOrder, below: terms.count),
            zip(termsInStemOrder, termsInStemOrder.dropFirst()).allSatisfy({ terms.precedes(Int($0), Int($1)) })
        else {
            throw reader.failure("the stems are not listed once each in increasing order")
        }
        let (slotCount, overflow) = documentCount.multipliedReportingOverflow(by: fieldCount)
        guard !overflow else { throw reader.failure("too many documents") }
        let fieldLengths = try reader.readInt32s(count: slotCount, "field lengths")
        guard DecodedCheck.allIn(fieldLengths, below: Int(Int32.max)) else {
            throw reader.failure("a field length is negative")
        }
        let documentCounts = try reader.readCounts()
        guard documentCounts.count == terms.count else {
            throw reader.failure("postings for \(documentCounts.count) of \(terms.count) terms")
        }
        let documents = try reader.readInt32s()
        guard DecodedCheck.sums(documentCounts, to: documents.count) else {
            throw reader.failure("postings lengths do not add up")
        }
        let frequencies = try reader.readPackedIntegers(count: documents.count * fieldCount, "frequencies")
        let positions = try reader.readPackedIntegers()
        let termStarts = Runs.starts(ofLengths: documentCounts)
        self.init(
            fieldCount: fieldCount, terms: terms, termsInStemOrder: termsInStemOrder, termStarts: termStarts,
            documents: documents, frequencies: frequencies, positions: positions, fieldLengths: fieldLengths)
        if checkingEveryValue {
            try checkEveryPosting(documentCount: documentCount, reader: reader)
        }
    }

    /// Checks each term's documents (increasing, below the document count) and each entry's positions
    /// (increasing within each field's length), visiting every posting: what only untrusted bytes need.
    private func checkEveryPosting(documentCount: Int, reader: borrowing BinaryReader) throws(BinaryDecodingError) {
        for term in 0..<terms.count {
            let entries = Int(termStarts[term])..<Int(termStarts[term + 1])
            guard DecodedCheck.isIncreasing(documents[entries], below: documentCount) else {
                throw reader.failure("a postings list has a document number out of order or beyond \(documentCount)")
            }
        }
        // Non-negative frequencies adding up to the positions stored (so each running sum is a valid start).
        guard DecodedCheck.sums(frequencies.lazy.map { Int($0) }, to: positions.count) else {
            throw reader.failure("a frequency is negative or beyond the stored positions")
        }
        // Each (entry, field) holds `frequency` positions, increasing and within the field's length; an entry's
        // fields follow each other, so the positions are read in one pass.
        var start = 0
        for (entry, document) in documents.enumerated() {
            for field in 0..<fieldCount {
                let length = Int(fieldLengths[Int(document) * fieldCount + field])
                let end = start + Int(frequencies[entry * fieldCount + field])
                guard DecodedCheck.isIncreasing(positions[start..<end], below: length) else {
                    throw reader.failure("a word position is out of order or beyond its field's length")
                }
                start = end
            }
        }
    }
}
