/// A fast 64-bit checksum of bytes, for detecting corrupted or truncated files (not a cryptographic hash:
/// it does not resist deliberate collisions).
///
/// Reads eight bytes at a time with a multiply-xorshift mix, so checking a snapshot of a few megabytes costs
/// well under a millisecond. The value is the same on every platform (little-endian words).
/// - Complexity: O(n).
public func checksum64(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
    var offset = 0
    while offset + 8 <= bytes.count {
        let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        hash = (hash ^ word) &* multiplier
        hash ^= hash >> 29
        offset += 8
    }
    while offset < bytes.count {
        hash = (hash ^ UInt64(bytes[offset])) &* multiplier
        offset += 1
    }
    hash ^= hash >> 32
    return hash
}
