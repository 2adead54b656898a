import BinaryCoding

extension TitleIndex {
    func encode(into writer: inout BinaryWriter) {
        titles.encode(into: &writer)
        foldedTitles.encode(into: &writer)
    }

    /// Reads what ``encode(into:)`` wrote: no titles, or one per document (with its folded form).
    init(decoding reader: inout BinaryReader, documentCount: Int) throws(BinaryDecodingError) {
        let titles = try StringTable(decoding: &reader, "titles")
        let folded = try StringTable(decoding: &reader, "folded titles")
        guard titles.isEmpty || titles.count == documentCount, folded.count == titles.count else {
            throw reader.failure(
                "\(titles.count) titles and \(folded.count) folded titles for \(documentCount) documents")
        }
        self.init(titles: titles, foldedTitles: folded)
    }
}
