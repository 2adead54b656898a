/// An immutable full-text index over generic documents, built once and safe to query from many tasks.
///
/// Every document is analyzed at build time; queries only look up terms, walk compact postings and score
/// with BM25F, so a query over about a thousand documents takes microseconds.
///
/// ```swift
/// let index = SearchIndex(documents: documents, schema: schema, analyzer: try Analyzer(), thesaurus: thesaurus)
/// let results = index.search("grooming in games audience:parents", limit: 10)
/// for hit in results.hits { print(hit.documentID, hit.snippet.text) }
/// ```
public struct SearchIndex: Sendable {
    /// The schema the index was built with.
    public let schema: IndexSchema
    /// The analyzer used for documents and queries.
    public let analyzer: Analyzer
    /// The thesaurus used to expand queries.
    public let thesaurus: Thesaurus
    /// Scoring weights and bounds.
    public let configuration: Configuration
    /// The identifiers of the indexed documents, sorted; the position of an identifier is its document number.
    public let documentIDs: [String]
    /// Identifiers that occurred more than once in the input; only the first document with each was indexed.
    public let duplicateDocumentIDs: [String]
    /// A parser that knows this index's keyword fields and limits (made once, not per query).
    public let parser: QueryParser

    let inverted: InvertedIndex
    let dictionary: TermDictionary
    let keywords: KeywordIndex
    let snippets: ForwardIndex
    let titles: TitleIndex
    let analyzedThesaurus: AnalyzedThesaurus
    /// The phrase matches of the thesaurus entries of several indexed words, computed once at build time.
    let thesaurusPhraseMatches: ThesaurusPhraseMatches
    let scorer: BM25F

    /// Builds an index.
    /// - Parameters:
    ///   - documents: The documents; identifiers should be unique (duplicates are reported in
    ///     ``duplicateDocumentIDs`` and skipped).
    ///   - schema: Which fields are searched, weighted, filtered and used for snippets.
    ///   - analyzer: The analyzer for documents and queries.
    ///   - thesaurus: Equivalent phrases used to expand queries.
    ///   - configuration: Scoring weights and bounds.
    /// - Complexity: O(*n*) in the total length of the documents' text.
    public init(
        documents: [SearchDocument],
        schema: IndexSchema,
        analyzer: Analyzer,
        thesaurus: Thesaurus = .empty,
        configuration: Configuration = Configuration()
    ) {
        let (unique, duplicates) = Self.uniqueDocumentsSortedByID(documents)
        let fields = schema.textFields.map(\.name)
        let snippetField = schema.textFieldIndex(schema.snippetField) ?? 0
        var words = WordTable(analyzer: analyzer)
        var builder = InvertedIndexBuilder(fieldCount: fields.count)
        var snippetEntries: [ForwardIndex.Entry] = []
        snippetEntries.reserveCapacity(unique.count)
        // Field texts often repeat across documents (tags, linked vocabulary): analyze each distinct text once.
        // The snippet field is always analyzed afresh: its UTF-8 offsets must index into its own string, and
        // `String` keys match canonically equivalent texts whose bytes may differ.
        var analyzed: [String: AnalyzedText] = [:]
        analyzed.reserveCapacity(unique.count * (fields.count - 1))
        for (number, document) in unique.enumerated() {
            let fieldTexts = fields.enumerated().map { field, name in
                let text = document.text[name] ?? ""
                if field == snippetField { return words.analyze(text) }
                if let known = analyzed[text] { return known }
                let analysis = words.analyze(text)
                analyzed[text] = analysis
                return analysis
            }
            builder.add(document: Int32(clamping: number), fields: fieldTexts)
            for text in fieldTexts {
                words.countOccurrences(in: text)
            }
            snippetEntries.append(
                ForwardIndex.Entry(text: document.text[schema.snippetField] ?? "", analyzed: fieldTexts[snippetField])
            )
        }
        let inverted = builder.build(terms: words.terms)
        let analyzedThesaurus = AnalyzedThesaurus(thesaurus, analyzer: analyzer)
        self.init(
            schema: schema,
            analyzer: analyzer,
            thesaurus: thesaurus,
            configuration: configuration,
            documentIDs: unique.map(\.id),
            duplicateDocumentIDs: duplicates,
            inverted: inverted,
            dictionary: TermDictionary(entries: words.dictionaryEntries),
            keywords: KeywordIndex(fieldNames: schema.keywordFields, documents: unique),
            snippets: ForwardIndex(entries: snippetEntries),
            titles: TitleIndex(titles: schema.titleField.map { field in unique.map { $0.text[field] ?? "" } } ?? []),
            analyzedThesaurus: analyzedThesaurus,
            thesaurusPhraseMatches: ThesaurusPhraseMatches(of: analyzedThesaurus, in: inverted)
        )
    }

    /// Assembles an index from its parts, built or decoded, and derives what is cheap to derive: the parser
    /// and the scorer's per-document factors.
    init(
        schema: IndexSchema,
        analyzer: Analyzer,
        thesaurus: Thesaurus,
        configuration: Configuration,
        documentIDs: [String],
        duplicateDocumentIDs: [String],
        inverted: InvertedIndex,
        dictionary: TermDictionary,
        keywords: KeywordIndex,
        snippets: ForwardIndex,
        titles: TitleIndex,
        analyzedThesaurus: AnalyzedThesaurus,
        thesaurusPhraseMatches: ThesaurusPhraseMatches
    ) {
        self.schema = schema
        self.analyzer = analyzer
        self.thesaurus = thesaurus
        self.configuration = configuration
        self.documentIDs = documentIDs
        self.duplicateDocumentIDs = duplicateDocumentIDs
        self.parser = QueryParser(keywordFields: schema.keywordFields, limits: configuration.parserLimits)
        self.inverted = inverted
        self.dictionary = dictionary
        self.keywords = keywords
        self.snippets = snippets
        self.titles = titles
        self.analyzedThesaurus = analyzedThesaurus
        self.thesaurusPhraseMatches = thesaurusPhraseMatches
        self.scorer = BM25F(
            parameters: configuration.bm25,
            fieldWeights: schema.textFields.map(\.weight),
            fieldLengths: inverted.fieldLengths,
            documentCount: documentIDs.count
        )
    }

    /// The alternative thesaurus entry `entry` adds to a concept as a synonym of another entry of its group:
    /// its stored phrase matches, or those matched now for a phrase left out of the precomputation budget;
    /// `nil` if one of its words is not indexed.
    /// - Complexity: O(*t* log *n*) for an entry of *t* words with stored matches and an index of *n* terms.
    func synonymAlternative(_ entry: Int) -> ConceptAlternative? {
        let analyzed = analyzedThesaurus.entry(entry)
        return inverted.phraseClause(
            analyzed.phrase, weight: configuration.synonymWeight, label: analyzed.text,
            known: thesaurusPhraseMatches.matches(ofEntry: entry))
    }

    /// The number of indexed documents.
    public var documentCount: Int { documentIDs.count }

    /// The document number of an identifier, if it is indexed.
    /// - Complexity: O(log *n*).
    func documentNumber(of id: String) -> Int? {
        documentIDs.binarySearch(id)
    }

    private static func uniqueDocumentsSortedByID(_ documents: [SearchDocument]) -> ([SearchDocument], [String]) {
        var seen = Set<String>()
        var duplicates: [String] = []
        var unique: [SearchDocument] = []
        for document in documents {
            if seen.insert(document.id).inserted {
                unique.append(document)
            } else if !duplicates.contains(document.id) {
                duplicates.append(document.id)
            }
        }
        return (unique.sorted { $0.id < $1.id }, duplicates.sorted())
    }
}
