/// The documents matching one term or phrase, with per-field frequencies, in the layout of ``TermPostings``:
/// `frequencies[k * fieldCount + field]` for the document at index *k* of ``documents``.
///
/// A term's matches are views of the index's postings (no copy); a phrase's are made for it. Either way the
/// indices of ``frequencies`` are those of ``documents`` times the field count (a term's slices keep the
/// index's numbering).
struct ClauseMatches: Sendable {
    /// Matching document numbers, increasing.
    var documents: ArraySlice<Int32> = []
    /// Per matching document and field, the number of occurrences.
    var frequencies: Slice<PackedIntegers> = PackedIntegers([])[...]

    /// The index in ``documents`` of `document`, if it matches.
    /// - Complexity: O(log *n*).
    func index(of document: Int32) -> Int? {
        documents.binarySearch(document)
    }
}

extension InvertedIndex {
    /// The matches of a single term: its postings' documents and frequencies, not copied.
    func matches(ofTerm term: Int32) -> ClauseMatches {
        let postings = postings(of: term)
        return ClauseMatches(documents: postings.documents, frequencies: postings.frequencies)
    }

    /// The documents where the terms occur at the given relative word offsets, counted per field.
    /// - Complexity: O(*d* × *p* × *t* log *p*) for *d* documents containing the rarest term,
    ///   *p* positions per field and *t* terms.
    func matches(ofPhrase terms: [Int32], offsets: [Int]) -> ClauseMatches {
        guard let rarest = terms.indices.min(by: { documentFrequency(terms[$0]) < documentFrequency(terms[$1]) })
        else { return ClauseMatches() }
        var matchedDocuments: [Int32] = []
        var matchedFrequencies: [Int32] = []
        // Plain views of the index's packed frequencies and positions, valid while the index is: read many times
        // per candidate.
        defer { withExtendedLifetime(self) {} }
        let lists = terms.map { postings(of: $0).documents }
        let (entryFrequencies, positions) = (self.frequencies.unsafeView, self.positions.unsafeView)
        // Candidates come in increasing order, so each list is searched only from where the previous
        // candidate was found (no per-candidate allocations: `found` and `frequencies` are reused).
        var cursors = lists.map(\.startIndex)
        var found = [Int](repeating: 0, count: lists.count)
        var frequencies = [Int32](repeating: 0, count: fieldCount)
        // Per term, where its positions in the current field start and end in ``positions``.
        var fieldStarts = [Int](repeating: 0, count: lists.count)
        var fieldEnds = [Int](repeating: 0, count: lists.count)
        let entryPositionStarts = entryPositionStarts.value
        candidates: for document in lists[rarest] {
            for term in lists.indices {
                let documents = lists[term]
                let position = documents.lowerBound(of: document, from: cursors[term])
                cursors[term] = position
                guard position < documents.endIndex, documents[position] == document else { continue candidates }
                found[term] = position
            }
            // An entry's positions are its fields' positions one field after the other.
            for term in lists.indices { fieldStarts[term] = Int(entryPositionStarts[found[term]]) }
            var matched = false
            for field in 0..<fieldCount {
                // The phrase can occur in the field only if every term does.
                var everyTermOccurs = true
                for term in lists.indices {
                    let frequency = Int(entryFrequencies[found[term] * fieldCount + field])
                    fieldEnds[term] = fieldStarts[term] + frequency
                    if frequency == 0 { everyTermOccurs = false }
                }
                let count =
                    everyTermOccurs
                    ? Self.phraseCount(
                        in: positions, starts: fieldStarts, ends: fieldEnds, offsets: offsets, anchor: rarest) : 0
                frequencies[field] = count
                if count > 0 { matched = true }
                swap(&fieldStarts, &fieldEnds)
            }
            guard matched else { continue }
            matchedDocuments.append(document)
            matchedFrequencies.append(contentsOf: frequencies)
        }
        return ClauseMatches(documents: matchedDocuments[...], frequencies: PackedIntegers(matchedFrequencies)[...])
    }

    /// How many times the phrase occurs in one field of one document, given each term's positions there
    /// (`positions[starts[term]..<ends[term]]`).
    @inline(__always)
    private static func phraseCount(
        in positions: PackedIntegers.View, starts: [Int], ends: [Int], offsets: [Int], anchor: Int
    ) -> Int32 {
        var count: Int32 = 0
        for anchorPosition in positions[starts[anchor]..<ends[anchor]] {
            let start = Int(anchorPosition) - offsets[anchor]
            let allPresent = starts.indices.allSatisfy { term in
                term == anchor
                    || positions[starts[term]..<ends[term]].binarySearch(Int32(clamping: start + offsets[term])) != nil
            }
            if allPresent { count += 1 }
        }
        return count
    }
}

extension RandomAccessCollection where Element == Int32, Index == Int {
    /// The first index at or after `start` whose element is not below `value` (this collection increasing).
    ///
    /// The search gallops from `start` (probing 1, 2, 4, … elements ahead) before bisecting, so a caller that
    /// walks a list with increasing values pays for the distance it moves, not for the length of the list.
    /// - Complexity: O(log *d*) where *d* is the distance from `start` to the result.
    func lowerBound(of value: Int32, from start: Int) -> Int {
        var low = Swift.max(start, startIndex)
        var high = low
        var step = 1
        // Every element before `low` is below `value`; the element at `high`, if any, is the next probe.
        while high < endIndex, self[high] < value {
            low = high + 1
            high = low + step
            step *= 2
        }
        return self[low..<Swift.min(high, endIndex)].partitioningIndex { $0 >= value }
    }
}
