internal import COpenBLAS

/// Unit vectors stored row by row in one contiguous buffer, for scoring a query against all of them with
/// one matrix-vector product (BLAS `sgemv`).
public struct VectorMatrix: Sendable {
    /// The length of each row.
    public let dimension: Int
    /// How many rows there are.
    public var count: Int { dimension == 0 ? 0 : values.count / dimension }
    private let values: [Float]

    /// Stacks `rows`; each must have `dimension` values.
    /// - Precondition: every row has `dimension` values.
    public init(rows: [[Float]], dimension: Int) {
        precondition(rows.allSatisfy { $0.count == dimension }, "every row needs \(dimension) values")
        self.dimension = dimension
        self.values = rows.flatMap { $0 }
    }

    /// The dot product of every row with `vector`, in row order (the cosine, for unit vectors).
    /// - Complexity: O(n·d) for n rows of dimension d, in one BLAS call.
    public func dotProducts(with vector: [Float]) -> [Float] {
        guard count > 0, vector.count == dimension else { return Array(repeating: 0, count: count) }
        var result = [Float](repeating: 0, count: count)
        values.withUnsafeBufferPointer { matrix in
            vector.withUnsafeBufferPointer { x in
                result.withUnsafeMutableBufferPointer { y in
                    cblas_sgemv(
                        CblasRowMajor, CblasNoTrans, Int32(count), Int32(dimension), 1, matrix.baseAddress,
                        Int32(dimension),
                        x.baseAddress, 1, 0, y.baseAddress, 1)
                }
            }
        }
        return result
    }
}
