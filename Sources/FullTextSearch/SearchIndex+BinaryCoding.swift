public import BinaryCoding

extension SearchIndex {
    /// The tag that starts an encoded index ("FTSI" read as a little-endian integer).
    static let binaryTag: UInt32 = 0x4953_5446
    /// The layout version of an encoded index; bumped whenever ``encode(into:)`` changes what it writes.
    static let binaryVersion: UInt32 = 4

    /// Appends the whole index to `writer`: the schema, the analyzer's language and stop words, the thesaurus
    /// and its analysis, the configuration, and every index structure, so that ``init(decoding:)`` answers every
    /// query exactly as this index does, without analyzing a document.
    ///
    /// The bytes depend only on the index (no dictionary or set order, no pointers, no padding): the same
    /// documents, schema, analyzer, thesaurus and configuration always give the same bytes. Numbers are
    /// little-endian, arrays flat (a postings list is a slice of one array of all document numbers), so that
    /// decoding is mostly bulk copies. The encoding has no checksum of its own; a file format around it
    /// should add one (see `checksum64`).
    ///
    /// ```swift
    /// var writer = BinaryWriter()
    /// index.encode(into: &writer)
    /// try writer.bytes.write(to: url)
    /// ```
    /// - Parameter writer: The writer to append to.
    /// - Complexity: O(*n*) in the size of the index.
    public func encode(into writer: inout BinaryWriter) {
        writer.write(tag: Self.binaryTag, version: Self.binaryVersion)
        schema.encode(into: &writer)
        analyzer.encode(into: &writer)
        thesaurus.encode(into: &writer)
        analyzedThesaurus.encode(into: &writer)
        configuration.encode(into: &writer)
        writer.write(documentIDs)
        writer.write(duplicateDocumentIDs)
        inverted.encode(into: &writer)
        dictionary.encode(into: &writer)
        keywords.encode(into: &writer)
        snippets.encode(into: &writer)
        titles.encode(into: &writer)
        thesaurusPhraseMatches.encode(into: &writer)
    }

    /// Reads an index written by ``encode(into:)``.
    ///
    /// Every stored document number, term number, position and text offset is checked against the table it
    /// points into, so bytes that are truncated, corrupted or made up give an error and never a crash or an
    /// out-of-bounds read, now or at query time. The reader must be positioned at the start of an encoded
    /// index; on success it is positioned after it.
    ///
    /// ```swift
    /// let bytes = try [UInt8](contentsOf: url)
    /// let index = try bytes.withUnsafeBytes { bytes in
    ///     var reader = BinaryReader(bytes)
    ///     return try SearchIndex(decoding: &reader)
    /// }
    /// ```
    /// - Parameter reader: The reader to read from.
    /// - Throws: `BinaryDecodingError` (from `BinaryCoding`, with the byte offset) when the bytes are not an
    ///   encoded index of this format version, are cut short, or hold a value that is out of range or
    ///   inconsistent; also when the analyzer's language is not available in this build of `libstemmer`.
    /// - Complexity: O(*n*) in the size of the encoding, plus O(*t* log *t*) for hashing the *t* terms and
    ///   analyzing the thesaurus again to check the stored analysis.
    public init(decoding reader: inout BinaryReader) throws(BinaryDecodingError) {
        try self.init(decoding: &reader, checkingEveryValue: true)
    }

    /// Reads an index written by ``encode(into:)``; with `checkingEveryValue` false, skips the thesaurus's
    /// re-analysis and the checks that visit every stored posting, position and word range (counts, lengths
    /// and table sizes are still checked). Only for bytes that are part of the program itself and that a test
    /// decodes with every check (the library's built-in snapshot): it makes loading them several times faster.
    /// - Throws: `BinaryDecodingError` as ``init(decoding:)``.
    package init(decoding reader: inout BinaryReader, checkingEveryValue: Bool) throws(BinaryDecodingError) {
        try reader.expect(tag: Self.binaryTag, version: Self.binaryVersion, "an encoded search index")
        let schema = try IndexSchema(decoding: &reader)
        let analyzer = try Analyzer(decoding: &reader)
        let thesaurus = try Thesaurus(decoding: &reader)
        let analyzedThesaurus = try AnalyzedThesaurus(decoding: &reader, checkingEveryValue: checkingEveryValue)
        // What the thesaurus analyzes to (tokenized and stemmed, most of the cost of decoding a small index)
        // is stored; with every check, it must be exactly what this analyzer makes of this thesaurus.
        if checkingEveryValue, analyzedThesaurus.entries != AnalyzedThesaurus(thesaurus, analyzer: analyzer).entries {
            throw reader.failure("the analyzed thesaurus is not the analysis of the thesaurus")
        }
        let configuration = try Configuration(decoding: &reader)
        let documentIDs = try reader.read([String].self)
        guard zip(documentIDs, documentIDs.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw reader.failure("document identifiers are not sorted and unique")
        }
        let duplicates = try reader.read([String].self)
        let fieldCount = schema.textFields.count
        let documentCount = documentIDs.count
        let inverted = try InvertedIndex(
            decoding: &reader, fieldCount: fieldCount, documentCount: documentCount,
            checkingEveryValue: checkingEveryValue)
        let termCount = inverted.terms.count
        let dictionary = try TermDictionary(decoding: &reader, termCount: termCount)
        let keywords = try KeywordIndex(
            decoding: &reader, fieldNames: schema.keywordFields, documentCount: documentCount)
        let snippets = try ForwardIndex(
            decoding: &reader, documentCount: documentCount, termCount: termCount,
            checkingEveryValue: checkingEveryValue)
        let titles = try TitleIndex(decoding: &reader, documentCount: schema.titleField == nil ? 0 : documentCount)
        let phraseMatches = try ThesaurusPhraseMatches(
            decoding: &reader, entryCount: analyzedThesaurus.count, fieldCount: fieldCount,
            documentCount: documentCount, checkingEveryValue: checkingEveryValue)
        self.init(
            schema: schema,
            analyzer: analyzer,
            thesaurus: thesaurus,
            configuration: configuration,
            documentIDs: documentIDs,
            duplicateDocumentIDs: duplicates,
            inverted: inverted,
            dictionary: dictionary,
            keywords: keywords,
            snippets: snippets,
            titles: titles,
            analyzedThesaurus: analyzedThesaurus,
            thesaurusPhraseMatches: phraseMatches
        )
    }
}
