/// How many matching documents hold one keyword value.
public struct FacetCount: Sendable, Hashable, Codable {
    /// The value as first written in the indexed documents.
    public let value: String
    /// The number of matching documents holding it.
    public let count: Int

    /// Creates a facet count.
    /// - Parameters:
    ///   - value: The keyword value.
    ///   - count: The number of documents holding it.
    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}

extension KeywordIndex {
    /// For each keyword field, the values of `documents` with their counts, most frequent first, then by value.
    /// - Complexity: O(*d* × *v* + *u* log *u*) for *d* documents with *v* values each and *u* distinct values.
    func facetCounts(for documents: DocumentSet) -> [String: [FacetCount]] {
        let counts = countFacetValues(of: documents)
        var result: [String: [FacetCount]] = Dictionary(minimumCapacity: fields.count)
        for (index, field) in fields.enumerated() {
            let start = facetStarts[index]
            result[field.name] = field.facets(counts: counts[start..<(start + field.values.count)])
        }
        return result
    }

    /// Per facet number (see ``facetStarts``), how many of `documents` hold the value.
    /// - Complexity: O(*u* + *d* × *v*) for *u* values of all fields and *d* documents with *v* values each.
    private func countFacetValues(of documents: DocumentSet) -> [Int] {
        var counts = Array(repeating: 0, count: facetValueCount)
        counts.withUnsafeMutableBufferPointer { counts in
            documentFacetStarts.withUnsafeBufferPointer { starts in
                documentFacets.withUnsafeBufferPointer { facets in
                    documents.forEach { document in
                        for slot in Int(starts[Int(document)])..<Int(starts[Int(document) + 1]) {
                            counts[Int(facets[slot])] += 1
                        }
                    }
                }
            }
        }
        return counts
    }
}
