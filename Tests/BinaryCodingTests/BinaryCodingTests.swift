import BinaryCoding
import Testing

@Suite struct BinaryCodingTests {
    @Test func valuesReadBackInTheOrderWritten() throws {
        var writer = BinaryWriter()
        writer.write(UInt8(7))
        writer.write(true)
        writer.write(UInt32(0xDEAD_BEEF))
        writer.write(-42)
        writer.write(Float(1.5))
        writer.write(0.25)
        writer.write("grooming — ✓")
        writer.write([UInt32(1), 2, 3])
        writer.write(["a", "", "ç"])
        writer.write(Optional<Int>.none) { $0.write($1) }
        writer.write(Optional(9)) { $0.write($1) }
        let bytes = writer.bytes
        try bytes.withUnsafeBytes { raw in
            var reader = BinaryReader(raw)
            #expect(try reader.read(UInt8.self) == 7)
            #expect(try reader.read(Bool.self))
            #expect(try reader.read(UInt32.self) == 0xDEAD_BEEF)
            #expect(try reader.read(Int.self) == -42)
            #expect(try reader.read(Float.self) == 1.5)
            #expect(try reader.read(Double.self) == 0.25)
            #expect(try reader.read(String.self) == "grooming — ✓")
            #expect(try reader.read([UInt32].self) == [1, 2, 3])
            #expect(try reader.read([String].self) == ["a", "", "ç"])
            #expect(
                try reader.readOptional { (r: inout BinaryReader) throws(BinaryDecodingError) in try r.read(Int.self) }
                    == nil)
            #expect(
                try reader.readOptional { (r: inout BinaryReader) throws(BinaryDecodingError) in try r.read(Int.self) }
                    == 9)
            try reader.expectEnd()
        }
    }

    @Test func truncatedInputThrowsAtEveryCut() {
        var writer = BinaryWriter()
        writer.write("a string long enough to cut")
        writer.write([UInt32(1), 2, 3, 4])
        let bytes = writer.bytes
        for cut in 0..<bytes.count {
            let prefix = Array(bytes.prefix(cut))
            #expect(throws: BinaryDecodingError.self) {
                try prefix.withUnsafeBytes { raw in
                    var reader = BinaryReader(raw)
                    _ = try reader.read(String.self)
                    _ = try reader.read([UInt32].self)
                }
            }
        }
    }

    @Test func hostileCountIsRefusedBeforeAllocating() {
        let bytes: [UInt8] = [0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 3]
        #expect(throws: BinaryDecodingError.self) {
            try bytes.withUnsafeBytes { raw in
                var reader = BinaryReader(raw)
                _ = try reader.read([UInt32].self)
            }
        }
    }

    @Test func invalidUTF8AndBadFlagsAreErrors() {
        let invalidString: [UInt8] = [2, 0, 0, 0, 0xC3, 0x28]
        #expect(throws: BinaryDecodingError.self) {
            try invalidString.withUnsafeBytes { raw in
                var reader = BinaryReader(raw)
                _ = try reader.read(String.self)
            }
        }
        let badFlag: [UInt8] = [2]
        #expect(throws: BinaryDecodingError.self) {
            try badFlag.withUnsafeBytes { raw in
                var reader = BinaryReader(raw)
                _ = try reader.read(Bool.self)
            }
        }
    }

    @Test func checksumSeesEveryByteAndTheLength() {
        let bytes = Array("the quick brown fox jumps over the lazy dog".utf8)
        let original = bytes.withUnsafeBytes(checksum64)
        for index in bytes.indices {
            var changed = bytes
            changed[index] ^= 0x01
            #expect(changed.withUnsafeBytes(checksum64) != original)
        }
        #expect(Array(bytes.dropLast()).withUnsafeBytes(checksum64) != original)
        #expect(
            [UInt8](repeating: 0, count: 8).withUnsafeBytes(checksum64)
                != [UInt8](repeating: 0, count: 9).withUnsafeBytes(checksum64))
    }
}
