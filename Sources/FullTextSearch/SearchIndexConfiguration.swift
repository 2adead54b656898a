extension SearchIndex {
    /// Scoring weights and bounds of a ``SearchIndex``.
    public struct Configuration: Sendable, Hashable {
        /// BM25 parameters.
        public var bm25: BM25Parameters
        /// Weight of a thesaurus alternative relative to the term the user typed (below 1).
        public var synonymWeight: Double
        /// Weight of each single word of a multi-word thesaurus entry typed as free words, matched alone.
        public var partialPhraseWeight: Double
        /// Weight of a word matched by a prefix (`cyber*`).
        public var prefixWeight: Double
        /// Weights of typo-tolerant matches at edit distance 1 and 2 (below exact and stemmed matches).
        public var fuzzyWeights: [Double]
        /// The most distinct terms a prefix expands to.
        public var maximumPrefixExpansions: Int
        /// The most distinct terms a misspelled word expands to.
        public var maximumFuzzyExpansions: Int
        /// The number of words in a snippet.
        public var snippetWordCount: Int
        /// Words of context shown before the first highlighted word of a snippet.
        public var snippetLeadingWords: Int
        /// The limits of the index's ``QueryParser``.
        public var parserLimits: QueryParser.Limits
        /// Words that a question needs but that say nothing about what is asked ("how", "should",
        /// "possible"): a typed word among them is not scored, unless every word of the query is one.
        /// They stay indexed, and quoted phrases keep them.
        public var queryFillerWords: StopWords

        /// Creates a configuration; the defaults suit collections of hundreds to tens of thousands of documents.
        public init(
            bm25: BM25Parameters = BM25Parameters(),
            synonymWeight: Double = 0.8,
            partialPhraseWeight: Double = 0.4,
            prefixWeight: Double = 0.8,
            fuzzyWeights: [Double] = [0.5, 0.3],
            maximumPrefixExpansions: Int = 50,
            maximumFuzzyExpansions: Int = 8,
            snippetWordCount: Int = 30,
            snippetLeadingWords: Int = 4,
            parserLimits: QueryParser.Limits = QueryParser.Limits(),
            queryFillerWords: StopWords = .none
        ) {
            self.bm25 = bm25
            self.synonymWeight = synonymWeight
            self.partialPhraseWeight = partialPhraseWeight
            self.prefixWeight = prefixWeight
            self.fuzzyWeights = fuzzyWeights
            self.maximumPrefixExpansions = max(0, maximumPrefixExpansions)
            self.maximumFuzzyExpansions = max(0, maximumFuzzyExpansions)
            self.snippetWordCount = max(1, snippetWordCount)
            self.snippetLeadingWords = max(0, snippetLeadingWords)
            self.parserLimits = parserLimits
            self.queryFillerWords = queryFillerWords
        }

        /// The largest edit distance tolerated for a word of `length` characters: none below 4,
        /// 1 for 4 to 7, 2 from 8 on (capped by the number of ``fuzzyWeights``).
        func maximumEditDistance(forLength length: Int) -> Int {
            let distance = length < 4 ? 0 : (length < 8 ? 1 : 2)
            return min(distance, fuzzyWeights.count)
        }
    }
}
