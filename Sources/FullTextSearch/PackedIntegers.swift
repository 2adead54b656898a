/// Integers kept in the width they are stored in (1, 2 or 4 bytes each, see ``PackedWidth``) and widened one at
/// a time when read: for tables of which a query reads only a few values (the words of the hits' snippets), so
/// that loading one is a single copy instead of a widening pass, and it takes a half or a quarter of the memory
/// of an `[Int32]`. Decoded from the built-in snapshot, the bytes are read where they lie (``StoredBytes``):
/// loading is then no copy at all, and only the pages a query reads are ever touched.
struct PackedIntegers: Sendable, RandomAccessCollection {
    /// How many bytes each value takes.
    let width: PackedWidth
    /// The values, little-endian, `width` bytes each.
    let bytes: StoredBytes
    /// The number of values.
    let count: Int

    /// `values` in the narrowest width that holds them all.
    init(_ values: [Int32]) {
        let width = PackedWidth(fitting: values)
        let bytes: [UInt8] =
            switch width {
            case .one: values.map { UInt8(truncatingIfNeeded: $0) }
            case .two: values.map { UInt16(truncatingIfNeeded: $0).littleEndian }.withUnsafeBytes { Array($0) }
            case .four: values.map(\.littleEndian).withUnsafeBytes { Array($0) }
            }
        self.init(width: width, bytes: StoredBytes(bytes))
    }

    /// Values already packed: `bytes.count` must be a multiple of the width (what a decoder checks).
    init(width: PackedWidth, bytes: StoredBytes) {
        self.width = width
        self.bytes = bytes
        count = bytes.count / Int(width.rawValue)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// The value at `position`, widened.
    @inline(__always)
    subscript(position: Int) -> Int32 {
        precondition(position >= 0 && position < count, "a packed integer's position is out of range")
        return bytes.withUnsafeBytes { width.value(at: position, in: $0) }
    }
}

extension PackedIntegers {
    /// Packed values as a plain view for a query's inner loops: no reference counting and no bounds checks
    /// (positions come from the table's own ranges, which decoding checks). Valid only while its table is
    /// alive (see ``unsafeView``).
    struct View: RandomAccessCollection {
        let width: PackedWidth
        let bytes: UnsafeRawBufferPointer
        let startIndex: Int
        let endIndex: Int

        @inline(__always)
        subscript(position: Int) -> Int32 { width.value(at: position, in: bytes) }
    }

    /// A view of every value, valid only while this table (or a copy of it) is alive: read it inside
    /// `withExtendedLifetime` of the table or of what holds it.
    var unsafeView: View { View(width: width, bytes: bytes.unsafeBuffer, startIndex: 0, endIndex: count) }
}

extension Slice<PackedIntegers> {
    /// Replaces `values` with these values, widened in one pass per width (for loops that read each value
    /// more than once, or next to others: a plain buffer then beats widening at every read).
    func widen(into values: inout [Int32]) {
        let size = Int(base.width.rawValue)
        // Reusing the array's memory: a long postings list would otherwise be fresh pages every time.
        values.removeAll(keepingCapacity: true)
        values.append(contentsOf: repeatElement(0, count: count))
        values.withUnsafeMutableBufferPointer { buffer in
            base.bytes.withUnsafeBytes { bytes in
                let packed = UnsafeRawBufferPointer(rebasing: bytes[(startIndex * size)..<(endIndex * size)])
                base.width.widen(packed, into: buffer)
            }
        }
    }
}
