/// Strings kept as one run of UTF-8 bytes with their start offsets, rather than an array of `String`.
///
/// Decoding a table is two bulk copies, where `[String]` makes (and often allocates) one string per element;
/// a lookup compares raw bytes. Elements become `String` only when read through the subscript, for the few
/// that an answer shows.
struct StringTable: Sendable, RandomAccessCollection {
    /// The bytes of every string, one after another.
    let bytes: [UInt8]
    /// Per string, where its bytes start in ``bytes``; one extra trailing element (the byte count).
    let starts: [Int32]

    /// A table of `strings`, in their order.
    init(_ strings: some Sequence<String>) {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        for string in strings {
            bytes.append(contentsOf: string.utf8)
            starts.append(Int32(clamping: bytes.count))
        }
        self.init(bytes: bytes, starts: starts)
    }

    /// A table from its parts, which must agree: `starts` non-decreasing from 0 to `bytes.count`, each string's
    /// bytes valid UTF-8 (what a decoder checks).
    init(bytes: [UInt8], starts: [Int32]) {
        self.bytes = bytes
        self.starts = starts
    }

    var startIndex: Int { 0 }
    var endIndex: Int { starts.count - 1 }

    /// The string at `position`, made from its bytes.
    /// - Complexity: O(*m*) in its length.
    subscript(position: Int) -> String {
        String(decoding: utf8(at: position), as: UTF8.self)
    }

    /// The UTF-8 bytes of the string at `position`, without copying them.
    func utf8(at position: Int) -> ArraySlice<UInt8> {
        bytes[Int(starts[position])..<Int(starts[position + 1])]
    }

    /// Whether the string at `first` comes before the one at `second` in byte order.
    func precedes(_ first: Int, _ second: Int) -> Bool {
        utf8(at: first).lexicographicallyPrecedes(utf8(at: second))
    }

    /// The positions in `order` whose strings equal `key`, found by binary search: `order` lists elements whose
    /// string (at position `string(element)` of this table) increases in byte order.
    /// - Complexity: O(log *n* × *m*) for *n* elements and a key of *m* bytes.
    func equalRun(of key: some Collection<UInt8>, in order: [Int32], string: (Int32) -> Int) -> Range<Int> {
        let lower = order.partitioningIndex { compare(string($0), with: key) >= 0 }
        let upper = order[lower...].partitioningIndex { compare(string($0), with: key) > 0 }
        return lower..<upper
    }

    /// How the bytes of the string at `position` order against `key`: negative, zero or positive as they
    /// come before it, equal it or come after it, byte by byte (a prefix first).
    func compare(_ position: Int, with key: some Collection<UInt8>) -> Int {
        let stored = utf8(at: position)
        for (storedByte, keyByte) in zip(stored, key) where storedByte != keyByte {
            return storedByte < keyByte ? -1 : 1
        }
        return stored.count - key.count
    }
}
