/// Reads values written by ``BinaryWriter`` back from bytes, checking every read against the end of the
/// input: hostile or truncated bytes give a ``BinaryDecodingError``, never an out-of-bounds read, and a
/// count can never ask for more elements than the remaining bytes could hold.
public struct BinaryReader: ~Copyable {
    private let base: UnsafeRawBufferPointer
    /// The offset of the next byte to read.
    public private(set) var offset: Int

    /// Whether the input stays valid and unchanged for the life of the process (see ``init(permanent:)``).
    public let isPermanent: Bool

    /// Reads from `bytes`, which must stay valid (and unchanged) while the reader is used.
    public init(_ bytes: UnsafeRawBufferPointer) {
        base = bytes
        offset = 0
        isPermanent = false
    }

    /// Reads from bytes that stay valid and unchanged for the life of the process (the program's own data,
    /// never freed nor written): a decoder may then keep views of them (``isPermanent``) instead of copies.
    public init(permanent bytes: UnsafeRawBufferPointer) {
        base = bytes
        offset = 0
        isPermanent = true
    }

    /// The bytes not yet read.
    public var remaining: Int { base.count - offset }

    /// Whether every byte was read.
    public var isAtEnd: Bool { offset == base.count }

    /// Reads one byte.
    /// - Throws: ``BinaryDecodingError`` at the end of the input.
    public mutating func read(_: UInt8.Type = UInt8.self) throws(BinaryDecodingError) -> UInt8 {
        try require(1, "a byte")
        defer { offset += 1 }
        return base[offset]
    }

    /// Reads a flag written as 0 or 1.
    /// - Throws: ``BinaryDecodingError`` at the end of the input or for any other byte.
    public mutating func read(_: Bool.Type) throws(BinaryDecodingError) -> Bool {
        switch try read(UInt8.self) {
        case 0: return false
        case 1: return true
        default: throw BinaryDecodingError(offset: offset - 1, message: "a flag is neither 0 nor 1")
        }
    }

    /// Reads a little-endian 32-bit unsigned integer.
    public mutating func read(_: UInt32.Type) throws(BinaryDecodingError) -> UInt32 {
        try require(4, "a 32-bit integer")
        defer { offset += 4 }
        return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// Reads a little-endian 64-bit unsigned integer.
    public mutating func read(_: UInt64.Type) throws(BinaryDecodingError) -> UInt64 {
        try require(8, "a 64-bit integer")
        defer { offset += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Reads a signed integer written as 64 bits.
    /// - Throws: ``BinaryDecodingError`` when the value does not fit `Int` on this platform.
    public mutating func read(_: Int.Type) throws(BinaryDecodingError) -> Int {
        let value = Int64(bitPattern: try read(UInt64.self))
        guard let result = Int(exactly: value) else {
            throw BinaryDecodingError(offset: offset - 8, message: "an integer does not fit this platform")
        }
        return result
    }

    /// Reads a 32-bit float.
    public mutating func read(_: Float.Type) throws(BinaryDecodingError) -> Float {
        Float(bitPattern: try read(UInt32.self))
    }

    /// Reads a 64-bit float.
    public mutating func read(_: Double.Type) throws(BinaryDecodingError) -> Double {
        Double(bitPattern: try read(UInt64.self))
    }

    /// Reads a count and checks that `count × minimumElementSize` bytes remain, so that a hostile
    /// count cannot make a caller reserve memory the input could never fill.
    public mutating func readCount(minimumElementSize: Int = 1) throws(BinaryDecodingError) -> Int {
        let count = Int(try read(UInt32.self))
        guard count <= remaining / max(1, minimumElementSize) else {
            throw BinaryDecodingError(
                offset: offset - 4, message: "a count of \(count) is more than the remaining \(remaining) bytes hold")
        }
        return count
    }

    /// Reads a string written as UTF-8 byte count and bytes.
    /// - Throws: ``BinaryDecodingError`` when the bytes run out or are not valid UTF-8.
    public mutating func read(_: String.Type) throws(BinaryDecodingError) -> String {
        let start = offset
        let count = try readCount()
        let bytes = UnsafeRawBufferPointer(rebasing: base[offset..<offset + count])
        offset += count
        let utf8 = bytes.bindMemory(to: UInt8.self)
        // ASCII is valid UTF-8 as it is, and `String(decoding:as:)` takes it without a second look: most stored
        // text is ASCII, and checking eight bytes at a time costs far less than the general validation.
        if Self.isASCII(bytes) { return String(decoding: utf8, as: UTF8.self) }
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw BinaryDecodingError(offset: start, message: "a string is not valid UTF-8")
        }
        return text
    }

    /// Whether every byte is below 0x80 (ASCII, hence valid UTF-8), read eight at a time.
    /// - Complexity: O(*n*) in the byte count.
    public static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        var bits: UInt64 = 0
        while index + 8 <= bytes.count {
            bits |= bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            bits |= UInt64(bytes[index])
            index += 1
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }

    /// Reads raw bytes written with a count prefix.
    public mutating func readBytes() throws(BinaryDecodingError) -> [UInt8] {
        try withBytes { Array($0) }
    }

    /// Reads raw bytes written with a count prefix and hands them to `body` without copying them (the view is
    /// valid only inside `body`): what decoding a large part in place, or copying it once into its final
    /// type, needs.
    /// - Throws: ``BinaryDecodingError`` when the bytes run out, or what `body` throws.
    public mutating func withBytes<Result>(
        _ body: (UnsafeRawBufferPointer) throws(BinaryDecodingError) -> Result
    ) throws(BinaryDecodingError) -> Result {
        let count = try readCount()
        let bytes = UnsafeRawBufferPointer(rebasing: base[offset..<offset + count])
        offset += count
        return try body(bytes)
    }

    /// Reads an array of little-endian 32-bit integers.
    public mutating func read(_: [UInt32].Type) throws(BinaryDecodingError) -> [UInt32] {
        let count = try readCount(minimumElementSize: 4)
        let start = offset
        offset += count * 4
        return [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                buffer[index] = UInt32(
                    littleEndian: base.loadUnaligned(fromByteOffset: start + index * 4, as: UInt32.self))
            }
            initialized = count
        }
    }

    /// Reads an array of 32-bit floats.
    public mutating func read(_: [Float].Type) throws(BinaryDecodingError) -> [Float] {
        try read([UInt32].self).map(Float.init(bitPattern:))
    }

    /// Reads an array of strings.
    public mutating func read(_: [String].Type) throws(BinaryDecodingError) -> [String] {
        try readArray(minimumElementSize: 4) { (reader: inout BinaryReader) throws(BinaryDecodingError) in
            try reader.read(String.self)
        }
    }

    /// Reads an optional written with a presence flag.
    public mutating func readOptional<Value>(
        _ readValue: (inout BinaryReader) throws(BinaryDecodingError) -> Value
    ) throws(BinaryDecodingError) -> Value? {
        try read(Bool.self) ? try readValue(&self) : nil
    }

    /// Reads an array written as a count and its elements; `minimumElementSize` bounds the count.
    public mutating func readArray<Element>(
        minimumElementSize: Int = 1,
        _ readElement: (inout BinaryReader) throws(BinaryDecodingError) -> Element
    ) throws(BinaryDecodingError) -> [Element] {
        let count = try readCount(minimumElementSize: minimumElementSize)
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try readElement(&self)) }
        return elements
    }

    /// Throws unless the whole input was read: trailing bytes mean the reader and writer disagree.
    public func expectEnd() throws(BinaryDecodingError) {
        guard isAtEnd else { throw BinaryDecodingError(offset: offset, message: "\(remaining) bytes are left over") }
    }

    private func require(_ count: Int, _ what: String) throws(BinaryDecodingError) {
        guard count <= remaining else {
            throw BinaryDecodingError(offset: offset, message: "the input ends before \(what)")
        }
    }
}

/// Bytes that are not what ``BinaryReader`` was asked to read: truncated, corrupted or hostile input.
public struct BinaryDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The byte offset where reading failed.
    public let offset: Int
    /// What was wrong, in words.
    public let message: String

    /// Creates an error at `offset`.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "at byte \(offset): \(message)" }
}
