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
    /// (positions come from the table's own ranges, which decoding checks). Valid only inside the `withView`
    /// call that made it.
    struct View: RandomAccessCollection {
        let width: PackedWidth
        let bytes: UnsafeRawBufferPointer
        let startIndex: Int
        let endIndex: Int

        @inline(__always)
        subscript(position: Int) -> Int32 { width.value(at: position, in: bytes) }
    }

    /// Calls `body` with a view of every value.
    @inline(__always)
    func withView<Result>(_ body: (View) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) { try body(unsafeView) }
    }

    /// A view of every value, valid only while this table (or a copy of it) is alive: for loops over many
    /// tables at once, inside `withExtendedLifetime` of the tables.
    var unsafeView: View { View(width: width, bytes: bytes.unsafeBuffer, startIndex: 0, endIndex: count) }
}

extension Slice<PackedIntegers> {
    /// Calls `body` with a view of these values, at the same positions as in the table.
    @inline(__always)
    func withView<Result>(_ body: (PackedIntegers.View) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(base) { try body(unsafeView) }
    }

    /// A view of these values, valid only while their table is alive (see ``PackedIntegers/unsafeView``).
    var unsafeView: PackedIntegers.View {
        PackedIntegers.View(
            width: base.width, bytes: base.bytes.unsafeBuffer, startIndex: startIndex, endIndex: endIndex)
    }
}
