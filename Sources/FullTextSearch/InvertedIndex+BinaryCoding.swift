import BinaryCoding

extension InvertedIndex {
    /// Writes the stems, the field lengths and every term's postings, each kind of number as one flat array
    /// (per-term lengths first), so that decoding is a few bulk reads and slices.
    /// Position starts are not written: they are the running sum of the frequencies.
    func encode(into writer: inout BinaryWriter) {
        writer.write(terms)
        writer.write(int32s: fieldLengths)
        writer.write(counts: postings.map(\.documents.count))
        writer.write(int32s: postings.flatMap(\.documents))
        writer.write(int32s: postings.flatMap(\.frequencies))
        writer.write(int32s: postings.flatMap(\.positions))
    }

    /// Reads what ``encode(into:)`` wrote, checking every document number, frequency and position.
    /// - Throws: ``BinaryDecodingError`` for truncated or inconsistent bytes.
    init(decoding reader: inout BinaryReader, fieldCount: Int, documentCount: Int) throws(BinaryDecodingError) {
        let terms = try reader.read([String].self)
        var termIDs: [String: Int32] = [:]
        termIDs.reserveCapacity(terms.count)
        for (id, term) in terms.enumerated() {
            guard termIDs.updateValue(Int32(id), forKey: term) == nil else {
                throw reader.failure("the term “\(term)” is listed twice")
            }
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
        let allDocuments = try reader.readInt32s()
        guard DecodedCheck.sums(documentCounts, to: allDocuments.count) else {
            throw reader.failure("postings lengths do not add up")
        }
        let allFrequencies = try reader.readInt32s(count: allDocuments.count * fieldCount, "frequencies")
        let allPositions = try reader.readInt32s()
        var postings: [TermPostings] = []
        postings.reserveCapacity(terms.count)
        var documentStart = 0
        var positionStart = 0
        for count in documentCounts {
            let documents = allDocuments[documentStart..<(documentStart + count)]
            guard DecodedCheck.isIncreasing(documents, below: documentCount) else {
                throw reader.failure("a postings list has a document number out of order or beyond \(documentCount)")
            }
            var term = TermPostings()
            term.documents = Array(documents)
            term.frequencies = Array(
                allFrequencies[(documentStart * fieldCount)..<((documentStart + count) * fieldCount)])
            let termPositionStart = positionStart
            // Each (document, field) holds `frequency` positions, increasing and within the field's length.
            for (k, document) in documents.enumerated() {
                for field in 0..<fieldCount {
                    let frequency = Int(term.frequencies[k * fieldCount + field])
                    guard frequency >= 0, frequency <= allPositions.count - positionStart else {
                        throw reader.failure("a frequency is negative or beyond the stored positions")
                    }
                    let length = Int(fieldLengths[Int(document) * fieldCount + field])
                    let positions = allPositions[positionStart..<(positionStart + frequency)]
                    guard DecodedCheck.isIncreasing(positions, below: length) else {
                        throw reader.failure("a word position is out of order or beyond its field's length")
                    }
                    positionStart += frequency
                }
            }
            term.positions = Array(allPositions[termPositionStart..<positionStart])
            term.finishPositionStarts()
            documentStart += count
            postings.append(term)
        }
        guard positionStart == allPositions.count else { throw reader.failure("positions left over") }
        self.init(
            fieldCount: fieldCount, termIDs: termIDs, terms: terms, postings: postings, fieldLengths: fieldLengths)
    }
}

extension ClauseMatches {
    func encode(into writer: inout BinaryWriter) {
        writer.write(int32s: documents)
        writer.write(int32s: frequencies)
    }

    /// Reads what ``encode(into:)`` wrote, checking the document numbers and the frequencies' count.
    init(decoding reader: inout BinaryReader, fieldCount: Int, documentCount: Int) throws(BinaryDecodingError) {
        let documents = try reader.readInt32s()
        guard DecodedCheck.isIncreasing(documents, below: documentCount) else {
            throw reader.failure("matches list a document number out of order or beyond \(documentCount)")
        }
        let frequencies = try reader.readInt32s(count: documents.count * fieldCount, "match frequencies")
        guard DecodedCheck.allIn(frequencies, below: Int(Int32.max)) else {
            throw reader.failure("a match frequency is negative")
        }
        self.init(documents: documents, frequencies: frequencies)
    }
}
