import BinaryCoding

// Helpers shared by the index structures' encodings: flat arrays of 32-bit integers, and reads that check
// every stored number against the table it points into, so that hostile bytes give a `BinaryDecodingError`
// instead of an out-of-bounds access later, at query time.

extension BinaryWriter {
    /// Appends signed 32-bit integers in the narrowest width that holds them all: one byte each when every
    /// value is in 0...255, two when in 0...65,535, otherwise four (little-endian). Written as the width, then
    /// the byte count and the bytes, so that ``BinaryReader/readInt32s()`` reads them back with one bulk copy
    /// (four bytes) or one widening pass (one or two). Postings, positions and text offsets are mostly small:
    /// the bundled index's arrays take about half the bytes they would at four bytes each.
    mutating func write(int32s values: [Int32]) {
        write(PackedIntegers(values))
    }

    /// Appends packed integers as ``write(int32s:)`` does.
    mutating func write(_ values: PackedIntegers) {
        write(values.width.rawValue)
        write(bytes: values.bytes.withUnsafeBytes { Array($0) })
    }

    /// Appends run boundaries (see ``Runs``) as the runs' lengths, packed as ``write(int32s:)`` packs them.
    mutating func write(runStarts starts: [Int32]) {
        write(int32s: Runs.lengths(ofStarts: starts))
    }

    /// Appends non-negative integers (counts) as 32-bit values.
    mutating func write(counts values: [Int]) {
        write(values.map { UInt32(clamping: $0) })
    }

    /// Appends a magic tag and a format version.
    mutating func write(tag: UInt32, version: UInt32) {
        write(tag)
        write(version)
    }
}

extension BinaryReader {
    /// An error at the current offset.
    func failure(_ message: String) -> BinaryDecodingError {
        BinaryDecodingError(offset: offset, message: message)
    }

    /// Reads signed 32-bit integers written by ``BinaryWriter/write(int32s:)``.
    /// - Throws: ``BinaryDecodingError`` when the bytes run out, the width is not 1, 2 or 4, or the byte count is
    ///   not a multiple of the width.
    mutating func readInt32s() throws(BinaryDecodingError) -> [Int32] {
        try withPackedBytes { (width: PackedWidth, bytes: UnsafeRawBufferPointer) in
            let count = bytes.count / Int(width.rawValue)
            return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
                width.widen(bytes, into: buffer)
                initialized = count
            }
        }
    }

    /// Reads integers written by ``BinaryWriter/write(int32s:)`` as they are stored, without widening them:
    /// viewed in place when the input is permanent (``BinaryReader/isPermanent``), else copied once.
    /// - Throws: ``BinaryDecodingError`` as ``readInt32s()``.
    mutating func readPackedIntegers() throws(BinaryDecodingError) -> PackedIntegers {
        let permanent = isPermanent
        return try withPackedBytes { width, bytes in
            PackedIntegers(width: width, bytes: permanent ? StoredBytes(permanent: bytes) : StoredBytes(Array(bytes)))
        }
    }

    /// Reads packed integers and checks that there are exactly `count`.
    mutating func readPackedIntegers(count: Int, _ what: String) throws(BinaryDecodingError) -> PackedIntegers {
        try expecting(count, what, in: readPackedIntegers())
    }

    /// Reads the width and bytes of packed integers and hands them to `body` (the bytes are valid only inside it).
    /// - Throws: ``BinaryDecodingError`` when the bytes run out, the width is not 1, 2 or 4, or the byte count is
    ///   not a multiple of the width.
    private mutating func withPackedBytes<Result>(
        _ body: (PackedWidth, UnsafeRawBufferPointer) -> Result
    ) throws(BinaryDecodingError) -> Result {
        let start = offset
        guard let width = PackedWidth(rawValue: try read(UInt8.self)) else {
            throw BinaryDecodingError(offset: start, message: "an integer array's width is not 1, 2 or 4 bytes")
        }
        return try withBytes { (bytes: UnsafeRawBufferPointer) throws(BinaryDecodingError) in
            guard bytes.count % Int(width.rawValue) == 0 else {
                throw BinaryDecodingError(
                    offset: start,
                    message: "\(bytes.count) bytes are not a whole number of \(width.rawValue)-byte integers")
            }
            return body(width, bytes)
        }
    }

    /// Reads signed 32-bit integers and checks that there are exactly `count`.
    mutating func readInt32s(count: Int, _ what: String) throws(BinaryDecodingError) -> [Int32] {
        try expecting(count, what, in: readInt32s())
    }

    /// `values`, if there are exactly `count` of them.
    private func expecting<Values: Collection>(
        _ count: Int, _ what: String, in values: Values
    ) throws(BinaryDecodingError) -> Values {
        guard values.count == count else {
            throw failure("\(what): \(values.count) values where \(count) were expected")
        }
        return values
    }

    /// Reads run boundaries written by ``BinaryWriter/write(runStarts:)``.
    /// - Throws: ``BinaryDecodingError`` when a run is shorter than `minimumLength` (or negative), or the runs
    ///   together are longer than a 32-bit count; the caller checks their count and total
    ///   (``Runs/total(ofStarts:)``) against the table they split.
    mutating func readRunStarts(minimumLength: Int32 = 0, _ what: String) throws(BinaryDecodingError) -> [Int32] {
        let lengths = try readInt32s()
        guard lengths.allSatisfy({ $0 >= max(0, minimumLength) }),
            lengths.reduce(0, { $0 + Int($1) }) <= Int(Int32.max)
        else {
            throw failure("\(what): a run is shorter than \(max(0, minimumLength)), or the runs are too long")
        }
        return Runs.starts(ofLengths: lengths)
    }

    /// Reads counts written by ``BinaryWriter/write(counts:)``.
    mutating func readCounts() throws(BinaryDecodingError) -> [Int] {
        try read([UInt32].self).map { Int($0) }
    }

    /// Reads a count that must be at most `limit`.
    mutating func readCount(atMost limit: Int, _ what: String) throws(BinaryDecodingError) -> Int {
        let count = Int(try read(UInt32.self))
        guard count <= limit else { throw failure("\(what): \(count) is more than \(limit)") }
        return count
    }

    /// Reads the tag and version written by ``BinaryWriter/write(tag:version:)`` and checks both.
    mutating func expect(tag: UInt32, version: UInt32, _ what: String) throws(BinaryDecodingError) {
        guard try read(UInt32.self) == tag else { throw failure("not \(what)") }
        let found = try read(UInt32.self)
        guard found == version else {
            throw failure("\(what) has format version \(found); this library reads \(version)")
        }
    }
}

extension Array where Element == Int32 {
    /// Splits a flat array into consecutive runs of the given lengths (which must add up to its count).
    func split(lengths: [Int]) -> [[Int32]] {
        var start = 0
        return lengths.map { length in
            defer { start += length }
            return Array(self[start..<(start + length)])
        }
    }
}

/// Checks of decoded numbers against the tables they index.
enum DecodedCheck {
    /// Whether `values` lies in `0 ..< bound`, each value at least the previous one (`strictly`: above it).
    static func isIncreasing<Values: Collection<Int32>>(_ values: Values, below bound: Int, strictly: Bool = true)
        -> Bool
    {
        var previous: Int32 = -1
        for value in values {
            guard Int(value) < bound, strictly ? value > previous : value >= previous, value >= 0 else { return false }
            previous = value
        }
        return true
    }

    /// Whether every value lies in `lower ..< bound`.
    static func allIn<Values: Collection<Int32>>(_ values: Values, from lower: Int32 = 0, below bound: Int) -> Bool {
        values.allSatisfy { $0 >= lower && Int($0) < bound }
    }

    /// Whether `lengths` are all non-negative and add up to `total` without overflowing.
    static func sums<Lengths: Sequence<Int>>(_ lengths: Lengths, to total: Int) -> Bool {
        var sum = 0
        for length in lengths {
            let (next, overflow) = sum.addingReportingOverflow(length)
            guard !overflow, length >= 0 else { return false }
            sum = next
        }
        return sum == total
    }
}

/// How many bytes each value of an integer array takes in an encoded index (see `BinaryWriter.write(int32s:)`).
enum PackedWidth: UInt8 {
    case one = 1
    case two = 2
    case four = 4

    /// The narrowest width that holds every value of `values` (negative values need four bytes).
    init(fitting values: [Int32]) {
        let smallest = values.min() ?? 0
        let largest = values.max() ?? 0
        if smallest < 0 || largest > Int32(UInt16.max) {
            self = .four
        } else {
            self = largest > Int32(UInt8.max) ? .two : .one
        }
    }

    /// Every value of integers of this width in `bytes` (little-endian), widened into `buffer` (which holds
    /// exactly as many).
    func widen(_ bytes: UnsafeRawBufferPointer, into buffer: UnsafeMutableBufferPointer<Int32>) {
        switch self {
        // A constant width per loop, so that the inlined `value(at:in:)` has no switch left in it.
        case .one: for index in buffer.indices { buffer[index] = PackedWidth.one.value(at: index, in: bytes) }
        case .two: for index in buffer.indices { buffer[index] = PackedWidth.two.value(at: index, in: bytes) }
        case .four:
            // One copy, straight from the input.
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes)
            if Int32(1).littleEndian != 1 {
                for index in buffer.indices { buffer[index] = Int32(littleEndian: buffer[index]) }
            }
        }
    }

    /// The value at `position` of integers of this width in `bytes` (little-endian), widened.
    @inline(__always)
    func value(at position: Int, in bytes: UnsafeRawBufferPointer) -> Int32 {
        switch self {
        case .one: Int32(bytes[position])
        case .two: Int32(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: 2 * position, as: UInt16.self)))
        case .four: Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 * position, as: Int32.self))
        }
    }
}
