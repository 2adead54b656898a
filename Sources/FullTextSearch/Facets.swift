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
    /// - Complexity: O(*d* × *v*) for *d* documents with *v* values each.
    func facetCounts(for documents: [Int32]) -> [String: [FacetCount]] {
        var result: [String: [FacetCount]] = [:]
        for field in fields {
            var counts = Array(repeating: 0, count: field.values.count)
            for document in documents {
                for value in field.documentValues[Int(document)] { counts[Int(value)] += 1 }
            }
            result[field.name] = counts.indices.filter { counts[$0] > 0 }
                .map { FacetCount(value: field.values[$0], count: counts[$0]) }
                .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
        }
        return result
    }
}
