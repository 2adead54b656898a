/// Runs laid end to end in one flat array (a term's postings, a document's snippet words, a string's bytes),
/// described by where each starts: 0, then each run's end, one element more than there are runs.
enum Runs {
    /// Where each of `lengths` starts when they are laid end to end: their running sum from 0. Wraps on
    /// overflow: a decoder reads lengths with ``BinaryReader/readRunStarts(minimumLength:_:)``, which checks them.
    static func starts<Lengths: Collection>(ofLengths lengths: Lengths) -> [Int32]
    where Lengths.Element: BinaryInteger {
        [Int32](unsafeUninitializedCapacity: lengths.count + 1) { starts, initialized in
            var start: Int32 = 0
            starts[0] = start
            for (index, length) in lengths.enumerated() {
                start &+= Int32(truncatingIfNeeded: length)
                starts[index + 1] = start
            }
            initialized = lengths.count + 1
        }
    }

    /// The length of each run of `starts`.
    static func lengths(ofStarts starts: [Int32]) -> [Int32] {
        zip(starts, starts.dropFirst()).map { $1 - $0 }
    }

    /// The total length of the runs of `starts` (the end of the last one).
    static func total(ofStarts starts: [Int32]) -> Int {
        Int(starts.last ?? 0)
    }
}
