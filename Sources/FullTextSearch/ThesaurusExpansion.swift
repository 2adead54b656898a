/// Query-time thesaurus expansion: runs of typed words and quoted phrases that spell a thesaurus entry
/// become one concept whose alternatives are the entry and the other entries of its group.
extension QueryPlanner {
    /// A single-word clause with its stem, candidate for matching thesaurus entries.
    private struct WordClause {
        var clause: Query.Clause
        var word: String
        var stem: String
    }

    /// The concepts of the query's clauses, with thesaurus groups merged in.
    func expandedConcepts(_ clauses: [Query.Clause]) -> [Concept] {
        var concepts: [Concept] = []
        var run: [WordClause] = []
        for clause in clauses {
            let analysis = singleTermAnalysis(clause)
            if let word = analysis.word, let phrase = analysis.phrase, phrase.terms.count == 1 {
                run.append(WordClause(clause: clause, word: word, stem: phrase.terms[0]))
                continue
            }
            if let phrase = analysis.phrase, phrase.isEmpty { continue }
            concepts += conceptsOfRun(run)
            run = []
            concepts.append(Concept(alternatives: clause.alternatives.flatMap(alternativesWithSynonyms)))
        }
        return concepts + conceptsOfRun(run)
    }

    /// For a clause with one word or phrase alternative: the typed word, if a word, and the analysis.
    private func singleTermAnalysis(_ clause: Query.Clause) -> (word: String?, phrase: AnalyzedPhrase?) {
        guard clause.alternatives.count == 1 else { return (nil, nil) }
        switch clause.alternatives[0] {
        case .word(let word): return (word, index.analyzer.phrase(word))
        case .phrase(let text): return (nil, index.analyzer.phrase(text))
        case .prefix: return (nil, nil)
        }
    }

    /// An alternative resolved on its own, plus the other entries of the thesaurus group it spells exactly.
    private func alternativesWithSynonyms(_ term: Query.Term) -> [PlanClause] {
        let original = resolve(term)
        switch term {
        case .word(let text), .phrase(let text):
            guard let entry = index.analyzedThesaurus.exactEntry(index.analyzer.phrase(text)) else { return original }
            return synonymConcept(entry: entry, original: original).alternatives
        case .prefix:
            return original
        }
    }

    /// Greedily matches the longest thesaurus entries in a run of consecutive words.
    private func conceptsOfRun(_ run: [WordClause]) -> [Concept] {
        var concepts: [Concept] = []
        let stems = run.map(\.stem)
        var start = 0
        while start < run.count {
            guard let entry = index.analyzedThesaurus.longestEntry(in: stems, from: start) else {
                concepts.append(Concept(alternatives: run[start].clause.alternatives.flatMap { resolve($0) }))
                start += 1
                continue
            }
            let length = index.analyzedThesaurus.entries[entry].phrase.terms.count
            let words = run[start..<(start + length)]
            concepts.append(synonymConcept(entry: entry, original: originalAlternatives(words)))
            start += length
        }
        return concepts
    }

    /// The alternatives for the words the user typed that spell an entry: one word as typed, or several
    /// words as a phrase plus each word alone at a low weight.
    private func originalAlternatives(_ words: ArraySlice<WordClause>) -> [PlanClause] {
        guard words.count > 1 else {
            return words.flatMap { $0.clause.alternatives.flatMap { resolve($0, fuzzy: false) } }
        }
        let phrase = words.map(\.word).joined(separator: " ")
        let whole = phraseClause(index.analyzer.phrase(phrase), weight: 1, label: phrase).map { [$0] } ?? []
        let partial = index.configuration.partialPhraseWeight
        let parts = words.flatMap { resolve(.word($0.word), weight: partial, fuzzy: false) }.map { clause in
            var part = clause
            part.isPart = true
            return part
        }
        return whole + parts
    }

    /// A concept made of the typed alternatives and the other entries of the entry's group.
    private func synonymConcept(entry: Int, original: [PlanClause]) -> Concept {
        let thesaurus = index.analyzedThesaurus
        let group = thesaurus.entries[entry].group
        let synonyms = thesaurus.groupEntries[group].filter { $0 != entry }.compactMap { other in
            phraseClause(
                thesaurus.entries[other].phrase,
                weight: index.configuration.synonymWeight,
                label: thesaurus.entries[other].text,
                matches: index.synonymPhraseMatches[other]
            )
        }
        return Concept(alternatives: original + synonyms)
    }
}
