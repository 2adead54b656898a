import BinaryCoding

extension TermDictionary {
    /// Writes the surface forms in their sorted order with their terms and counts.
    func encode(into writer: inout BinaryWriter) {
        surfaces.encode(into: &writer)
        writer.write(int32s: terms)
        writer.write(int32s: counts)
    }

    /// Reads what ``encode(into:)`` wrote, checking the order of the surface forms, their term numbers and
    /// counts.
    init(decoding reader: inout BinaryReader, termCount: Int) throws(BinaryDecodingError) {
        let surfaces = try StringTable(decoding: &reader, "dictionary words")
        let terms = try reader.readInt32s(count: surfaces.count, "dictionary terms")
        let counts = try reader.readInt32s(count: surfaces.count, "dictionary counts")
        guard DecodedCheck.allIn(terms, below: termCount) else { throw reader.failure("a dictionary word has no term") }
        guard DecodedCheck.allIn(counts, below: Int(Int32.max) + 1) else {
            throw reader.failure("a dictionary word's count is negative")
        }
        guard zip(surfaces.indices, surfaces.indices.dropFirst()).allSatisfy(surfaces.precedes) else {
            throw reader.failure("the dictionary's words are not sorted")
        }
        self.init(surfaces: surfaces, terms: terms, counts: counts)
    }
}
