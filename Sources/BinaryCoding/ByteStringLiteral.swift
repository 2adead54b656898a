/// Arbitrary bytes carried in a Swift string literal, so a program can embed a binary file in its own code
/// and read it back with almost no decoding (what the bundled knowledge-base snapshot does).
///
/// Each byte below 0x80 is its own character; each byte from 0x80 is the character U+0080…U+00FF, two
/// bytes in UTF-8. Binary data made mostly of small little-endian integers is mostly ASCII, so the literal
/// stays close to the data's size and decoding copies eight bytes at a time where no byte is 0x80 or above.
/// (Base64 grows data by a third and costs a table lookup per character.)
public enum ByteStringLiteral {
    /// Swift source for a string literal (with its quotes) that ``bytes(in:)`` turns back into `bytes`.
    /// Control characters, quotes, backslashes and U+0080…U+009F are escaped; the rest is written as is.
    /// - Complexity: O(n) in the number of bytes.
    public static func source(for bytes: [UInt8]) -> String {
        var source = "\""
        source.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            switch byte {
            case 0: source += "\\0"
            case UInt8(ascii: "\""): source += "\\\""
            case UInt8(ascii: "\\"): source += "\\\\"
            case 0x20..<0x7F, 0xA0...0xFF: source.unicodeScalars.append(Unicode.Scalar(byte))
            default: source += "\\u{\(String(byte, radix: 16))}"
            }
        }
        return source + "\""
    }

    /// The bytes a literal written from ``source(for:)`` carries, or `nil` if `literal` holds a character
    /// above U+00FF (it was not written by ``source(for:)``).
    /// - Complexity: O(n) in the length of the literal.
    public static func bytes(in literal: StaticString) -> [UInt8]? {
        literal.withUTF8Buffer { bytes(inUTF8: UnsafeRawBufferPointer($0)) }
    }

    /// The bytes that the UTF-8 text `utf8` carries (see ``bytes(in:)``), or `nil` if it holds a character
    /// above U+00FF or is not valid UTF-8.
    /// - Complexity: O(n) in the length of `utf8`.
    public static func bytes(inUTF8 utf8: UnsafeRawBufferPointer) -> [UInt8]? {
        var valid = true
        let decoded = [UInt8](unsafeUninitializedCapacity: utf8.count) { output, initialized in
            guard let output = UnsafeMutableRawBufferPointer(output).baseAddress else { return }
            var read = 0
            var written = 0
            // Any bit set here is a character above U+00FF or broken UTF-8.
            var malformed: UInt8 = 0
            while read < utf8.count {
                // Eight characters below 0x80 are eight bytes: copied at once.
                if read + 8 <= utf8.count {
                    let word = utf8.loadUnaligned(fromByteOffset: read, as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        output.storeBytes(of: word, toByteOffset: written, as: UInt64.self)
                        read += 8
                        written += 8
                        continue
                    }
                }
                // Otherwise the next eight characters one by one (data with many bytes from 0x80, such as float16
                // vectors, would fail the word test almost every time).
                for _ in 0..<8 where read < utf8.count {
                    let lead = utf8[read]
                    if lead < 0x80 {
                        output.storeBytes(of: lead, toByteOffset: written, as: UInt8.self)
                        read += 1
                    } else {
                        // U+0080…U+00FF: 110000xx 10yyyyyy is the byte xxyyyyyy.
                        let next = read + 1 < utf8.count ? utf8[read + 1] : 0
                        malformed |= (lead & 0xFE) ^ 0xC2 | (next & 0xC0) ^ 0x80
                        output.storeBytes(of: lead << 6 | next & 0x3F, toByteOffset: written, as: UInt8.self)
                        read += 2
                    }
                    written += 1
                }
            }
            valid = malformed == 0
            initialized = written
        }
        return valid ? decoded : nil
    }
}
