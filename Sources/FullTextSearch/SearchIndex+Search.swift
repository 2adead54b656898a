extension SearchIndex {
    /// Parses query text with ``parser`` and runs it.
    ///
    /// - Parameters:
    ///   - text: Query text in the ``QueryParser`` syntax; any text is accepted.
    ///   - filters: Extra keyword conditions (field to accepted values), ANDed with the query's own filters.
    ///   - limit: The most hits returned.
    ///   - offset: The number of best hits skipped (for paging).
    ///   - explain: Whether to attach an ``Explanation`` to each hit.
    /// - Returns: The page of hits, the total, facet counts, and the parser's and planner's notes.
    /// - Complexity: O(*q* + *m* + *k* log *k*) for query length *q* (bounded by the parser),
    ///   *m* postings entries of the query's terms and *k* = `offset + limit`.
    public func search(
        _ text: String,
        filters: [String: Set<String>] = [:],
        limit: Int = 10,
        offset: Int = 0,
        explain: Bool = false
    ) -> SearchResults {
        let parsed = parser.parse(text)
        return search(
            parsed.query,
            filters: filters,
            limit: limit,
            offset: offset,
            explain: explain,
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
    ///   *k* = `offset + limit`, plus O(*n*) to clear per-document arrays for *n* documents.
    public func search(
        _ query: Query,
        filters: [String: Set<String>] = [:],
        limit: Int = 10,
        offset: Int = 0,
        explain: Bool = false
    ) -> SearchResults {
        search(query, filters: filters, limit: limit, offset: offset, explain: explain, notes: [])
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
        notes: [QueryNote]
    ) -> SearchResults {
        let plan = QueryPlanner(index: self).plan(query, filters: filters)
        // Browsing needs a filter: a query with no words and no filters (empty, only punctuation or emoji)
        // asks nothing, so it answers nothing rather than every document.
        if plan.isBrowse && plan.filters.isEmpty {
            let empty = QueryNote(code: .emptyQuery, message: "The query has no words to search for and no filters; nothing was searched.")
            return SearchResults(total: 0, hits: [], facets: keywords.facetCounts(for: []), notes: notes + plan.notes + [empty])
        }
        let eligible = eligibility(plan)
        let ranked = plan.isBrowse ? browse(eligible) : score(plan, eligible: eligible)
        let offset = max(0, offset)
        // A hostile `offset + limit` (say `Int.max` twice) must not overflow: saturate instead.
        let wanted = offset.addingReportingOverflow(max(0, limit))
        let page = ranked.topRanked(wanted.overflow ? .max : wanted.partialValue).dropFirst(offset)
        return SearchResults(
            total: ranked.count,
            hits: page.map { hit(for: $0, plan: plan, explain: explain) },
            facets: keywords.facetCounts(for: ranked.map(\.document)),
            notes: notes + plan.notes
        )
    }

    /// Per document, whether it passes every filter and matches no exclusion.
    private func eligibility(_ plan: QueryPlan) -> [Bool] {
        var passed = Array(repeating: 0, count: documentCount)
        for (field, values) in plan.filters {
            for document in keywords.field(named: field)?.documents(withAnyOf: values) ?? [] {
                passed[Int(document)] += 1
            }
        }
        var eligible = passed.map { $0 == plan.filters.count }
        for exclusion in plan.exclusions {
            for document in exclusion.matches.documents { eligible[Int(document)] = false }
        }
        return eligible
    }

    private func browse(_ eligible: [Bool]) -> [ScoredDocument] {
        eligible.indices.filter { eligible[$0] }.map { ScoredDocument(document: Int32(clamping: $0), score: 0) }
    }

    private func score(_ plan: QueryPlan, eligible: [Bool]) -> [ScoredDocument] {
        var accumulator = ScoreAccumulator(documentCount: documentCount)
        var combinations = Array(repeating: ConceptCombination(), count: documentCount)
        var reached: [Int] = []
        for (concept, entry) in plan.concepts.enumerated() {
            for clause in entry.alternatives {
                let idf = scorer.idf(documentFrequency: clause.matches.documents.count)
                for (k, document) in clause.matches.documents.enumerated() where eligible[Int(document)] {
                    let score = clauseScore(clause, idf: idf, matchIndex: k, document: Int(document))
                    if combinations[Int(document)].count == 0 { reached.append(Int(document)) }
                    combinations[Int(document)].add(score, isPart: clause.isPart)
                }
            }
            for document in reached {
                accumulator.add(combinations[document].score, document: document, concept: concept)
                combinations[document] = ConceptCombination()
            }
            reached.removeAll(keepingCapacity: true)
        }
        return accumulator.touched.map { document in
            ScoredDocument(
                document: document,
                score: accumulator.finalScore(document: Int(document), conceptCount: plan.concepts.count)
            )
        }
    }

    /// The BM25F score of one alternative for the `matchIndex`-th document it matches.
    private func clauseScore(_ clause: PlanClause, idf: Double, matchIndex: Int, document: Int) -> Double {
        let frequency = scorer.pseudoFrequency(
            document: document,
            frequencies: clause.matches.frequencies,
            base: matchIndex * scorer.fieldCount
        )
        return clause.weight * idf * scorer.saturate(frequency)
    }

    private func hit(for scored: ScoredDocument, plan: QueryPlan, explain: Bool) -> SearchHit {
        let document = Int(scored.document)
        let matched = plan.concepts.flatMap(\.alternatives).filter { $0.matches.index(of: scored.document) != nil }
        var labels: [String] = []
        for clause in matched where !labels.contains(clause.label) { labels.append(clause.label) }
        let highlighter = Highlighter(
            wordCount: configuration.snippetWordCount,
            leadingWords: configuration.snippetLeadingWords
        )
        return SearchHit(
            documentID: documentIDs[document],
            score: scored.score,
            matchedTerms: labels,
            snippet: highlighter.snippet(of: snippets.entries[document], patterns: matched.map(\.pattern)),
            explanation: explain ? explanation(document: document, plan: plan) : nil
        )
    }

    private func explanation(document: Int, plan: QueryPlan) -> Explanation {
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
                let score = clauseScore(clause, idf: idf, matchIndex: k, document: document)
                combination.add(score, isPart: clause.isPart)
                let base = k * scorer.fieldCount
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
            coveredClauses: covered,
            totalClauses: total,
            contributions: contributions
        )
    }
}
