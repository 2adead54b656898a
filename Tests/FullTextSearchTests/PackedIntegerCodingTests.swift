import BinaryCoding
@testable import FullTextSearch
import Testing

/// The index's integer arrays are written in the narrowest width that holds them, and read back exactly.
@Suite struct PackedIntegerCodingTests {
    @Test(
        "each array round-trips at the width its values need",
        arguments: [
            ([], PackedWidth.one),
            ([0, 1, 255], .one),
            ([0, 256], .two),
            ([65_535, 3], .two),
            ([65_536], .four),
            ([-1, 5], .four),
            ([Int32.min, Int32.max], .four),
        ] as [([Int32], PackedWidth)])
    func roundTrip(values: [Int32], width: PackedWidth) throws {
        var writer = BinaryWriter()
        writer.write(int32s: values)
        #expect(writer.bytes.first == width.rawValue)
        #expect(writer.bytes.count == 1 + 4 + values.count * Int(width.rawValue))
        let decoded = try writer.bytes.withUnsafeBytes { raw throws(BinaryDecodingError) in
            var reader = BinaryReader(raw)
            let values = try reader.readInt32s()
            try reader.expectEnd()
            return values
        }
        #expect(decoded == values)
        // Read back kept packed, each value widened on access, the same values.
        let packed = try writer.bytes.withUnsafeBytes { raw throws(BinaryDecodingError) in
            var reader = BinaryReader(raw)
            return try reader.readPackedIntegers()
        }
        #expect(packed.width == width)
        #expect(Array(packed) == values)
        #expect(Array(PackedIntegers(values)) == values)
    }

    @Test("from permanent bytes, packed integers are read where they lie; from others, from a copy of their own")
    func permanentBytesAreViewedInPlace() throws {
        let values: [Int32] = [3, 70_000, 12]
        var writer = BinaryWriter()
        writer.write(int32s: values)
        // Bytes that outlive the tables read from them, as the built-in snapshot does.
        let permanent = UnsafeMutableRawBufferPointer.allocate(byteCount: writer.bytes.count, alignment: 1)
        defer { permanent.deallocate() }
        permanent.copyBytes(from: writer.bytes)
        let source = UnsafeRawBufferPointer(permanent)
        var viewing = BinaryReader(permanent: source)
        let viewed = try viewing.readPackedIntegers()
        var copying = BinaryReader(source)
        let copied = try copying.readPackedIntegers()
        #expect(Array(viewed) == values && Array(copied) == values)
        // The values' bytes follow the width and the byte count (5 bytes).
        #expect(viewed.bytes.unsafeBuffer.baseAddress == source.baseAddress.map { $0 + 5 })
        #expect(copied.bytes.unsafeBuffer.baseAddress != source.baseAddress.map { $0 + 5 })
        // A copy outlives its source; its views read the same values.
        permanent.initializeMemory(as: UInt8.self, repeating: 0)
        #expect(Array(copied) == values)
        #expect(withExtendedLifetime(copied) { Array(copied.unsafeView) } == values)
    }

    @Test("a width other than 1, 2 or 4, or bytes that do not divide by it, are refused")
    func malformed() {
        for bytes: [UInt8] in [[3, 0, 0, 0, 0], [0, 0, 0, 0, 0], [2, 3, 0, 0, 0, 1, 2, 3], [4, 2, 0, 0, 0, 1, 2]] {
            let result = bytes.withUnsafeBytes { raw in
                Result { () throws(BinaryDecodingError) -> [Int32] in
                    var reader = BinaryReader(raw)
                    return try reader.readInt32s()
                }
            }
            #expect(throws: BinaryDecodingError.self, "\(bytes)") { try result.get() }
        }
    }
}
