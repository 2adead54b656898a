/// Words exactly as written (their UTF-8 bytes) to numbers, looked up straight from a text's bytes.
///
/// An open-addressing hash table with linear probing, used while building an index, where every word of every
/// text is looked up: unlike a `[String: Int32]`, a lookup makes no `String` and no Unicode-normalizing string
/// hash, only the standard `Hasher` over the raw bytes. `Hasher` is seeded per process, so content written to
/// collide (a hostile national adaptation) cannot turn the lookups quadratic. Keys compare byte for byte (not by
/// canonical equivalence, as `String` does).
struct RawWordTable {
    /// The bytes of every key, one after another.
    private var keyBytes: [UInt8] = []
    /// Per key, where its bytes start in ``keyBytes``; one extra trailing element.
    private var keyStarts: [Int] = [0]
    /// Per key, its hash.
    private var keyHashes: [UInt64] = []
    /// Per key, its value.
    private var values: [Int32] = []
    /// Per slot, the key number stored there, or -1; the count is a power of two.
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The value stored for `word`, if any.
    /// - Complexity: O(*n*) in the length of `word`, expected.
    func value(for word: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Self.firstSlot(hash, mask: mask)
        while true {
            let key = Int(slots[slot])
            guard key >= 0 else { return nil }
            if keyHashes[key] == hash, keyEquals(key, word) { return values[key] }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `word`, which must not be in the table yet.
    /// - Complexity: O(*n*) in the length of `word`, amortized.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, value: Int32) {
        if 2 * (values.count + 1) > slots.count {
            rehash(slotCount: 2 * slots.count)
        }
        let hash = Self.hash(word)
        place(key: Int32(clamping: values.count), hash: hash)
        keyBytes.append(contentsOf: word)
        keyStarts.append(keyBytes.count)
        keyHashes.append(hash)
        values.append(value)
    }

    /// Whether the bytes of key number `key` are those of `word`.
    private func keyEquals(_ key: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[key]
        guard keyStarts[key + 1] - start == word.count else { return false }
        return keyBytes.withUnsafeBufferPointer { bytes in
            word.indices.allSatisfy { bytes[start + $0] == word[$0] }
        }
    }

    /// Stores a key number in the first free slot of its probe sequence.
    private mutating func place(key: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Self.firstSlot(hash, mask: mask)
        while slots[slot] >= 0 {
            slot = (slot + 1) & mask
        }
        slots[slot] = key
    }

    private mutating func rehash(slotCount: Int) {
        slots = [Int32](repeating: -1, count: slotCount)
        for (key, hash) in keyHashes.enumerated() {
            place(key: Int32(clamping: key), hash: hash)
        }
    }

    private static func firstSlot(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash) & mask
    }

    /// The seeded hash of `bytes`.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return UInt64(UInt(bitPattern: hasher.finalize()))
    }
}
