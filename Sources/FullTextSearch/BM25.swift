import Foundation

/// The parameters of BM25 scoring.
public struct BM25Parameters: Sendable, Hashable, Codable {
    /// Term-frequency saturation: how quickly repeated occurrences stop adding score (about 1.2).
    public var k1: Double
    /// Length normalization: 0 ignores field length, 1 normalizes fully (about 0.75).
    public var b: Double

    /// Creates parameters.
    /// - Parameters:
    ///   - k1: Term-frequency saturation, at least 0.
    ///   - b: Length normalization, between 0 and 1.
    public init(k1: Double = 1.2, b: Double = 0.75) {
        self.k1 = k1.isFinite ? max(0, k1) : 1.2
        self.b = b.isFinite ? min(1, max(0, b)) : 0.75
    }
}

/// BM25F: per-field term frequencies are weighted and length-normalized, summed, then saturated once, so
/// a word repeated in the title and the body does not count twice as much as BM25 per field would.
struct BM25F: Sendable {
    let parameters: BM25Parameters
    let documentCount: Int
    let fieldCount: Int
    /// Field weight.
    let fieldWeights: [Double]
    /// Per document and field, `fieldWeight / (1 - b + b * length / averageLength)`.
    let fieldFactors: [Double]

    init(parameters: BM25Parameters, fieldWeights: [Double], fieldLengths: [Int32], documentCount: Int) {
        let fieldCount = fieldWeights.count
        var totals = Array(repeating: 0.0, count: fieldCount)
        for (slot, length) in fieldLengths.enumerated() { totals[slot % fieldCount] += Double(length) }
        let averages = totals.map { documentCount > 0 ? max($0 / Double(documentCount), 1) : 1 }
        self.parameters = parameters
        self.documentCount = documentCount
        self.fieldCount = fieldCount
        self.fieldWeights = fieldWeights
        self.fieldFactors = fieldLengths.enumerated().map { slot, length in
            let field = slot % fieldCount
            let norm = 1 - parameters.b + parameters.b * Double(length) / averages[field]
            return fieldWeights[field] / norm
        }
    }

    /// Inverse document frequency, always positive.
    func idf(documentFrequency: Int) -> Double {
        let n = Double(documentCount)
        let df = Double(documentFrequency)
        return log1p((n - df + 0.5) / (df + 0.5))
    }

    /// The weighted, normalized frequency of a term in a document, from its per-field frequencies
    /// (`frequencies[base ..< base + fieldCount]`; an array, or a buffer in the scoring loop).
    func pseudoFrequency<Frequencies: RandomAccessCollection<Int32>>(
        document: Int,
        frequencies: Frequencies,
        base: Int
    ) -> Double where Frequencies.Index == Int {
        var total = 0.0
        let factorBase = document * fieldCount
        for field in 0..<fieldCount {
            total += Double(frequencies[base + field]) * fieldFactors[factorBase + field]
        }
        return total
    }

    /// The saturated score of a pseudo-frequency: `tf × (k1 + 1) / (k1 + tf)`.
    func saturate(_ pseudoFrequency: Double) -> Double {
        pseudoFrequency * (parameters.k1 + 1) / (parameters.k1 + pseudoFrequency)
    }

    /// How much of a document's pseudo-frequency comes from each field (shares summing to 1).
    func fieldShares(document: Int, frequencies: Slice<PackedIntegers>, base: Int) -> [Double] {
        let total = pseudoFrequency(document: document, frequencies: frequencies, base: base)
        return (0..<fieldCount).map { field in
            total > 0 ? Double(frequencies[base + field]) * fieldFactors[document * fieldCount + field] / total : 0
        }
    }
}
