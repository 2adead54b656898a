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
    /// The phrase matches of the thesaurus entries of several indexed words, computed once at build time: the
    /// same groups come up query after query, and matching a dozen alias phrases per query word is most of a
    /// query's work otherwise (a typed phrase that spells an entry reuses them too).
    let thesaurusPhraseMatches: [AnalyzedPhrase: ClauseMatches]
    /// For each thesaurus entry, the alternative it adds to a concept as a synonym of another entry of its
    /// group, resolved at build time; `nil` if one of its words is not indexed or its phrase matches were
    /// left to query time (see ``synonymAlternative(_:)``).
    let synonymAlternatives: [ConceptAlternative?]
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
        let inverted = builder.build(termIDs: words.termIDs, terms: words.terms)
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
            thesaurusPhraseMatches: Self.phraseMatches(of: analyzedThesaurus, in: inverted)
        )
    }

    /// Assembles an index from its parts, built or decoded, and derives what is cheap to derive: the parser,
    /// the synonym alternatives and the scorer's per-document factors.
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
        thesaurusPhraseMatches: [AnalyzedPhrase: ClauseMatches]
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
        self.synonymAlternatives = analyzedThesaurus.entries.map { entry in
            // A phrase over the precomputation budget is matched at query time instead.
            guard entry.phrase.terms.count < 2 || thesaurusPhraseMatches[entry.phrase] != nil else { return nil }
            return inverted.phraseClause(
                entry.phrase,
                weight: configuration.synonymWeight,
                label: entry.text,
                known: thesaurusPhraseMatches
            )
        }
        self.scorer = BM25F(
            parameters: configuration.bm25,
            fieldWeights: schema.textFields.map(\.weight),
            fieldLengths: inverted.fieldLengths,
            documentCount: documentIDs.count
        )
    }

    /// The most candidate documents the build visits to precompute thesaurus phrase matches. Each phrase
    /// visits every document holding its rarest word, so precomputing them all would cost thesaurus entries ×
    /// documents; phrases beyond the budget are matched when a query uses them (what they cost then is
    /// bounded by their group's size). The bundled content needs a small fraction of it.
    static let phrasePrecomputationBudget = 1_000_000

    private static func phraseMatches(
        of thesaurus: AnalyzedThesaurus,
        in inverted: InvertedIndex
    ) -> [AnalyzedPhrase: ClauseMatches] {
        var matches: [AnalyzedPhrase: ClauseMatches] = [:]
        var budget = phrasePrecomputationBudget
        for entry in thesaurus.entries where matches[entry.phrase] == nil {
            let ids = entry.phrase.terms.compactMap { inverted.termIDs[$0] }
            guard ids.count > 1, ids.count == entry.phrase.terms.count else { continue }
            let work = ids.map(inverted.documentFrequency).min() ?? 0
            guard work <= budget else { continue }
            budget -= work
            matches[entry.phrase] = inverted.matches(ofPhrase: ids, offsets: entry.phrase.offsets)
        }
        return matches
    }

    /// The alternative thesaurus entry `entry` adds to a concept: resolved at build time, or now for a
    /// phrase left out of the precomputation budget; `nil` if one of its words is not indexed.
    func synonymAlternative(_ entry: Int) -> ConceptAlternative? {
        if let resolved = synonymAlternatives[entry] { return resolved }
        let analyzed = analyzedThesaurus.entries[entry]
        guard analyzed.phrase.terms.count > 1 else { return nil }
        return inverted.phraseClause(
            analyzed.phrase, weight: configuration.synonymWeight, label: analyzed.text, known: thesaurusPhraseMatches)
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
