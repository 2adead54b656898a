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

/// Bytes carried in a Swift string literal: what the compiled literal holds decodes to the bytes.
@Suite struct ByteStringLiteralTests {
    /// The UTF-8 a compiled literal written by `source(for:)` holds: each byte as the scalar of that value.
    private func compiledLiteral(of bytes: [UInt8]) -> [UInt8] {
        var text = ""
        text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        return Array(text.utf8)
    }

    @Test("every length from 0 to 300 bytes, and 100,000 bytes mostly below 0x80, round-trip")
    func roundTrips() {
        var generator = SystemRandomNumberGenerator()
        let samples =
            (0...300).map { count in (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) } }
            + [(0..<100_000).map { _ in UInt8.random(in: 0...0x90, using: &generator) }]
        for bytes in samples {
            let decoded = compiledLiteral(of: bytes).withUnsafeBytes { ByteStringLiteral.bytes(inUTF8: $0) }
            #expect(decoded == bytes, "\(bytes.count) bytes")
        }
    }

    @Test("the source escapes what a literal cannot hold as is, and nothing else")
    func sourceEscapes() {
        #expect(
            ByteStringLiteral.source(for: [0, 0x22, 0x5C, 0x0A, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xE9, 0xFF])
                == #""\0\"\\\u{a}A\u{7f}\u{80}\u{9f}\#u{A0}é\#u{FF}""#)
        #expect(ByteStringLiteral.source(for: []) == "\"\"")
    }

    @Test(
        "text with a character above U+00FF, or broken UTF-8, is refused",
        arguments: [[0xC4, 0x80], [0x41, 0xC3], [0x80], [0xE2, 0x82, 0xAC], [0xC3, 0x41]] as [[UInt8]])
    func refusesForeignText(_ utf8: [UInt8]) {
        #expect(utf8.withUnsafeBytes { ByteStringLiteral.bytes(inUTF8: $0) } == nil)
    }

    @Test("a compiled literal decodes: ASCII, Latin-1 and escapes")
    func compiledLiteralDecodes() {
        #expect(ByteStringLiteral.bytes(in: "A\0\u{80}\u{FF}é\"") == [0x41, 0, 0x80, 0xFF, 0xE9, 0x22])
    }
}
