/// Order statistics of timing samples.
public struct Percentiles: Sendable {
    public let sorted: [Double]

    public init(_ samples: [Double]) { sorted = samples.sorted() }

    /// The `p`-th percentile (0...100), nearest rank.
    public func callAsFunction(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    public var median: Double { self(50) }
}

/// Nanoseconds of one run of `body`.
@inline(never)
public func nanoseconds(_ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    body()
    let elapsed = start.duration(to: clock.now)
    return Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
}
