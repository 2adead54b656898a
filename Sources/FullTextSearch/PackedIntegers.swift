/// Integers kept in the width they are stored in (1, 2 or 4 bytes each, see ``PackedWidth``) and widened one at
/// a time when read: for tables of which a query reads only a few values (the words of the hits' snippets), so
/// that loading one is a single copy instead of a widening pass, and it takes a half or a quarter of the memory
/// of an `[Int32]`.
struct PackedIntegers: Sendable, RandomAccessCollection {
    /// How many bytes each value takes.
    let width: PackedWidth
    /// The values, little-endian, `width` bytes each.
    let bytes: [UInt8]

    /// `values` in the narrowest width that holds them all.
    init(_ values: [Int32]) {
        let width = PackedWidth(fitting: values)
        self.width = width
        switch width {
        case .one: bytes = values.map { UInt8(truncatingIfNeeded: $0) }
        case .two: bytes = values.map { UInt16(truncatingIfNeeded: $0).littleEndian }.withUnsafeBytes { Array($0) }
        case .four: bytes = values.map(\.littleEndian).withUnsafeBytes { Array($0) }
        }
    }

    /// Values already packed: `bytes.count` must be a multiple of the width (what a decoder checks).
    init(width: PackedWidth, bytes: [UInt8]) {
        self.width = width
        self.bytes = bytes
    }

    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count / Int(width.rawValue) }

    /// The value at `position`, widened.
    subscript(position: Int) -> Int32 {
        precondition(indices.contains(position), "a packed integer's position is out of range")
        return bytes.withUnsafeBytes { width.value(at: position, in: $0) }
    }
}
