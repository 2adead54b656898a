import BinaryCoding

// The settings an index was built with (schema, analyzer, thesaurus, configuration), in the binary form of
// ``SearchIndex/encode(into:)``. Each decodes through its public initializer, so a decoded value passes the same
// checks as one made in code.

extension IndexSchema {
    func encode(into writer: inout BinaryWriter) {
        writer.write(textFields) { writer, field in
            writer.write(field.name)
            writer.write(field.weight)
        }
        writer.write(keywordFields)
        writer.write(snippetField)
        writer.write(titleField) { writer, title in writer.write(title) }
    }

    init(decoding reader: inout BinaryReader) throws(BinaryDecodingError) {
        let textFields = try reader.readArray(minimumElementSize: 12) {
            (reader: inout BinaryReader) throws(BinaryDecodingError) in
            TextField(name: try reader.read(String.self), weight: try reader.read(Double.self))
        }
        let keywordFields = try reader.read([String].self)
        let snippetField = try reader.read(String.self)
        let titleField = try reader.readOptional { (reader: inout BinaryReader) throws(BinaryDecodingError) in
            try reader.read(String.self)
        }
        do {
            try self.init(
                textFields: textFields,
                keywordFields: keywordFields,
                snippetField: snippetField,
                titleField: titleField
            )
        } catch {
            throw reader.failure("invalid schema: \(error)")
        }
    }
}

extension Analyzer {
    func encode(into writer: inout BinaryWriter) {
        writer.write(language)
        // Sorted: a set's order differs from process to process, and the bytes must not.
        writer.write(stopWords.words.sorted())
    }

    init(decoding reader: inout BinaryReader) throws(BinaryDecodingError) {
        let language = try reader.read(String.self)
        let stopWords = try reader.read([String].self)
        do {
            try self.init(language: language, stopWords: StopWords(stopWords))
        } catch {
            throw reader.failure("invalid analyzer: \(error)")
        }
    }
}

extension Thesaurus {
    func encode(into writer: inout BinaryWriter) {
        writer.write(groups) { writer, group in writer.write(group) }
    }

    init(decoding reader: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(
            try reader.readArray(minimumElementSize: 4) { (reader: inout BinaryReader) throws(BinaryDecodingError) in
                try reader.read([String].self)
            }
        )
    }
}

extension AnalyzedThesaurus {
    /// Writes every analyzed entry: its text, stems, word offsets and group number, so that a decoded index
    /// does not tokenize and stem the thesaurus again.
    func encode(into writer: inout BinaryWriter) {
        writer.write(entries) { writer, entry in
            writer.write(entry.text)
            writer.write(entry.phrase.terms)
            writer.write(counts: entry.phrase.offsets)
            writer.writeCount(entry.group)
        }
    }

    /// Reads what ``encode(into:)`` wrote, checking each phrase's shape (stems, offsets from 0 and rising) and
    /// the grouping (numbered from 0 in order, at least two entries each), so that nothing read can make a
    /// lookup go out of bounds. Whether the entries are the analysis of the index's thesaurus is the caller's
    /// check (``SearchIndex/init(decoding:checkingEveryValue:)``).
    init(decoding reader: inout BinaryReader) throws(BinaryDecodingError) {
        let entries = try reader.readArray(minimumElementSize: 16) {
            (reader: inout BinaryReader) throws(BinaryDecodingError) -> Entry in
            let text = try reader.read(String.self)
            let terms = try reader.read([String].self)
            let offsets = try reader.readCounts()
            let group = try reader.readCount()
            guard !terms.isEmpty, offsets.count == terms.count, offsets.first == 0,
                zip(offsets, offsets.dropFirst()).allSatisfy({ $0 < $1 })
            else {
                throw reader.failure("an analyzed thesaurus entry's stems and word offsets do not match")
            }
            return Entry(text: text, phrase: AnalyzedPhrase(terms: terms, offsets: offsets), group: group)
        }
        // Groups numbered from 0, each entry in its predecessor's group or the next; then the grouping that
        // `init(entries:)` derives has no gap, and only its sizes are left to check.
        let malformed = reader.failure(
            "the analyzed thesaurus's groups are out of order or have fewer than two entries")
        guard (entries.first?.group ?? 0) == 0,
            zip(entries, entries.dropFirst()).allSatisfy({ $1.group == $0.group || $1.group == $0.group + 1 })
        else { throw malformed }
        self.init(entries: entries)
        guard groupEntries.allSatisfy({ $0.count >= 2 }) else { throw malformed }
    }
}

extension SearchIndex.Configuration {
    func encode(into writer: inout BinaryWriter) {
        writer.write(bm25.k1)
        writer.write(bm25.b)
        writer.write(synonymWeight)
        writer.write(partialPhraseWeight)
        writer.write(prefixWeight)
        writer.write(fuzzyWeights) { writer, weight in writer.write(weight) }
        writer.write(maximumPrefixExpansions)
        writer.write(maximumFuzzyExpansions)
        writer.write(snippetWordCount)
        writer.write(snippetLeadingWords)
        writer.write(parserLimits.maximumLength)
        writer.write(parserLimits.maximumTerms)
        writer.write(queryFillerWords.words.sorted())
    }

    init(decoding reader: inout BinaryReader) throws(BinaryDecodingError) {
        let bm25 = BM25Parameters(k1: try reader.read(Double.self), b: try reader.read(Double.self))
        let synonymWeight = try reader.read(Double.self)
        let partialPhraseWeight = try reader.read(Double.self)
        let prefixWeight = try reader.read(Double.self)
        let fuzzyWeights = try reader.readArray(minimumElementSize: 8) {
            (reader: inout BinaryReader) throws(BinaryDecodingError) in try reader.read(Double.self)
        }
        self.init(
            bm25: bm25,
            synonymWeight: synonymWeight,
            partialPhraseWeight: partialPhraseWeight,
            prefixWeight: prefixWeight,
            fuzzyWeights: fuzzyWeights,
            maximumPrefixExpansions: try reader.read(Int.self),
            maximumFuzzyExpansions: try reader.read(Int.self),
            snippetWordCount: try reader.read(Int.self),
            snippetLeadingWords: try reader.read(Int.self),
            parserLimits: QueryParser.Limits(
                maximumLength: try reader.read(Int.self),
                maximumTerms: try reader.read(Int.self)
            ),
            queryFillerWords: StopWords(try reader.read([String].self))
        )
    }
}
