extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isInSecondPart` is true, in a collection partitioned so
    /// that every such element comes after every other one (`endIndex` when there is none): the one binary
    /// search of this module.
    /// - Complexity: O(log *n*) calls of `isInSecondPart`.
    func partitioningIndex(where isInSecondPart: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isInSecondPart(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension RandomAccessCollection where Element: Comparable, Index == Int {
    /// The index of `value` in this increasing collection, if present.
    /// - Complexity: O(log *n*).
    func binarySearch(_ value: Element) -> Int? {
        let index = partitioningIndex { $0 >= value }
        return index < endIndex && self[index] == value ? index : nil
    }
}
