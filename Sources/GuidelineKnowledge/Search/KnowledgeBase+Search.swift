import FullTextSearch

/// Full-text search over the knowledge base.
extension KnowledgeBase {
    /// Searches the records with a question or keywords.
    ///
    /// Natural-language questions work: results are ranked (BM25F, titles and aliases above body text,
    /// records covering more of the question first), words are stemmed, and risk, topic and glossary aliases
    /// expand the query. Never fails: any string yields results (possibly none) and ``GuidelineSearchResults/notes``.
    ///
    /// ```swift
    /// let results = guidelines.search("someone asked my daughter for nudes", audiences: [.parentsEducators])
    /// ```
    /// - Parameters:
    ///   - text: the question, in the query syntax of ``GuidelineQuery``.
    ///   - audiences: only these guideline sets (empty: all).
    ///   - limit: the most hits to return.
    /// - Complexity: O(m + k log k) for m postings of the query's terms and k = offset + limit.
    public func search(_ text: String, audiences: Set<Audience> = [], limit: Int = 10) -> GuidelineSearchResults {
        search(GuidelineQuery(text, audiences: audiences, limit: limit))
    }

    /// Runs a typed query.
    /// - Complexity: O(m + k log k) for m postings of the query's terms and k = offset + limit.
    public func search(_ query: GuidelineQuery) -> GuidelineSearchResults {
        let index = searchIndex
        let ranking = rankingContext(for: query, in: index)
        let results = index.words.search(
            query.text, filters: query.filters, limit: max(0, query.limit), offset: max(0, query.offset),
            explain: query.explain, signals: ranking.signals
        )
        let hits = results.hits.compactMap { hit in
            record(id: hit.documentID).map {
                GuidelineHit(
                    record: $0, score: hit.score, snippet: GuidelineSnippet(hit.snippet),
                    explanation: hit.explanation?.description)
            }
        }
        return GuidelineSearchResults(
            query: query.text, total: results.total, hits: hits, facets: .countedWhenRead(results),
            notes: results.notes,
            semantic: ranking.semantic, asker: ranking.asker,
            urgentHelp: urgentHelp(for: query, ranking: ranking),
            appliesAsker: query.audiences.isEmpty && ranking.asker?.audience != nil
        )
    }

    /// For one risk, the best recommendations of each guideline set: those most specifically about it first.
    ///
    /// Within an audience, a recommendation that names the risk first among its risks comes before one that
    /// lists it later, one linked to fewer risks before one linked to many, then by how well it matches the
    /// risk's name (every linked record does, through its linked vocabulary), then by ID.
    /// - Parameters:
    ///   - risk: the risk.
    ///   - limit: the most recommendations per audience.
    /// - Returns: every audience in order, each with up to `limit` hits (possibly none).
    /// - Complexity: O(k log k) per audience for its k recommendations linked to the risk.
    public func bestRecommendations(for risk: RiskID, limit: Int = 5) -> [(audience: Audience, hits: [GuidelineHit])] {
        let title = self.risk(risk)?.title ?? risk.rawValue
        return Audience.allCases.map { audience in
            let linked = recommendations(addressing: risk, for: audience).count
            let query = GuidelineQuery(
                title, audiences: [audience], risks: [risk], kinds: [.recommendation, .checklistItem], limit: linked)
            let ranked = search(query).hits.sorted { lhs, rhs in
                let left = (lhs.record.risks.firstIndex(of: risk) ?? .max, lhs.record.risks.count)
                let right = (rhs.record.risks.firstIndex(of: risk) ?? .max, rhs.record.risks.count)
                if left != right { return left < right }
                if lhs.score != rhs.score { return lhs.score > rhs.score }
                return lhs.record.id < rhs.record.id
            }
            return (audience, Array(ranked.prefix(max(0, limit))))
        }
    }

    /// Builds the search index now instead of on the first search: call it at launch, off the main thread,
    /// so the first query answers at once. Does nothing when the index is built or was loaded from a snapshot.
    /// - Complexity: O(n) in the total length of the records' text, once per knowledge base.
    public func prepareSearch() {
        _ = searchIndex
    }

    /// Completions for what a user has typed so far: words of the content and record titles.
    /// - Complexity: O(log n + limit) in the number of distinct words.
    public func suggestions(prefix: String, limit: Int = 10) -> [String] {
        searchIndex.words.suggestions(prefix: prefix, limit: limit).map(\.text)
    }
}
