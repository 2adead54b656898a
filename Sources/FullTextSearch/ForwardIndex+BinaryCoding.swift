import BinaryCoding

extension ForwardIndex {
    /// Writes the snippet texts, then per document its word count, then the word terms, starts and ends of
    /// all documents as three flat arrays.
    func encode(into writer: inout BinaryWriter) {
        writer.write(entries.map(\.text))
        writer.write(counts: entries.map(\.terms.count))
        writer.write(int32s: entries.flatMap(\.terms))
        writer.write(int32s: entries.flatMap(\.starts))
        writer.write(int32s: entries.flatMap(\.ends))
    }

    /// Reads what ``encode(into:)`` wrote, checking that every term number is a term (or -1) and that every
    /// word's UTF-8 range lies inside its text, in order, on Unicode scalar boundaries (the ranges only if
    /// `checkingEveryValue`: see ``SearchIndex/init(decoding:checkingEveryValue:)``).
    init(
        decoding reader: inout BinaryReader, documentCount: Int, termCount: Int, checkingEveryValue: Bool
    ) throws(BinaryDecodingError) {
        let texts = try reader.read([String].self)
        guard texts.count == documentCount else {
            throw reader.failure("\(texts.count) snippet texts for \(documentCount) documents")
        }
        let wordCounts = try reader.readCounts()
        guard wordCounts.count == documentCount else {
            throw reader.failure("word counts for \(wordCounts.count) of \(documentCount) documents")
        }
        let terms = try reader.readInt32s()
        guard DecodedCheck.sums(wordCounts, to: terms.count) else {
            throw reader.failure("snippet word counts do not add up")
        }
        guard DecodedCheck.allIn(terms, from: -1, below: termCount) else {
            throw reader.failure("a snippet word has no term")
        }
        let starts = try reader.readInt32s(count: terms.count, "snippet word starts")
        let ends = try reader.readInt32s(count: terms.count, "snippet word ends")
        var entries: [Entry] = []
        entries.reserveCapacity(documentCount)
        var start = 0
        for (text, count) in zip(texts, wordCounts) {
            let range = start..<(start + count)
            guard !checkingEveryValue || Self.rangesAreValid(starts: starts[range], ends: ends[range], in: text) else {
                throw reader.failure("a snippet word's range is out of order or outside its text")
            }
            entries.append(
                Entry(text: text, terms: Array(terms[range]), starts: Array(starts[range]), ends: Array(ends[range])))
            start += count
        }
        self.init(entries: entries)
    }

    private static func rangesAreValid(starts: ArraySlice<Int32>, ends: ArraySlice<Int32>, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            func isBoundary(_ offset: Int32) -> Bool {
                offset >= 0 && Int(offset) <= utf8.count
                    && (Int(offset) == utf8.count || utf8[Int(offset)] & 0xC0 != 0x80)
            }
            var previousEnd: Int32 = 0
            for (start, end) in zip(starts, ends) {
                guard start >= previousEnd, end >= start, isBoundary(start), isBoundary(end) else { return false }
                previousEnd = end
            }
            return true
        }
    }
}

extension TitleIndex {
    func encode(into writer: inout BinaryWriter) {
        writer.write(titles)
        writer.write(foldedTitles)
    }

    /// Reads what ``encode(into:)`` wrote: no titles, or one per document (with its folded form).
    init(decoding reader: inout BinaryReader, documentCount: Int) throws(BinaryDecodingError) {
        let titles = try reader.read([String].self)
        let folded = try reader.read([String].self)
        guard titles.isEmpty || titles.count == documentCount, folded.count == titles.count else {
            throw reader.failure(
                "\(titles.count) titles and \(folded.count) folded titles for \(documentCount) documents")
        }
        self.init(titles: titles, foldedTitles: folded)
    }
}

extension TermDictionary {
    /// Writes the surface forms in their sorted order with their terms and counts.
    func encode(into writer: inout BinaryWriter) {
        writer.write(entries.map(\.surface))
        writer.write(int32s: entries.map(\.term))
        writer.write(counts: entries.map(\.count))
    }

    /// Reads what ``encode(into:)`` wrote, checking the order of the surface forms and their term numbers.
    init(decoding reader: inout BinaryReader, termCount: Int) throws(BinaryDecodingError) {
        let surfaces = try reader.read([String].self)
        let terms = try reader.readInt32s(count: surfaces.count, "dictionary terms")
        let counts = try reader.readCounts()
        guard counts.count == surfaces.count else {
            throw reader.failure("dictionary counts for \(counts.count) of \(surfaces.count) words")
        }
        guard DecodedCheck.allIn(terms, below: termCount) else { throw reader.failure("a dictionary word has no term") }
        guard zip(surfaces, surfaces.dropFirst()).allSatisfy({ $0.utf8.lexicographicallyPrecedes($1.utf8) }) else {
            throw reader.failure("the dictionary's words are not sorted")
        }
        self.init(sortedEntries: zip(surfaces, zip(terms, counts)).map { Entry(surface: $0, term: $1.0, count: $1.1) })
    }
}
