/// Query-time thesaurus expansion: runs of typed words and quoted phrases that spell a thesaurus entry
/// become one concept whose alternatives are the entry and the other entries of its group.
extension QueryPlanner {
    /// A single-word clause with its analysis (of one stem), candidate for matching thesaurus entries.
    private struct WordClause {
        var term: Query.Term
        var word: String
        var analysis: TermAnalysis
        var stem: String { analysis.phrase.terms[0] }
    }

    /// The concepts of the query's clauses, with thesaurus groups merged in.
    func expandedConcepts(_ clauses: [Query.Clause]) -> [Concept] {
        var concepts: [Concept] = []
        var run: [WordClause] = []
        for clause in clauses {
            let analyses = clause.alternatives.map(analysis(of:))
            if analyses.count == 1, let analysis = analyses[0] {
                if case .word(let word) = clause.alternatives[0], analysis.phrase.terms.count == 1 {
                    run.append(WordClause(term: clause.alternatives[0], word: word, analysis: analysis))
                    continue
                }
                if analysis.phrase.isEmpty { continue }
            }
            concepts += conceptsOfRun(run)
            run = []
            concepts.append(
                Concept(alternatives: zip(clause.alternatives, analyses).flatMap(alternativesWithSynonyms))
            )
        }
        return concepts + conceptsOfRun(run)
    }

    /// An alternative resolved on its own, plus the other entries of the thesaurus group it spells exactly.
    private func alternativesWithSynonyms(_ term: Query.Term, analysis: TermAnalysis?) -> [ConceptAlternative] {
        let original = resolve(term, analysis: analysis)
        guard let analysis, let entry = index.analyzedThesaurus.exactEntry(analysis.phrase) else { return original }
        return synonymConcept(entry: entry, original: original).alternatives
    }

    /// Greedily matches the longest thesaurus entries in a run of consecutive words; two words that are
    /// also written as one ("live streaming", "livestreaming") become one concept.
    private func conceptsOfRun(_ run: [WordClause]) -> [Concept] {
        var concepts: [Concept] = []
        let stems = run.map(\.stem)
        var start = 0
        while start < run.count {
            guard let entry = index.analyzedThesaurus.longestEntry(in: stems, from: start) else {
                if start + 1 < run.count, let joined = joinedConcept(run[start], run[start + 1]) {
                    concepts.append(joined)
                    start += 2
                    continue
                }
                concepts.append(
                    Concept(
                        alternatives: resolve(run[start].term, analysis: run[start].analysis)
                            + splitAlternatives(run[start])))
                start += 1
                continue
            }
            let length = index.analyzedThesaurus.stems(of: entry).count
            let words = run[start..<(start + length)]
            concepts.append(synonymConcept(entry: entry, original: originalAlternatives(words)))
            start += length
        }
        return concepts
    }

    /// The concept of two typed words when the collection also writes them as one word: the two as a phrase
    /// and the joined word, so that "live streaming", "live-streaming" and "livestreaming" match alike.
    private func joinedConcept(_ first: WordClause, _ second: WordClause) -> Concept? {
        let joined = TermAnalysis(first.word + second.word, analyzer: index.analyzer)
        guard joined.phrase.terms.count == 1, let id = index.inverted.termID(of: joined.phrase.terms[0]) else {
            return nil
        }
        let words = first.word + " " + second.word
        let phrase = phraseClause(index.analyzer.phrase(words), weight: 1, label: words).map { [$0] } ?? []
        return Concept(alternatives: phrase + [termClause(id, weight: 1, label: first.word + second.word)])
    }

    /// A long typed word that the collection also writes as two ("livestreaming", "live streaming"): the
    /// two words as a phrase, when both are indexed and the phrase occurs.
    /// - Complexity: O(l) analyses for a word of l characters (at most 30 are tried).
    private func splitAlternatives(_ word: WordClause) -> [ConceptAlternative] {
        let characters = Array(word.word)
        guard (6...30).contains(characters.count), characters.allSatisfy(\.isLetter) else { return [] }
        for cut in 3...(characters.count - 3) {
            let phrase = index.analyzer.phrase(String(characters[..<cut]) + " " + String(characters[cut...]))
            guard phrase.terms.count == 2, phrase.terms.allSatisfy({ index.inverted.termID(of: $0) != nil }),
                let clause = phraseClause(phrase, weight: 1, label: word.word), !clause.matches.documents.isEmpty
            else { continue }
            return [clause]
        }
        return []
    }

    /// The alternatives for the words the user typed that spell an entry: one word as typed, or several
    /// words as a phrase plus each word alone at a low weight.
    private func originalAlternatives(_ words: ArraySlice<WordClause>) -> [ConceptAlternative] {
        guard words.count > 1 else {
            return words.flatMap { resolve($0.term, analysis: $0.analysis, fuzzy: false) }
        }
        let phrase = words.map(\.word).joined(separator: " ")
        let whole = phraseClause(index.analyzer.phrase(phrase), weight: 1, label: phrase).map { [$0] } ?? []
        let partial = index.configuration.partialPhraseWeight
        let parts = words.flatMap { word in
            resolve(word.term, analysis: word.analysis, weight: partial, fuzzy: false).map { clause in
                var part = clause
                part.isPart = true
                return part
            }
        }
        return whole + parts
    }

    /// A concept made of the typed alternatives and the other entries of the entry's group.
    private func synonymConcept(entry: Int, original: [ConceptAlternative]) -> Concept {
        let thesaurus = index.analyzedThesaurus
        let synonyms = thesaurus.entries(inGroup: thesaurus.group(of: entry)).filter { $0 != entry }.compactMap {
            index.synonymAlternative($0)
        }
        return Concept(alternatives: original + synonyms)
    }
}
