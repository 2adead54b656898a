/// A document with its final score.
struct ScoredDocument: Sendable {
    var document: Int32
    var score: Double

    /// Ranking order: higher score first, then lower document number (identifier order).
    func ranksBefore(_ other: ScoredDocument) -> Bool {
        score != other.score ? score > other.score : document < other.document
    }
}

extension Array where Element == ScoredDocument {
    /// The best `count` documents in ranking order, without sorting the rest.
    /// - Complexity: O(*n* log *k*) for *k* = `count`.
    func topRanked(_ count: Int) -> [ScoredDocument] {
        guard count > 0 else { return [] }
        guard count < self.count / 2 else { return sorted { $0.ranksBefore($1) }.prefix(count).map(\.self) }
        // A heap whose root is the worst of the best `count` seen so far.
        var heap: [ScoredDocument] = []
        heap.reserveCapacity(count)
        for candidate in self {
            if heap.count < count {
                heap.append(candidate)
                heap.siftUp(from: heap.count - 1)
            } else if candidate.ranksBefore(heap[0]) {
                heap[0] = candidate
                heap.siftDown(from: 0)
            }
        }
        return heap.sorted { $0.ranksBefore($1) }
    }

    private mutating func siftUp(from index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard self[parent].ranksBefore(self[child]) else { return }
            swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(from index: Int) {
        var parent = index
        while true {
            var worst = parent
            let left = 2 * parent + 1
            let right = left + 1
            if left < count, self[worst].ranksBefore(self[left]) { worst = left }
            if right < count, self[worst].ranksBefore(self[right]) { worst = right }
            guard worst != parent else { return }
            swapAt(parent, worst)
            parent = worst
        }
    }
}
