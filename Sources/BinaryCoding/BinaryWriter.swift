/// Appends values to a byte buffer in a fixed, platform-independent layout: integers little-endian,
/// strings and arrays prefixed with their count.
///
/// The writer of ``BinaryReader``: what one writes, the other reads back in the same order. Used for
/// snapshot files that must give the same bytes for the same values (no padding, no pointers, no
/// dictionary order).
public struct BinaryWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty writer.
    public init() {}

    /// Appends one byte.
    public mutating func write(_ value: UInt8) {
        bytes.append(value)
    }

    /// Appends `false` as 0 and `true` as 1.
    public mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// Appends a 32-bit unsigned integer, little-endian.
    public mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a 64-bit unsigned integer, little-endian.
    public mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a signed integer as 64 bits, little-endian two's complement.
    public mutating func write(_ value: Int) {
        write(UInt64(bitPattern: Int64(value)))
    }

    /// Appends a 32-bit float as its IEEE 754 bit pattern.
    public mutating func write(_ value: Float) {
        write(value.bitPattern)
    }

    /// Appends a 64-bit float as its IEEE 754 bit pattern.
    public mutating func write(_ value: Double) {
        write(value.bitPattern)
    }

    /// Appends a count (a non-negative size) as 32 bits.
    /// - Precondition: `count` fits in 32 bits (the readers' limit; content limits keep counts far below it).
    public mutating func writeCount(_ count: Int) {
        precondition(count >= 0 && count <= Int(UInt32.max), "count \(count) does not fit the binary format")
        write(UInt32(count))
    }

    /// Appends a string as its UTF-8 byte count and bytes.
    public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            writeCount(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends raw bytes, prefixed with their count.
    public mutating func write(bytes data: some Collection<UInt8>) {
        writeCount(data.count)
        bytes.append(contentsOf: data)
    }

    /// Appends an array of 32-bit integers as its count and the little-endian values.
    public mutating func write(_ values: [UInt32]) {
        writeCount(values.count)
        bytes.reserveCapacity(bytes.count + values.count * 4)
        for value in values { write(value) }
    }

    /// Appends an array of 32-bit floats as its count and the bit patterns.
    public mutating func write(_ values: [Float]) {
        writeCount(values.count)
        bytes.reserveCapacity(bytes.count + values.count * 4)
        for value in values { write(value.bitPattern) }
    }

    /// Appends an array of strings as its count and each string.
    public mutating func write(_ values: [String]) {
        writeCount(values.count)
        for value in values { write(value) }
    }

    /// Appends an optional as a presence byte and, when present, the value written by `writeValue`.
    public mutating func write<Value>(_ value: Value?, _ writeValue: (inout BinaryWriter, Value) -> Void) {
        write(value != nil)
        if let value { writeValue(&self, value) }
    }

    /// Appends an array as its count and each element written by `writeElement`.
    public mutating func write<Element>(_ values: [Element], _ writeElement: (inout BinaryWriter, Element) -> Void) {
        writeCount(values.count)
        for value in values { writeElement(&self, value) }
    }
}
