/// One resolved alternative of a query: a term or a phrase of term numbers, with its weight, the text
/// reported in ``SearchHit/matchedTerms``, and the documents it matches.
struct ConceptAlternative: Sendable {
    enum Pattern: Sendable, Hashable {
        case term(Int32)
        case phrase(terms: [Int32], offsets: [Int])
    }

    var pattern: Pattern
    var weight: Double
    var label: String
    var matches: ClauseMatches
    /// Whether this is one word of a multi-word entry typed apart; parts of a concept add up (see
    /// ``ConceptCombination``).
    var isPart = false
}

/// A query clause resolved into alternatives (typed term, stems, synonyms, prefix and typo expansions).
/// A document covers the concept if it matches any alternative; coordination counts covered concepts.
struct Concept: Sendable {
    var alternatives: [ConceptAlternative]
}

/// A typed word or phrase analyzed: its tokens and the phrase of its terms. The planner analyzes each term
/// once, for thesaurus matching and for resolving alike.
struct TermAnalysis {
    var tokens: [Token]
    var phrase: AnalyzedPhrase

    init(_ text: String, analyzer: Analyzer) {
        tokens = analyzer.tokens(in: text)
        phrase = AnalyzedPhrase(tokens: tokens)
    }
}

/// A ``Query`` resolved against one index.
struct QueryPlan: Sendable {
    /// Concepts that match at least one document (at most 64, one bit each).
    var concepts: [Concept] = []
    /// Clauses whose documents are removed.
    var exclusions: [ConceptAlternative] = []
    /// Keyword conditions, all required.
    var filters: [(field: String, values: Set<String>)] = []
    /// Whether the query had no clauses at all (then every document passing the filters matches).
    var isBrowse = true
    /// Problems found while resolving (unknown filter fields, clauses beyond the limit).
    var notes: [QueryNote] = []

    /// The most concepts scored; further ones are ignored with a note.
    static let maximumConcepts = 64
}

extension InvertedIndex {
    /// A clause for one term number, matching its postings.
    func termClause(_ id: Int32, weight: Double, label: String) -> ConceptAlternative {
        ConceptAlternative(pattern: .term(id), weight: weight, label: label, matches: matches(ofTerm: id))
    }

    /// A phrase clause, a term clause for a one-word phrase, or `nil` if a word is not indexed.
    /// - Parameter known: The phrase's matches if they were computed before (see
    ///   ``SearchIndex/thesaurusPhraseMatches``); otherwise the phrase is matched now.
    /// - Complexity: O(*t* log *n*) for a phrase of *t* terms with `known` matches and an index of *n* terms, else
    ///   that of ``matches(ofPhrase:offsets:)``.
    func phraseClause(
        _ phrase: AnalyzedPhrase,
        weight: Double,
        label: String,
        known: ClauseMatches?
    ) -> ConceptAlternative? {
        let ids = phrase.terms.compactMap(termID(of:))
        guard !ids.isEmpty, ids.count == phrase.terms.count else { return nil }
        guard ids.count > 1 else { return termClause(ids[0], weight: weight, label: label) }
        return ConceptAlternative(
            pattern: .phrase(terms: ids, offsets: phrase.offsets),
            weight: weight,
            label: label,
            matches: known ?? matches(ofPhrase: ids, offsets: phrase.offsets)
        )
    }
}

/// Resolves a ``Query`` against an index: analysis, term lookup, thesaurus, prefix and typo expansion.
struct QueryPlanner {
    let index: SearchIndex
    /// Prefixes and misspelled words whose expansions were cut at the configured limit, reported as notes.
    private let cuts = ExpansionCuts()

    init(index: SearchIndex) {
        self.index = index
    }

    func plan(_ query: Query, filters extraFilters: [String: Set<String>]) -> QueryPlan {
        var plan = QueryPlan()
        plan.isBrowse = query.clauses.isEmpty
        plan.concepts = expandedConcepts(withoutFillerWords(query.clauses)).filter {
            $0.alternatives.contains { !$0.matches.documents.isEmpty }
        }
        if plan.concepts.count > QueryPlan.maximumConcepts {
            plan.notes.append(
                QueryNote(
                    code: .tooManyTerms,
                    message:
                        """
                        Only the first \(QueryPlan.maximumConcepts) of \(plan.concepts.count) matching clauses were \
                        scored.
                        """
                )
            )
            plan.concepts.removeLast(plan.concepts.count - QueryPlan.maximumConcepts)
        }
        plan.exclusions = query.exclusions.flatMap { resolve($0, fuzzy: false) }
        for (field, values) in (query.filters.sorted { $0.key < $1.key } + extraFilters.sorted { $0.key < $1.key }) {
            if index.keywords.field(named: field) == nil {
                plan.notes.append(
                    QueryNote(
                        code: .unknownField,
                        message:
                            """
                            “\(field)” is not a keyword field of this index \
                            (\(index.schema.keywordFields.joined(separator: ", "))); no document matches it.
                            """
                    )
                )
            }
            plan.filters.append((field, values))
        }
        plan.notes += cuts.notes(
            prefixLimit: index.configuration.maximumPrefixExpansions,
            fuzzyLimit: index.configuration.maximumFuzzyExpansions
        )
        return plan
    }

    /// The clauses without the single typed words that are ``SearchIndex/Configuration/queryFillerWords``,
    /// unless nothing else would remain.
    private func withoutFillerWords(_ clauses: [Query.Clause]) -> [Query.Clause] {
        let fillers = index.configuration.queryFillerWords
        guard !fillers.words.isEmpty else { return clauses }
        let kept = clauses.filter { clause in
            guard clause.alternatives.count == 1, case .word(let word) = clause.alternatives[0] else { return true }
            return !fillers.contains(index.analyzer.fold(word))
        }
        return kept.isEmpty ? clauses : kept
    }

    /// The analysis of a word or phrase term (`nil` for a prefix), computed once per term and query.
    func analysis(of term: Query.Term) -> TermAnalysis? {
        switch term {
        case .word(let text), .phrase(let text): TermAnalysis(text, analyzer: index.analyzer)
        case .prefix: nil
        }
    }

    /// The alternatives of one typed term.
    /// - Parameter known: The term's analysis (see ``analysis(of:)``) if the caller has it already.
    func resolve(_ term: Query.Term, analysis known: TermAnalysis? = nil, weight: Double = 1, fuzzy: Bool = true)
        -> [ConceptAlternative]
    {
        switch term {
        case .word(let text):
            let analysis = known ?? TermAnalysis(text, analyzer: index.analyzer)
            let phrase = analysis.phrase
            guard phrase.terms.count == 1, let surface = analysis.tokens.first(where: { !$0.isStopWord })?.surface
            else {
                return phraseClause(phrase, weight: weight, label: text).map { [$0] } ?? []
            }
            if let id = index.inverted.termID(of: phrase.terms[0]) {
                return [termClause(id, weight: weight, label: text)]
            }
            return fuzzy ? fuzzyClauses(surface, weight: weight) : []
        case .phrase(let text):
            let phrase = known?.phrase ?? index.analyzer.phrase(text)
            return phraseClause(phrase, weight: weight, label: text).map { [$0] } ?? []
        case .prefix(let text):
            let prefix = index.analyzer.fold(text)
            guard !prefix.isEmpty else { return [] }
            let limit = index.configuration.maximumPrefixExpansions
            // One more than the limit tells whether anything was cut.
            var expansions = index.dictionary.terms(withPrefix: prefix, limit: limit == .max ? limit : limit + 1)
            if expansions.count > limit {
                expansions.removeLast(expansions.count - limit)
                cuts.prefixes.insert(text)
            }
            return expansions.map {
                termClause($0.term, weight: weight * index.configuration.prefixWeight, label: $0.surface)
            }
        }
    }

    func termClause(_ id: Int32, weight: Double, label: String) -> ConceptAlternative {
        index.inverted.termClause(id, weight: weight, label: label)
    }

    /// A phrase clause, a term clause for a one-word phrase, or `nil` if a word is not indexed; the matches
    /// of thesaurus phrases come from the index's build.
    func phraseClause(_ phrase: AnalyzedPhrase, weight: Double, label: String) -> ConceptAlternative? {
        let entry = index.analyzedThesaurus.exactEntry(phrase)
        return index.inverted.phraseClause(
            phrase, weight: weight, label: label, known: entry.flatMap(index.thesaurusPhraseMatches.matches(ofEntry:)))
    }

    /// Indexed words within a few edits of a word that is not indexed, weighted by distance.
    private func fuzzyClauses(_ surface: String, weight: Double) -> [ConceptAlternative] {
        let configuration = index.configuration
        let distance = configuration.maximumEditDistance(forLength: surface.unicodeScalars.count)
        let limit = configuration.maximumFuzzyExpansions
        var matches = index.dictionary.fuzzyMatches(
            of: surface,
            maximumDistance: distance,
            limit: limit == .max ? limit : limit + 1
        )
        if matches.count > limit {
            matches.removeLast(matches.count - limit)
            cuts.words.insert(surface)
        }
        return matches.map { match in
            termClause(
                match.entry.term,
                weight: weight * configuration.fuzzyWeights[match.distance - 1],
                label: match.entry.surface
            )
        }
    }
}

/// What the planner's prefix and typo expansion cut, so that the cut is reported instead of silent.
/// Lives for one plan on one thread (the planner is a local value).
private final class ExpansionCuts {
    var prefixes: Set<String> = []
    var words: Set<String> = []

    func notes(prefixLimit: Int, fuzzyLimit: Int) -> [QueryNote] {
        var notes: [QueryNote] = []
        if !prefixes.isEmpty {
            let list = prefixes.sorted().map { "“\($0)*”" }.joined(separator: ", ")
            notes.append(
                QueryNote(
                    code: .expansionLimited,
                    message:
                        "\(list) matched more than \(prefixLimit) words; only the first \(prefixLimit) were searched."
                )
            )
        }
        if !words.isEmpty {
            let list = words.sorted().map { "“\($0)”" }.joined(separator: ", ")
            notes.append(
                QueryNote(
                    code: .expansionLimited,
                    message:
                        """
                        \(list) is not indexed and is close to more than \(fuzzyLimit) words; only the \(fuzzyLimit) \
                        closest were searched.
                        """
                )
            )
        }
        return notes
    }
}
