extension SearchIndex {
    /// Parses query text with ``parser`` and runs it.
    ///
    /// - Parameters:
    ///   - text: Query text in the ``QueryParser`` syntax; any text is accepted.
    ///   - filters: Extra keyword conditions (field to accepted values), ANDed with the query's own filters.
    ///   - limit: The most hits returned.
    ///   - offset: The number of best hits skipped (for paging).
    ///   - explain: Whether to attach an ``Explanation`` to each hit.
    ///   - signals: Similarities and priors to fuse with the lexical ranking (see ``RankFusion``); with
    ///     them, the documents most similar to the query are candidates even when they share no word with it,
    ///     and ``SearchHit/score`` is the fused score.
    /// - Returns: The page of hits, the total, facet counts, and the parser's and planner's notes.
    /// - Complexity: O(*q* + *m* + *k* log *k*) for query length *q* (bounded by the parser),
    ///   *m* postings entries of the query's terms and *k* = `offset + limit`; with signals, plus
    ///   O(*m* log *m* + *n*) for *n* documents.
    public func search(
        _ text: String,
        filters: [String: Set<String>] = [:],
        limit: Int = 10,
        offset: Int = 0,
        explain: Bool = false,
        signals: RankingSignals? = nil
    ) -> SearchResults {
        let parsed = parser.parse(text)
        return search(
            parsed.query,
            filters: filters,
            limit: limit,
            offset: offset,
            explain: explain,
            signals: signals,
            notes: parsed.notes
        )
    }

    /// Runs a query.
    ///
    /// A document matches if it passes every filter, matches no exclusion, and matches at least one clause
    /// (any document, in identifier order, when the query has no clauses). Matches are ranked by BM25F times
    /// the share of clauses they cover; equal scores are ordered by identifier.
    ///
    /// - Parameters:
    ///   - query: The query.
    ///   - filters: Extra keyword conditions (field to accepted values), ANDed with the query's own filters.
    ///   - limit: The most hits returned.
    ///   - offset: The number of best hits skipped (for paging).
    ///   - explain: Whether to attach an ``Explanation`` to each hit.
    /// - Returns: The page of hits, the total, facet counts over all matches, and notes.
    /// - Complexity: O(*m* + *k* log *k*) for *m* postings entries of the query's terms and
    ///   *k* = `offset + limit`, plus O(*n* / 64) for bitmaps of the *n* documents.
    public func search(
        _ query: Query,
        filters: [String: Set<String>] = [:],
        limit: Int = 10,
        offset: Int = 0,
        explain: Bool = false
    ) -> SearchResults {
        search(query, filters: filters, limit: limit, offset: offset, explain: explain, signals: nil, notes: [])
    }

    /// Explains the score of one document for a query, whether or not it would be on the first page.
    /// - Parameters:
    ///   - query: The query.
    ///   - documentID: The document's identifier.
    /// - Returns: The explanation, or `nil` if the document is not indexed.
    /// - Complexity: O(*a* log *m*) for *a* resolved alternatives with *m* matching documents each.
    public func explain(_ query: Query, documentID: String) -> Explanation? {
        guard let document = documentNumber(of: documentID) else { return nil }
        let plan = QueryPlanner(index: self).plan(query, filters: [:])
        return explanation(document: document, plan: plan)
    }

    private func search(
        _ query: Query,
        filters: [String: Set<String>],
        limit: Int,
        offset: Int,
        explain: Bool,
        signals: RankingSignals?,
        notes: [QueryNote]
    ) -> SearchResults {
        let plan = QueryPlanner(index: self).plan(query, filters: filters)
        let hasSimilarities = signals.map { $0.similarities.count == documentCount } ?? false
        // Browsing needs a filter: a query with no words and no filters (empty, only punctuation or emoji)
        // asks nothing, so it answers nothing rather than every document.
        if plan.isBrowse && plan.filters.isEmpty && !hasSimilarities {
            let empty = QueryNote(
                code: .emptyQuery, message: "The query has no words to search for and no filters; nothing was searched."
            )
            return SearchResults(
                total: 0,
                hits: [],
                facetSource: FacetSource(keywords: keywords, matches: DocumentSet(documentCount: documentCount)),
                notes: notes + plan.notes + [empty]
            )
        }
        let eligible = eligibility(plan)
        var ranked = plan.isBrowse && !hasSimilarities ? browse(eligible) : score(plan, eligible: eligible)
        var fused: FusedRanking?
        if let signals {
            let fusion = FusedRanking(
                lexical: ranked, signals: signals, eligible: eligible, documentCount: documentCount)
            ranked = fusion.documents
            fused = fusion
        }
        let offset = max(0, offset)
        // A hostile `offset + limit` (say `Int.max` twice) must not overflow: saturate instead.
        let wanted = offset.addingReportingOverflow(max(0, limit))
        let page = ranked.topRanked(wanted.overflow ? .max : wanted.partialValue).dropFirst(offset)
        let context = HitContext(
            alternatives: page.isEmpty ? [] : plan.concepts.flatMap(\.alternatives),
            configuration: configuration
        )
        return SearchResults(
            total: ranked.count,
            hits: page.map {
                hit(for: $0, context: context, plan: plan, explain: explain, fusion: fused?.detail(for: $0.document))
            },
            facetSource: FacetSource(
                keywords: keywords, matches: DocumentSet(documentCount: documentCount, members: ranked)),
            notes: notes + plan.notes
        )
    }

    /// The documents that pass every filter and match no exclusion, or `nil` when the query has neither
    /// (then every document is eligible).
    /// - Complexity: O(*f* × *n* / 64 + *d*) for *f* filters, *n* documents in the collection and *d* documents
    ///   listed under the filters' values and the exclusions.
    private func eligibility(_ plan: QueryPlan) -> DocumentSet? {
        guard !plan.filters.isEmpty || !plan.exclusions.isEmpty else { return nil }
        var eligible = DocumentSet(documentCount: documentCount, isFull: true)
        for (field, values) in plan.filters {
            var passing = DocumentSet(documentCount: documentCount)
            keywords.field(named: field)?.insertDocuments(withAnyOf: values, into: &passing)
            eligible.formIntersection(passing)
        }
        for exclusion in plan.exclusions {
            for document in exclusion.matches.documents { eligible.remove(document) }
        }
        return eligible
    }

    private func browse(_ eligible: DocumentSet?) -> [ScoredDocument] {
        (eligible ?? DocumentSet(documentCount: documentCount, isFull: true)).members.map {
            ScoredDocument(document: $0, score: 0)
        }
    }

    /// Every eligible document matching at least one alternative, with its final score, in increasing order.
    /// - Complexity: O(*m* + *n* / 64) for *m* postings entries of the alternatives and *n* documents.
    private func score(_ plan: QueryPlan, eligible: DocumentSet?) -> [ScoredDocument] {
        var accumulator = ScoreAccumulator(matching: DocumentRanks(matchingDocuments(plan, eligible: eligible)))
        var combinations = Array(repeating: ConceptCombination(), count: accumulator.slots.count)
        var reached: [Int] = []
        var frequencies: [Int32] = []
        for (concept, entry) in plan.concepts.enumerated() {
            for clause in entry.alternatives {
                let idf = scorer.idf(documentFrequency: clause.matches.documents.count)
                // Plain buffers in the loop over postings (the frequencies widened once): no reference counting
                // or bounds checks.
                clause.matches.frequencies.widen(into: &frequencies)
                clause.matches.documents.withUnsafeBufferPointer { documents in
                    frequencies.withUnsafeBufferPointer { frequencies in
                        for (k, document) in documents.enumerated() {
                            guard let slot = accumulator.slots.rank(of: document) else { continue }
                            let score = clauseScore(
                                weight: clause.weight,
                                idf: idf,
                                frequencies: frequencies,
                                base: k * scorer.fieldCount,
                                document: Int(document)
                            )
                            if combinations[slot].count == 0 { reached.append(slot) }
                            combinations[slot].add(score, isPart: clause.isPart)
                        }
                    }
                }
            }
            for slot in reached {
                accumulator.add(combinations[slot].score, slot: slot, concept: concept)
                combinations[slot] = ConceptCombination()
            }
            reached.removeAll(keepingCapacity: true)
        }
        return accumulator.scoredDocuments(conceptCount: plan.concepts.count)
    }

    /// The eligible documents that match at least one alternative of the plan.
    /// - Complexity: O(*m* + *n* / 64) for *m* postings entries of the alternatives and *n* documents.
    private func matchingDocuments(_ plan: QueryPlan, eligible: DocumentSet?) -> DocumentSet {
        var matching = DocumentSet(documentCount: documentCount)
        for concept in plan.concepts {
            for clause in concept.alternatives { matching.insert(contentsOf: clause.matches.documents) }
        }
        if let eligible { matching.formIntersection(eligible) }
        return matching
    }

    /// The BM25F score of an alternative for one document it matches, from the alternative's weight, idf and
    /// the document's per-field frequencies (`frequencies[base ..< base + fieldCount]`, in
    /// ``ClauseMatches/frequencies``).
    private func clauseScore<Frequencies: RandomAccessCollection<Int32>>(
        weight: Double,
        idf: Double,
        frequencies: Frequencies,
        base: Int,
        document: Int
    ) -> Double where Frequencies.Index == Int {
        let frequency = scorer.pseudoFrequency(document: document, frequencies: frequencies, base: base)
        return weight * idf * scorer.saturate(frequency)
    }

    /// One hit: the labels of the alternatives its document matches, its snippet and, if asked, its explanation.
    /// - Complexity: O(*a* log *m* + *w*) for *a* alternatives matching *m* documents each and *w* words in the
    ///   snippet field (see ``Highlighter/snippet(of:keys:)``).
    private func hit(
        for scored: ScoredDocument, context: HitContext, plan: QueryPlan, explain: Bool, fusion: FusionDetail?
    ) -> SearchHit {
        let document = Int(scored.document)
        // The alternatives the document matches, numbered in order; -1 for the others.
        var keys = Array(repeating: -1, count: context.alternatives.count)
        var matchedCount = 0
        var labels: [String] = []
        var labelListed = Array(repeating: false, count: context.alternatives.count)
        for (number, clause) in context.alternatives.enumerated()
        where clause.matches.index(of: scored.document) != nil {
            keys[number] = matchedCount
            matchedCount += 1
            let label = context.firstWithSameLabel[number]
            if !labelListed[label] {
                labelListed[label] = true
                labels.append(clause.label)
            }
        }
        return SearchHit(
            documentID: documentIDs[document],
            score: scored.score,
            matchedTerms: labels,
            snippet: context.highlighter.snippet(of: snippets.entry(document), keys: keys),
            explanation: explain ? explanation(document: document, plan: plan, fusion: fusion) : nil
        )
    }

    private func explanation(document: Int, plan: QueryPlan, fusion: FusionDetail? = nil) -> Explanation {
        var contributions: [Explanation.Contribution] = []
        var base = 0.0
        var covered = 0
        for concept in plan.concepts {
            var coversConcept = false
            var combination = ConceptCombination()
            for clause in concept.alternatives {
                guard let k = clause.matches.index(of: Int32(clamping: document)) else { continue }
                coversConcept = true
                let idf = scorer.idf(documentFrequency: clause.matches.documents.count)
                let base = k * scorer.fieldCount
                let score = clauseScore(
                    weight: clause.weight,
                    idf: idf,
                    frequencies: clause.matches.frequencies,
                    base: base,
                    document: document
                )
                combination.add(score, isPart: clause.isPart)
                let shares = scorer.fieldShares(document: document, frequencies: clause.matches.frequencies, base: base)
                for (field, share) in shares.enumerated() where clause.matches.frequencies[base + field] > 0 {
                    contributions.append(
                        Explanation.Contribution(
                            term: clause.label,
                            weight: clause.weight,
                            idf: idf,
                            field: schema.textFields[field].name,
                            frequency: Int(clause.matches.frequencies[base + field]),
                            score: score * share
                        )
                    )
                }
            }
            if coversConcept { covered += 1 }
            base += combination.score
        }
        let total = plan.concepts.count
        return Explanation(
            documentID: documentIDs[document],
            score: total == 0 ? 0 : base * Double(covered) / Double(total),
            baseScore: base,
            coveredConcepts: covered,
            totalConcepts: total,
            contributions: contributions,
            fusion: fusion
        )
    }
}

/// What the hits of one query share, prepared once for all of them.
private struct HitContext {
    /// The plan's alternatives, concept after concept.
    let alternatives: [ConceptAlternative]
    /// Per alternative, the number of the first alternative with the same label, so that a hit lists each
    /// label once without comparing labels.
    let firstWithSameLabel: [Int]
    /// A highlighter for the patterns of ``alternatives``, in that order.
    let highlighter: Highlighter

    /// - Complexity: O(*a* log *a* + *t*) for *a* alternatives of *t* terms in all.
    init(alternatives: [ConceptAlternative], configuration: SearchIndex.Configuration) {
        self.alternatives = alternatives
        self.firstWithSameLabel = Self.firstWithSameLabel(alternatives.map(\.label))
        self.highlighter = Highlighter(
            wordCount: configuration.snippetWordCount,
            leadingWords: configuration.snippetLeadingWords,
            patterns: alternatives.map(\.pattern)
        )
    }

    /// Per label, the position of the first label equal to it: sorting brings equal labels together, which
    /// takes fewer comparisons than hashing every label takes work for the few labels of a query.
    private static func firstWithSameLabel(_ labels: [String]) -> [Int] {
        let order = labels.indices.sorted { (labels[$0], $0) < (labels[$1], $1) }
        var first = Array(labels.indices)
        for (previous, next) in zip(order, order.dropFirst()) where labels[next] == labels[previous] {
            first[next] = first[previous]
        }
        return first
    }
}
