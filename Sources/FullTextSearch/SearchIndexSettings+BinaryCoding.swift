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
